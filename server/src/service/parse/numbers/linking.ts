/**
 * Ties candidate figures to casualty words in the same clause. A figure takes the nearest casualty word
 * it may reach:
 * - before it, across a few words that lead to a count: "killed 12", "the deaths of 46", "the death toll
 *   rose to 46", "killed 1,500, including 500 soldiers";
 * - after it, across up to a handful of words of its own clause and no other figure: "46 people, mostly
 *   women and children, were killed"; a verb there must be passive ("two gunmen killed the guard").
 * A figure with no word of its own shares the kind of a figure it is listed with: "12 soldiers and three
 * civilians were killed". Of a partitive, the part takes the casualty word: "eight of the 30 passengers
 * were killed" (partitives.ts). A casualty word that is negated or tells of what did not happen gives its
 * figure no kind: "the 12 guards were not injured", "threatened to kill 10 hostages" (unrealised.ts).
 */
import type { CountKind } from '../../types';
import type { Candidate } from './candidates';
import type { CasualtyWord } from './casualtyWords';
import { isAsideOnPrevious, isPartOfPrevious, wholeAt, type Whole } from './partitives';
import { readToken, tokensBetween, type Token } from './text';
import { countsNobody } from './unrealised';
import {
  BEFORE_GAP, CLAUSE_BREAKERS, CONNECTORS, DETERMINERS, INCLUSIONS, OBJECT_STARTERS, PASSIVE_AUXILIARIES, PEOPLE,
} from './vocabulary';

const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 140;
const MAX_WORDS_BEFORE = 4;
const MAX_WORDS_AFTER = 8;
const MAX_LIST_GAP = 40;

/**
 * The kind of each candidate's casualty word, or undefined when it has none. `candidates` and `words` are
 * sorted by offset; `numberStarts` holds where every number expression of the text starts.
 */
export function linkCandidates(
  text: string,
  candidates: readonly Candidate[],
  words: readonly CasualtyWord[],
  numberStarts: ReadonlySet<number>,
): (CountKind | undefined)[] {
  const kinds = candidates.map((candidate) => candidate.adjacent);
  /** Per candidate: its casualty word when that is a verb after it whose subject it is ("were killed", "died"). */
  const predicates: (CasualtyWord | undefined)[] = candidates.map(() => undefined);
  const { previous, next } = neighbourStarts(candidates);
  let firstAfter = 0;
  candidates.forEach((candidate, index) => {
    const { start } = candidate.expression;
    while (firstAfter < words.length && words[firstAfter].start < start) firstAfter++;
    if (candidate.adjacent) return;
    let best: { word: CasualtyWord; distance: number; after: boolean } | undefined;
    const consider = (word: CasualtyWord, distance: number | undefined, after: boolean) => {
      if (distance !== undefined && (!best || distance < best.distance)) best = { word, distance, after };
    };
    // Another figure between a casualty word and this one takes the word for itself.
    const from = Math.max(start - WINDOW_BEFORE, previous[index]);
    for (let k = firstAfter - 1; k >= 0 && words[k].end > from; k--) consider(words[k], distanceBefore(text, candidate, words[k]), false);
    const to = Math.min(candidate.phraseEnd + WINDOW_AFTER, next[index]);
    for (let k = firstAfter; k < words.length && words[k].start < to; k++) {
      if (words[k].start >= candidate.phraseEnd) consider(words[k], distanceAfter(text, candidate, words[k], numberStarts), true);
    }
    if (!best || countsNobody(text, best.word)) return;
    kinds[index] = best.word.lexeme.kind;
    // "the five soldiers killed": a participle right after the noun is the figure's own.
    if (best.after && !(best.distance === 0 && best.word.lexeme.transitive)) predicates[index] = best.word;
  });
  // Worked out only for the figures a move or a share asks about.
  const wholes: (Whole | null)[] = candidates.map(() => null);
  const wholeOf = (index: number): Whole => (wholes[index] === null ? (wholes[index] = wholeAt(text, candidates, index)) : wholes[index]);
  predicates.forEach((predicate, index) => {
    const whole = predicate ? wholeOf(index) : undefined;
    if (whole === 'nobody') kinds[index] = undefined;
    if (typeof whole !== 'object') return;
    kinds[whole.part] ??= kinds[index];
    kinds[index] = undefined;
  });
  predicates.forEach((predicate, index) => {
    if (!predicate || index === 0 || !kinds[index] || !listed(text, candidates[index - 1], candidates[index])) return;
    if (isAsideOnPrevious(text, candidates[index], predicate)) kinds[index - 1] ??= kinds[index];
  });
  shareAlongLists(text, candidates, kinds, wholeOf);
  return kinds;
}

