/**
 * Casualty figures written in prose without a tag (spec section 5): a number, in digits or words, with its
 * qualifier, tied to a casualty word in the same clause. Each figure spans what a fix wraps in
 * `:casualty[...]`: the qualifier, the number and the people it counts ("at least 12 civilians"), or the
 * casualty word right after a bare number ("30 dead"), never a verb before it ("killed five soldiers").
 *
 * One pass of a regular expression finds the casualty words, one the numbers (or the actor scan's pass
 * found both); each number then reads a bounded stretch of words around it, so the cost is linear in the
 * length of the prose.
 */
import type { Count, CountKind } from '../types';
import { readCandidate, type Candidate } from './numbers/candidates';
import { findCasualtyWords, type CasualtyWord } from './numbers/casualtyWords';
import { scanNumbers, type NumberExpression } from './numbers/expression';
import type { ProseKeywords } from './numbers/keywords';
import { linkCandidates } from './numbers/linking';

/** A figure's span in the prose (qualifier and people included), its count and what it counts. */
export interface CasualtyFigure {
  start: number;
  end: number;
  count: Count;
  kind: CountKind;
}

/**
 * The casualty figures of a document's prose: its body with code, comments, link destinations and
 * directive markup blanked to spaces, so that offsets are those of the document. `keywords`, when the
 * actor scan has read them, spare the two searches.
 */
export function findCasualtyFigures(prose: string, keywords?: ProseKeywords): CasualtyFigure[] {
  const words = keywords?.casualtyWords ?? findCasualtyWords(prose);
  if (words.length === 0) return [];
  const wordsByStart = new Map<number, CasualtyWord>(words.map((word) => [word.start, word]));
  const casualtyAt = (offset: number) => wordsByStart.get(offset);
  const expressions = withoutRatios(prose, scanNumbers(prose, keywords?.numberStarts));
  const candidates: Candidate[] = [];
  for (const expression of expressions) {
    const candidate = readCandidate(prose, expression, casualtyAt);
    if (candidate) candidates.push(candidate);
  }
  if (candidates.length === 0) return [];
  const kinds = linkCandidates(prose, candidates, words, new Set(expressions.map((expression) => expression.start)));
  const figures: CasualtyFigure[] = [];
  candidates.forEach((candidate, index) => {
    const kind = kinds[index];
    if (kind) figures.push({ start: candidate.expression.start, end: candidate.end, count: candidate.expression.count, kind });
  });
  return figures;
}

/** Between the two numbers of a ratio: "one in three", "1 in every 5". */
const RATIO_GAP = /^\s+in\s+(?:every\s+)?$/i;
const MAX_RATIO_GAP = 12;

/** The expressions without the two numbers of each ratio, a share rather than a count: "one in three of those killed". */
function withoutRatios(prose: string, expressions: NumberExpression[]): NumberExpression[] {
  const inRatio = new Set<number>();
  for (let i = 1; i < expressions.length; i++) {
    const part = expressions[i - 1];
    const whole = expressions[i];
    if (whole.start - part.end > MAX_RATIO_GAP || part.count.high >= whole.count.low) continue;
    if (RATIO_GAP.test(prose.slice(part.end, whole.start))) inRatio.add(i - 1).add(i);
  }
  return inRatio.size === 0 ? expressions : expressions.filter((_, index) => !inRatio.has(index));
}
