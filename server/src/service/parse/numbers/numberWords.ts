/**
 * Numbers written in words: "sixteen", "twenty-one", "twenty one", "a hundred", "one hundred and five",
 * "two thousand", "three lakh", "half a million". Plurals ("hundreds", "thousands") and "dozen" ("a dozen",
 * "two dozen") are vague, not numbers.
 */
import { wordAfter, type Word } from './text';
import { unitAt } from '../../text/units';

const SMALL: ReadonlyMap<string, number> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((word, value) => [word, value]),
);
const TEENS: ReadonlyMap<string, number> = new Map(
  ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map(
    (word, index) => [word, 10 + index],
  ),
);
const TENS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [word, 20 + index * 10]),
);

/** Words that multiply what comes before them, after digits too ("1.5 million", "2 lakh"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['million', 1e6],
  ['crore', 1e7],
  ['crores', 1e7],
  ['billion', 1e9],
]);

/** The words a number in words can start with; "a"/"an" too, but only before one of `ARTICLE_SCALES` ("a hundred"). */
export const NUMBER_WORDS: readonly string[] = [...SMALL.keys(), ...TEENS.keys(), ...TENS.keys()];
export const ARTICLES: readonly string[] = ['a', 'an'];
export const ARTICLE_SCALES: readonly string[] = ['hundred', 'thousand', 'lakh', 'crore', 'million', 'billion'];
/** `NUMBER_WORDS` and an article before a scale, for a regular expression. */
export const NUMBER_WORD_START = NUMBER_WORDS.join('|');
export const ARTICLE_SCALE = `(?:${ARTICLES.join('|')})[ \\t]+(?:${ARTICLE_SCALES.join('|')})`;

type Last = 'start' | 'article' | 'small' | 'teen' | 'tens' | 'hundred' | 'scale';

export interface WordsReading {
  value: number;
  end: number;
  /** How many number words were read: a lone "one" is often a pronoun. */
  words: number;
}

/** Reads the number in words that starts at `pos`; undefined when there is none. */
export function readNumberWords(text: string, pos: number): WordsReading | undefined {
  let total = 0;
  let group = 0;
  let lastScale = Infinity;
  let last: Last = 'start';
  let words = 0;
  let end = pos;
  let word: Word | undefined = wordAfter(text, pos, true);
  while (word) {
    if (word.text === 'and') {
      const next = wordAfter(text, word.end, true);
      if ((last !== 'hundred' && last !== 'scale') || !next || !belowHundred(next.text)) break;
      word = next;
    }
    const name = word.text;
    const scale = SCALES.get(name);
    if ((name === 'a' || name === 'an') && last === 'start') {
      last = 'article';
      group = 1;
    } else if (SMALL.has(name) && (last === 'start' || last === 'tens' || last === 'hundred' || last === 'scale')) {
      group += SMALL.get(name)!;
      last = 'small';
    } else if ((TEENS.has(name) || TENS.has(name)) && (last === 'start' || last === 'hundred' || last === 'scale')) {
      group += TEENS.get(name) ?? TENS.get(name)!;
      last = TEENS.has(name) ? 'teen' : 'tens';
    } else if (scale === 100 && (last === 'small' || last === 'teen' || last === 'article') && group > 0 && group < 100) {
      group *= 100;
      last = 'hundred';
    } else if (scale && scale > 100 && scale < lastScale && last !== 'start' && last !== 'scale') {
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    } else {
      break;
    }
    words++;
    end = word.end;
    word = nextNumberWord(text, end, last);
  }
  if (words === 0 || last === 'article') return undefined;
  return { value: total + group, end, words };
}

function belowHundred(word: string): boolean {
  return SMALL.has(word) || TEENS.has(word) || TENS.has(word);
}

/** The word after `end`: across spaces, or across a hyphen only from tens to units ("twenty-one"). */
function nextNumberWord(text: string, end: number, last: Last): Word | undefined {
  if (unitAt(text, end) !== 45) return wordAfter(text, end, true);
  if (last !== 'tens') return undefined;
  const word = wordAfter(text, end + 1, true);
  return word && word.start === end + 1 && SMALL.has(word.text) ? word : undefined;
}
