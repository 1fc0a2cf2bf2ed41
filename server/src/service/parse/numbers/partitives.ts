/**
 * Partitives, where one number counts everyone and another those a casualty word speaks of: "eight of
 * the 30 passengers were killed", "8 out of 30", "Of the 30 passengers, 8 were killed", "Among the 300
 * passengers, 12 were injured", "30 passengers, 8 of whom were killed", "none of the 25 crew were hurt".
 * The whole is no casualty figure unless a casualty word is its own ("two of the five soldiers killed
 * were officers", "none of the 9 dead were soldiers").
 */
import type { Candidate } from './candidates';
import type { CasualtyWord } from './casualtyWords';
import { isNegator } from './unrealised';
import { tokensBetween, wordAfter, wordBefore, type Word } from './text';
import { unitAt } from '../../text/units';
import { isWhitespace, LF } from '../../text/chars';

/**
 * Where a whole stands: after "N of (the)" or "N out of", its part being the figure N; after "Of (the)" or
 * "Among (the)" opening a clause; or after "none of", "not one of", "no one among", its part nobody.
 */
export type Whole = { part: number } | 'opening' | 'nobody' | undefined;

/** Between "of" and a whole: "of the 30", "of all 30". */
const WHOLE_DETERMINERS = ['the', 'these', 'those', 'all'];
const RELATIVES = new Set(['whom', 'them', 'which', 'these', 'those']);
/** Before a whole that opens its clause or belongs to nobody: "Of the 30", "Among the 300", "none of the 25". */
const WHOLE_PREPOSITIONS = new Set(['of', 'among', 'amongst']);
/** Before "Of the 30 passengers, ...", what may end the text before: a sentence, a clause, a quote or a bracket. */
const OPENERS = new Set(['.', '!', '?', ';', ':', ',', '"', '“', '(', '—']);

/** Between a part and its whole: "of", "of the", "out of" and the like. */
const PARTITIVE_GAP = new RegExp(`^\\s+(?:out\\s+)?of(?:\\s+(?:${WHOLE_DETERMINERS.join('|')}))?\\s+$`, 'i');

/** Whether `text[from..to)`, between two numbers, makes the second the whole of the first: "8 of the 30". */
export function isPartitiveGap(text: string, from: number, to: number): boolean {
  return to > from && to - from <= 20 && PARTITIVE_GAP.test(text.slice(from, to));
}

/** How `candidates[index]` is the whole of a partitive. */
export function wholeAt(text: string, candidates: readonly Candidate[], index: number): Whole {
  const { start } = candidates[index].expression;
  if (index > 0 && isPartitiveGap(text, candidates[index - 1].end, start)) return { part: index - 1 };
  let word = wordBefore(text, start);
  if (word && WHOLE_DETERMINERS.includes(word.text)) word = wordBefore(text, word.start);
  if (!word || !WHOLE_PREPOSITIONS.has(word.text)) return undefined;
  const before = wordBefore(text, word.start);
  if (before && isNegator(text, before)) return 'nobody';
  const phraseStart = before?.text === 'out' && word.text === 'of' ? before.start : word.start;
  return !wordBefore(text, phraseStart) && opensClause(text, phraseStart) ? 'opening' : undefined;
}

/** "Thirty people, 6 of them women, were killed": an aside on the figure before, whose verb comes after the aside. */
export function isAsideOnPrevious(text: string, candidate: Candidate, verb: CasualtyWord): boolean {
  const relative = relativeAfter(text, candidate);
  return relative?.text === 'them' && tokensBetween(text, relative.end, verb.start).some((token) => token.kind === 'comma');
}

/** Whether the figure is followed by "of whom", "of them" or "of which": a part of the figure before it. */
export function isPartOfPrevious(text: string, candidate: Candidate): boolean {
  return RELATIVES.has(relativeAfter(text, candidate)?.text ?? '');
}

/** The word after "of" right after the figure: "whom" in "8 of whom". */
function relativeAfter(text: string, candidate: Candidate): Word | undefined {
  const of = wordAfter(text, candidate.end);
  return of?.text === 'of' ? wordAfter(text, of.end) : undefined;
}

/** Whether `pos` starts a line, or follows the end of a sentence or clause, a quote or a bracket. */
function opensClause(text: string, pos: number): boolean {
  let at = pos;
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) if (text.charCodeAt(--at) === LF) return true;
  const before = unitAt(text, at - 1);
  return before < 0 || OPENERS.has(String.fromCharCode(before));
}
