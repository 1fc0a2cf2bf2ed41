/**
 * The words before a number that qualify it. A count has no "at most" form, so the upper bounds of
 * news prose ("up to 40", "as many as 40", "fewer than 40") read as about that number, like "nearly".
 */
import { wordBefore, type Word } from './text';
import { unitAt } from '../../text/units';

export type QualifierKind = 'atLeast' | 'about' | 'between' | 'from';

const PHRASES: ReadonlyMap<string, QualifierKind> = new Map([
  ...[
    'over', 'above', 'more than', 'at least', 'upwards of', 'in excess of',
    'no fewer than', 'not fewer than', 'no less than', 'not less than',
  ].map((phrase) => [phrase, 'atLeast'] as const),
  ...[
    'about', 'around', 'nearly', 'almost', 'some', 'approximately', 'roughly', 'close to', 'an estimated', 'estimated',
    'up to', 'as many as', 'at most', 'no more than', 'not more than', 'fewer than', 'less than',
  ].map((phrase) => [phrase, 'about'] as const),
  ['between', 'between'],
  ['from', 'from'],
]);
const LONGEST = 3;
/** The last word of every phrase: most numbers have none of them before, and are done with at once. */
const LAST_WORDS = new Set([...PHRASES.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)));

export interface Qualifier {
  kind: QualifierKind;
  start: number;
}

/** The qualifier that ends just before the number at `pos`: "~40", "more than 40", "between 40 and 50". */
export function qualifierBefore(text: string, pos: number): Qualifier | undefined {
  if (unitAt(text, pos - 1) === 126) return { kind: 'about', start: pos - 1 }; // ~
  const last = wordBefore(text, pos);
  if (!last || !LAST_WORDS.has(last.text)) return undefined;
  const words: Word[] = [last];
  for (let end = last.start; words.length < LONGEST; ) {
    const word = wordBefore(text, end);
    if (!word) break;
    words.push(word);
    end = word.start;
  }
  for (let length = words.length; length > 0; length--) {
    let phrase = words[0].text;
    for (let i = 1; i < length; i++) phrase = `${words[i].text} ${phrase}`;
    const kind = PHRASES.get(phrase);
    if (kind) return { kind, start: words[length - 1].start };
  }
  return undefined;
}
