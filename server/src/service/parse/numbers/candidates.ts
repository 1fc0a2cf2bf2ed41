/**
 * What a number in prose counts, read from the words around it: people ("46 people", "five Pakistani
 * soldiers"), nothing named ("12 were killed"), or something else ("3 checkposts", "350 km"). Years,
 * dates, sums of money, ages and references ("Section 144") are not counts at all.
 */
import type { CountKind } from '../../types';
import type { CasualtyWord } from './casualtyWords';
import type { NumberExpression } from './expression';
import { readToken, wordAfter, wordBefore, type Word } from './text';
import { unitAt } from '../../text/units';
import {
  AGES, CURRENCIES, FUNCTION_WORDS, isIdentifierPrefix, isMonth, PEOPLE, SOFT_MODIFIERS, UNITS,
} from './vocabulary';

export type Shape = 'people' | 'bare' | 'thing';

export interface Candidate {
  expression: NumberExpression;
  shape: Shape;
  /** Past the number and its people noun: where the words towards a casualty word after it begin. */
  phraseEnd: number;
  /** Where the figure ends: past the people noun, or past "dead" in "30 dead". */
  end: number;
  /** The kind of a casualty word right after the number: "30 dead", "12 died". */
  adjacent?: CountKind;
}

export type CasualtyWordAt = (offset: number) => CasualtyWord | undefined;

/** Up to this many words after a number are read for its people noun: "12 Frontier Corps soldiers". */
const PHRASE_WORDS = 4;
const MAX_MODIFIERS = 2;
const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;

/** The candidate casualty figure a number expression makes, or undefined when it counts no one. */
export function readCandidate(text: string, expression: NumberExpression, casualtyAt: CasualtyWordAt): Candidate | undefined {
  if (!countsSomething(text, expression)) return undefined;
  const { end } = expression;
  const next = readToken(text, end);
  const adjacent = next?.kind === 'word' ? casualtyAt(next.start) : undefined;
  if (adjacent?.lexeme.after) {
    const labelEnd = adjacent.lexeme.inLabel ? peopleNounAfter(text, adjacent.end) ?? adjacent.end : end;
    return { expression, shape: 'bare', phraseEnd: end, end: labelEnd, adjacent: adjacent.lexeme.kind };
  }
  const phrase = readPhrase(text, end, casualtyAt);
  if (phrase.shape !== 'people' && isYear(expression)) return undefined;
  return { expression, shape: phrase.shape, phraseEnd: phrase.end, end: phrase.end };
}

/** Not a date, a sum of money, an age, a reference or a measure, judged by the words either side. */
export function countsSomething(text: string, { start, end }: NumberExpression): boolean {
  const before = wordBefore(text, start);
  if (before && (isMonth(text, before) || CURRENCIES.has(before.text) || AGES.has(before.text) || isIdentifierPrefix(text, before))) {
    return false;
  }
  const abbreviation = abbreviationBefore(text, start);
  if (abbreviation && (abbreviation.text === 'rs' || isIdentifierPrefix(text, abbreviation))) return false;
  const after = wordAfter(text, end);
  if (!after) return true;
  if (isMonth(text, after) || UNITS.has(after.text)) return false;
  return !((after.text === 'a' || after.text === 'p') && text.startsWith('.m', after.end)); // a.m., p.m.
}

/** The word before a period that ends just before `pos`: "Rs. 500", "No. 5". */
function abbreviationBefore(text: string, pos: number): Word | undefined {
  let dot = pos;
  while (dot > 0 && text.charCodeAt(dot - 1) === 32) dot--;
  return unitAt(text, dot - 1) === 46 ? wordBefore(text, dot - 1) : undefined;
}

export function isYear({ plainDigits, count }: NumberExpression): boolean {
  return plainDigits && count.low >= EARLIEST_YEAR && count.high <= LATEST_YEAR;
}

function peopleNounAfter(text: string, pos: number): number | undefined {
  const word = wordAfter(text, pos);
  return word && PEOPLE.has(word.text) ? word.end : undefined;
}

/**
 * The words after a number up to its people noun. The number is bare when no word names anything
 * ("12 were", "12 more in Kurram", "12."), a count of things when a word names something else.
 */
function readPhrase(text: string, from: number, casualtyAt: CasualtyWordAt): { shape: Shape; end: number } {
  let peopleEnd: number | undefined;
  let modifiers = 0;
  let pos = from;
  for (let read = 0; read < PHRASE_WORDS; read++) {
    const token = readToken(text, pos);
    if (!token || token.kind !== 'word' || casualtyAt(token.start)) break;
    if (PEOPLE.has(token.text)) {
      peopleEnd = pos = token.end;
      continue;
    }
    if (peopleEnd !== undefined || FUNCTION_WORDS.has(token.text)) break;
    if (!SOFT_MODIFIERS.has(token.text) && ++modifiers > MAX_MODIFIERS) break;
    pos = token.end;
  }
  if (peopleEnd !== undefined) return { shape: 'people', end: peopleEnd };
  return { shape: modifiers === 0 ? 'bare' : 'thing', end: from };
}
