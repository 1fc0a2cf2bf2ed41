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
import { isAsciiDigit, isSpaceOrTab, isWhitespace, UNDERSCORE } from '../../text/chars';
import { unitAt } from '../../text/units';

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
  /** Each casualty phrase it starts: the keyword ids of the words after it ("their lives" after "lost"). */
  phrases: { rest: number[]; lexeme: Lexeme }[];
  number: boolean;
  article: boolean;
  scale: boolean;
}

const ROLES: readonly KeywordRole[] = KEYWORDS.map((word) => ({
  lexeme: LEXICON.get(word),
  phrases: [...LEXICON]
    .filter(([phrase]) => phrase.startsWith(`${word} `))
    .map(([phrase, lexeme]) => ({ rest: phrase.split(' ').slice(1).map((rest) => KEYWORDS.indexOf(rest)), lexeme })),
  number: NUMBER_WORDS.includes(word),
  article: ARTICLES.includes(word),
  scale: ARTICLE_SCALES.includes(word),
}));

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
      for (let i = start; i < end; i++) if (isAsciiDigit(prose.charCodeAt(i))) numberStarts.push(i);
      continue;
    }
    // `\b` takes "_" for a word character; the tokeniser does not.
    if (unitAt(prose, start - 1) === UNDERSCORE) continue;
    const role = ROLES[noted[k + 1]];
    if (unitAt(prose, end) !== UNDERSCORE) {
      if (role.number) numberStarts.push(start);
      if (role.lexeme && !inCompound(prose, start, end)) casualtyWords.push({ start, end, lexeme: role.lexeme });
    }
    if (role.article && isScaleAfterArticle(prose, tokens, k)) numberStarts.push(start);
    for (const { rest, lexeme } of role.phrases) {
      const phraseEnd = phraseEndAt(prose, tokens, k, rest);
      if (phraseEnd !== undefined) casualtyWords.push({ start, end: phraseEnd, lexeme });
    }
  }
  return { casualtyWords, numberStarts };
}

/** Whether the word after the article noted at `k` is a scale that only spaces or tabs part from it. */
function isScaleAfterArticle(prose: string, tokens: Tokens, k: number): boolean {
  const next = keywordAfter(tokens, k, 1);
  const article = tokens.noted[k];
  return next >= 0 && ROLES[next].scale && gapIsOnly(prose, tokens, article, isSpaceOrTab) && unitAt(prose, tokens.ends[article + 1]) !== UNDERSCORE;
}

/** Where the phrase whose first word is noted at `k` and whose other words are the keywords `rest` ends, if the words go on with it. */
function phraseEndAt(prose: string, tokens: Tokens, k: number, rest: readonly number[]): number | undefined {
  const first = tokens.noted[k];
  for (let r = 0; r < rest.length; r++) {
    if (keywordAfter(tokens, k, r + 1) !== rest[r] || !gapIsOnly(prose, tokens, first + r, isWhitespace)) return undefined;
  }
  const end = tokens.ends[first + rest.length];
  return unitAt(prose, end) === UNDERSCORE || inCompound(prose, tokens.starts[first], end) ? undefined : end;
}

/** The keyword id of the `r`-th word after the one noted at `k`, or -1 when that word is no keyword. */
function keywordAfter(tokens: Tokens, k: number, r: number): number {
  const at = k + 2 * r;
  return at < tokens.notedCount && tokens.noted[at] === tokens.noted[k] + r ? tokens.noted[at + 1] : -1;
}

/**
 * Whether every character between the word `token` and the next passes `allowed`: `isWhitespace` inside a
 * phrase (the searches' `\s+`), `isSpaceOrTab` between an article and its scale (`[ \t]+`).
 */
function gapIsOnly(prose: string, tokens: Tokens, token: number, allowed: (code: number) => boolean): boolean {
  for (let i = tokens.ends[token]; i < tokens.starts[token + 1]; i++) if (!allowed(prose.charCodeAt(i))) return false;
  return true;
}