/** For each candidate, where the nearest count of people or bare number before and after it starts. */
function neighbourStarts(candidates: readonly Candidate[]): { previous: number[]; next: number[] } {
  const previous: number[] = [];
  const next: number[] = [];
  let last = -Infinity;
  for (const candidate of candidates) {
    previous.push(last);
    if (candidate.shape !== 'thing') last = candidate.expression.start;
  }
  last = Infinity;
  for (let i = candidates.length - 1; i >= 0; i--) {
    next[i] = last;
    if (candidates[i].shape !== 'thing') last = candidates[i].expression.start;
  }
  return { previous, next };
}

/** Words from a casualty word to the figure after it, or undefined when it does not reach the figure. */
function distanceBefore(text: string, candidate: Candidate, word: CasualtyWord): number | undefined {
  const { start } = candidate.expression;
  if (!word.lexeme.before) return undefined;
  if (candidate.shape === 'thing') return readToken(text, word.end, start) ? undefined : 0; // "killed 3 Mehsuds"
  let distance = 0;
  for (let token = readToken(text, word.end, start); token; token = readToken(text, token.end, start)) {
    if (token.kind === 'word') {
      if (!BEFORE_GAP.has(token.text) || ++distance > MAX_WORDS_BEFORE) return undefined;
    } else if (token.kind === 'comma') {
      if (!INCLUSIONS.has(readToken(text, token.end, start)?.text ?? '')) return undefined;
    } else if (token.kind !== 'colon' && token.kind !== 'mark') {
      return undefined;
    }
  }
  return distance;
}

/** Words from a figure's phrase to a casualty word after it, or undefined when it does not reach it. */
function distanceAfter(text: string, candidate: Candidate, word: CasualtyWord, numberStarts: ReadonlySet<number>): number | undefined {
  if (!word.lexeme.after || candidate.shape === 'thing') return undefined;
  let distance = 0;
  let last: Token | undefined;
  let beforeLast: Token | undefined;
  for (let token = readToken(text, candidate.phraseEnd, word.start); token; token = readToken(text, token.end, word.start)) {
    if (token.kind === 'break' || (token.kind === 'word' && CLAUSE_BREAKERS.has(token.text))) return undefined;
    if (token.kind === 'word' && ++distance > MAX_WORDS_AFTER) return undefined;
    beforeLast = last;
    last = token;
  }
  if (isOwnNoun(last, beforeLast) || (word.lexeme.transitive && isActive(text, word, last, numberStarts))) return undefined;
  return distance;
}

/** "and the dead were buried": the word heads a noun phrase of its own, unless "among the dead". */
function isOwnNoun(last: Token | undefined, beforeLast: Token | undefined): boolean {
  return last?.kind === 'word' && DETERMINERS.has(last.text) && beforeLast?.text !== 'among';
}

/** "gunmen killed the guard", "two bombers killed 12": the verb has an object and its subject is no casualty. */
function isActive(text: string, word: CasualtyWord, before: Token | undefined, numberStarts: ReadonlySet<number>): boolean {
  if (before?.kind === 'word' && PASSIVE_AUXILIARIES.has(before.text)) return false;
  const next = readToken(text, word.end);
  if (!next) return false;
  if (next.kind === 'number' || numberStarts.has(next.start)) return true;
  return next.kind === 'word' && (OBJECT_STARTERS.has(next.text) || PEOPLE.has(next.text));
}

/**
 * Passes a kind along lists of figures, forwards ("killed 12 soldiers and three civilians") and back, but
 * never to the whole of a partitive ("Of the 30 passengers, 8 were killed", "30 passengers, 8 of whom"),
 * nor from a whole that opens its clause to its part.
 */
function shareAlongLists(text: string, candidates: readonly Candidate[], kinds: (CountKind | undefined)[], wholeOf: (index: number) => Whole): void {
  for (let i = 1; i < candidates.length; i++) {
    if (kinds[i] || !kinds[i - 1] || !listed(text, candidates[i - 1], candidates[i])) continue;
    const previousWhole = wholeOf(i - 1);
    if (!wholeOf(i) && previousWhole !== 'opening' && previousWhole !== 'nobody') kinds[i] = kinds[i - 1];
  }
  for (let i = candidates.length - 2; i >= 0; i--) {
    if (kinds[i] || !kinds[i + 1] || !listed(text, candidates[i], candidates[i + 1])) continue;
    if (!wholeOf(i) && !isPartOfPrevious(text, candidates[i + 1])) kinds[i] = kinds[i + 1];
  }
}

function listed(text: string, first: Candidate, second: Candidate): boolean {
  if (first.shape === 'thing' || second.shape === 'thing') return false;
  if (second.expression.start - first.end > MAX_LIST_GAP) return false;
  const gap = tokensBetween(text, first.end, second.expression.start);
  return gap.some((token) => token.kind !== 'mark') && gap.every(isListJoiner);
}

/** ",", "and", "including", and the brackets of "(including three children)". */
function isListJoiner(token: Token): boolean {
  return token.kind === 'comma' || token.kind === 'mark' || (token.kind === 'word' && CONNECTORS.has(token.text));
}
