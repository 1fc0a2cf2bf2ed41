/**
 * The counts a :casualty label gives, as a person reads them (spec section 3): "46 people, including 10
 * children" gives 46; "16 soldiers in 2 attacks" 16; "eight of the 30 passengers" 8; "a boy and 2 men" 1
 * and 2. Not counts: dates, years, ages, money, measures and references ("16 soldiers in 2024", "3 men
 * aged 20 to 30"), the whole of a partitive, a part named after a figure ("including 10 children", "10 of
 * them children"), and counts of things beside counts of people.
 */
import type { Count } from '../../types';
import { countsSomething, isYear, readCandidate, type Candidate } from './candidates';
import { findCasualtyWords, type CasualtyWord } from './casualtyWords';
import { scanNumbers, type NumberExpression } from './expression';
import { isPartOfPrevious, wholeAt } from './partitives';
import { readToken, tokensBetween } from './text';
import { FUNCTION_WORDS, INCLUSIONS, PEOPLE } from './vocabulary';

/** Singular people nouns whose plural is not the noun and "s": "a child", "a policeman". */
const IRREGULAR_SINGULARS = new Set([
  'person', 'child', 'man', 'woman', 'policeman', 'policewoman', 'gunman', 'tribesman', 'militiaman', 'fisherman',
]);
const ARTICLE = /\ban?\b/i;
/** Words between "a" and its noun: "a 12-year-old boy", "a senior police officer". */
const MAX_WORDS_TO_NOUN = 4;

/** The label's counts in the order they are written; empty when it gives none ("dozens of people"). */
export function labelCounts(label: string): Count[] {
  const expressions = scanNumbers(label);
  if (expressions.length === 0) return [];
  const hasArticle = ARTICLE.test(label);
  if (expressions.length === 1 && !isYear(expressions[0]) && !hasArticle) return loneCount(label, expressions[0]);
  // The casualty words tell a count's shape, which matters only beside other counts or for a year.
  const words = expressions.length > 1 || isYear(expressions[0]) ? findCasualtyWords(label) : [];
  const wordsByStart = new Map(words.map((word) => [word.start, word]));
  const candidates: Candidate[] = [];
  for (const expression of expressions) {
    const candidate = readCandidate(label, expression, (offset) => wordsByStart.get(offset));
    if (candidate) candidates.push(candidate);
  }
  const left = leftOut(label, candidates, words);
  const counted = candidates.filter((_, index) => !left[index]);
  const ofPeople = counted.some((candidate) => candidate.shape !== 'thing');
  const found = counted
    .filter((candidate) => !ofPeople || candidate.shape !== 'thing')
    .map(({ expression }) => ({ start: expression.start, count: expression.count }));
  if (found.length > 0 && hasArticle) {
    for (const start of peopleByArticle(label, expressions)) found.push({ start, count: { kind: 'exact', low: 1, high: 1 } });
  }
  return found.sort((a, b) => a.start - b.start).map(({ count }) => count);
}

/** A label's only number, with no article beside it: its count, unless it counts no one ("in 2 hours", "none of the 25"). */
function loneCount(label: string, expression: NumberExpression): Count[] {
  if (!countsSomething(label, expression)) return [];
  const candidate: Candidate = { expression, shape: 'bare', phraseEnd: expression.end, end: expression.end };
  return wholeAt(label, [candidate], 0) === 'nobody' ? [] : [expression.count];
}

/**
 * Per candidate, whether it is a whole ("of the 30 passengers", "none of the 25") or a part named after
 * another figure ("including 10 children", "10 of them children"). A part with a casualty word after it
 * is the figure and the figure before it its whole: "30 passengers, 8 of whom were killed".
 */
function leftOut(label: string, candidates: readonly Candidate[], casualtyWords: readonly CasualtyWord[]): boolean[] {
  const left = candidates.map((_, index) => {
    const whole = wholeAt(label, candidates, index);
    return typeof whole === 'object' || whole === 'nobody';
  });
  for (let index = 1; index < candidates.length; index++) {
    const { end, expression } = candidates[index];
    if (isPartOfPrevious(label, candidates[index])) {
      if (casualtyWords.some((word) => word.start >= end)) left[index - 1] = true;
      else left[index] = true;
    } else if (tokensBetween(label, candidates[index - 1].end, expression.start).some((token) => INCLUSIONS.has(token.text))) {
      left[index] = true;
    }
  }
  return left;
}

/** Where "a" or "an" counts one person: "a boy and 2 men", "2 soldiers and a 12-year-old girl"; not "a dozen". */
function peopleByArticle(label: string, expressions: readonly NumberExpression[]): number[] {
  const starts: number[] = [];
  for (let token = readToken(label, 0); token; token = readToken(label, token.end)) {
    const at = token.start;
    if (token.text !== 'a' && token.text !== 'an') continue;
    if (expressions.some(({ start, end }) => at >= start && at < end) || isIncluded(label, at)) continue;
    if (personNounAfter(label, token.end)) starts.push(at);
  }
  return starts;
}

function isIncluded(label: string, start: number): boolean {
  return tokensBetween(label, 0, start).some((token) => INCLUSIONS.has(token.text));
}

function personNounAfter(label: string, from: number): boolean {
  let words = 0;
  for (let token = readToken(label, from); token && words <= MAX_WORDS_TO_NOUN; token = readToken(label, token.end)) {
    if (token.kind === 'comma' || token.kind === 'break' || token.kind === 'colon') return false;
    if (token.kind !== 'word') continue;
    if (PEOPLE.has(token.text) && isSingular(token.text)) return true;
    if (FUNCTION_WORDS.has(token.text)) return false;
    words++;
  }
  return false;
}

function isSingular(noun: string): boolean {
  return IRREGULAR_SINGULARS.has(noun) || PEOPLE.has(`${noun}s`);
}
