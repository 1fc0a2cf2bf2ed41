/**
 * The casualty words and the starts of numbers in prose, taken from the words the actor scan's tokeniser
 * has already read (parse/actors/tokens.ts) instead of from two regular-expression searches of the whole
 * prose (`findCasualtyWords`, `scanNumbers`). The tokeniser notes each word that is one of `KEYWORDS` and
 * each word holding an ASCII digit.
 *
 * The searches' words are ASCII: `\b` parts a word from any character but a letter, a digit or "_". The
 * tokeniser's are runs of Unicode letters, digits and marks. Where every word character of the prose is
 * ASCII the two agree but for "_", which is checked here; any other prose is searched as before.
 */
import { HOLDS_DIGIT, type Tokens } from '../actors/tokens';
import { inCompound, LEXICON, type CasualtyWord, type Lexeme } from './casualtyWords';
import { ARTICLE_SCALES, ARTICLES, NUMBER_WORDS } from './numberWords';

/** What the number reader looks for in prose, from the tokeniser's words. */
export interface ProseKeywords {
  casualtyWords: CasualtyWord[];
  /** Where a number expression may start, ascending: each ASCII digit, each number word. */
  numberStarts: number[];
}

/** The words noted by the tokeniser, in lower case: each is a casualty word, a word of one, or a number word. */
export const KEYWORDS: readonly string[] = [
  ...new Set([...[...LEXICON.keys()].flatMap((word) => word.split(' ')), ...NUMBER_WORDS, ...ARTICLES, ...ARTICLE_SCALES]),
];

/** What each keyword is, by its id (its index in `KEYWORDS`). */
interface KeywordRole {
  lexeme?: Lexeme;
  /** Each casualty phrase it starts: the words after it ("their lives" after "lost"). */
  phrases: { rest: string[]; lexeme: Lexeme }[];
  number: boolean;
  article: boolean;
  scale: boolean;
}

const ROLES: readonly KeywordRole[] = KEYWORDS.map((word) => ({
  lexeme: LEXICON.get(word),
  phrases: [...LEXICON].filter(([phrase]) => phrase.startsWith(`${word} `)).map(([phrase, lexeme]) => ({ rest: phrase.split(' ').slice(1), lexeme })),
  number: NUMBER_WORDS.includes(word),
  article: ARTICLES.includes(word),
  scale: ARTICLE_SCALES.includes(word),
}));

const UNDERSCORE = 95;
const SPACE = 32;
const TAB = 9;
const WHITESPACE = /^\s+$/;

/**
 * The casualty words and number starts of `prose` from its `tokens`, exactly as the searches would find
 * them; undefined when a word character of `prose` is not ASCII.
 */
export function keywordsOf(prose: string, tokens: Tokens): ProseKeywords | undefined {
  if (!tokens.asciiWords) return undefined;
  const { starts, ends, noted } = tokens;
  const casualtyWords: CasualtyWord[] = [];
  const numberStarts: number[] = [];
  for (let k = 0; k < tokens.notedCount; k += 2) {
    const token = noted[k];
    const start = starts[token];
    const end = ends[token];
    if (noted[k + 1] === HOLDS_DIGIT) {
      for (let i = start; i < end; i++) if (isDigit(prose.charCodeAt(i))) numberStarts.push(i);
      continue;
    }
    // `\b` takes "_" for a word character; the tokeniser does not.
    if (prose.charCodeAt(start - 1) === UNDERSCORE) continue;
    const role = ROLES[noted[k + 1]];
    if (prose.charCodeAt(end) !== UNDERSCORE) {
      if (role.number) numberStarts.push(start);
      if (role.lexeme && !inCompound(prose, start, end)) casualtyWords.push({ start, end, lexeme: role.lexeme });
    }
    if (role.article && isScaleAfterArticle(prose, tokens, k)) numberStarts.push(start);
    for (const { rest, lexeme } of role.phrases) {
      const phraseEnd = phraseEndAt(prose, tokens, token, rest);
      if (phraseEnd !== undefined) casualtyWords.push({ start, end: phraseEnd, lexeme });
    }
  }
  return { casualtyWords, numberStarts };
}

/** Whether the word after the article noted at `k` is a scale, noted next, that only spaces or tabs part from it. */
function isScaleAfterArticle(prose: string, tokens: Tokens, k: number): boolean {
  const { noted, starts, ends } = tokens;
  const next = noted[k] + 1;
  if (k + 2 >= tokens.notedCount || noted[k + 2] !== next || noted[k + 3] === HOLDS_DIGIT || !ROLES[noted[k + 3]].scale) return false;
  for (let i = ends[next - 1]; i < starts[next]; i++) {
    const code = prose.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return prose.charCodeAt(ends[next]) !== UNDERSCORE;
}

/** Where the phrase whose first word is the token `first` and whose other words are `rest` ends, if the tokens go on with it. */
function phraseEndAt(prose: string, tokens: Tokens, first: number, rest: readonly string[]): number | undefined {
  const { starts, ends } = tokens;
  if (first + rest.length >= tokens.count) return undefined;
  for (let r = 0; r < rest.length; r++) {
    const token = first + 1 + r;
    if (!WHITESPACE.test(prose.slice(ends[token - 1], starts[token]))) return undefined;
    if (prose.slice(starts[token], ends[token]).toLowerCase() !== rest[r]) return undefined;
  }
  const end = ends[first + rest.length];
  return prose.charCodeAt(end) === UNDERSCORE || inCompound(prose, starts[first], end) ? undefined : end;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
