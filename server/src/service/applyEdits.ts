/**
 * Applying edits to a text. Spans are half-open UTF-16 offsets; two spans overlap when they share a
 * character, or when one is an insertion strictly inside the other. Edits that only touch (`[2,5)` and
 * `[5,8)`, or an insertion at either end of a replacement) do not overlap, and insertions at one offset
 * apply in the order given, as LSP's `TextEdit[]` does.
 *
 * A fix is a group of edits that only make sense together (rename an actor in the body and add it to the
 * front-matter). To apply several fixes to one text, pass them to `applyFixes` in priority order (for
 * diagnostics: by position): each fix is taken whole or not at all, and a fix any of whose edits
 * overlaps an edit of a fix taken before it is dropped. Dropped fixes are found again by linting the
 * result, so `--fix` repeats until a round applies nothing.
 */
import { LineIndex } from './lineIndex';
import type { OffsetEdit, Span, TextEdit } from './types';

/** Applies non-overlapping edits given in any order; throws on overlapping or out-of-range edits. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = sortByPosition(edits);
  let out = '';
  let copied = 0;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.start > edit.end || edit.end > text.length) {
      throw new RangeError(`The edit [${edit.start}, ${edit.end}) lies outside the text of length ${text.length}.`);
    }
    if (edit.start < copied) throw new Error(`The edit [${edit.start}, ${edit.end}) overlaps an edit that ends at ${copied}.`);
    out += text.slice(copied, edit.start) + edit.newText;
    copied = edit.end;
  }
  return out + text.slice(copied);
}

/** The edits sorted by start (then end), keeping each one that does not overlap an edit kept before it. */
export function selectNonOverlapping<T extends Span>(edits: readonly T[]): T[] {
  const kept: T[] = [];
  let end = 0;
  for (const edit of sortByPosition(edits)) {
    if (edit.start < end) continue;
    kept.push(edit);
    end = edit.end;
  }
  return kept;
}

/** Converts LSP edits on `text` to offset edits; CRLF and lone CR line ends count as LSP counts them. */
export function toOffsetEdits(text: string, edits: readonly TextEdit[]): OffsetEdit[] {
  const index = new LineIndex(text);
  return edits.map(({ range, newText }) => ({ start: index.offsetAt(range.start), end: index.offsetAt(range.end), newText }));
}

/** Applies whole fixes in the order given, dropping each fix that overlaps one taken earlier or itself. */
export function applyFixes(text: string, fixes: readonly { edits: readonly OffsetEdit[] }[]): { text: string; applied: number } {
  /** Sorted by position and pairwise non-overlapping, so their ends never decrease either. */
  const chosen: OffsetEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const edits = sortByPosition(fix.edits);
    const overlapsItself = selectNonOverlapping(edits).length < edits.length;
    if (edits.length === 0 || overlapsItself) continue;
    if (edits.some((edit) => overlapsChosen(chosen, edit))) continue;
    for (const edit of edits) chosen.splice(firstIndexAfter(chosen, edit), 0, edit);
    applied++;
  }
  return { text: applyOffsetEdits(text, chosen), applied };
}

function sortByPosition<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Of the chosen spans that start before `span` ends, the last one reaches furthest; `span` overlaps one of
 * them exactly when it overlaps that one.
 */
function overlapsChosen(chosen: readonly Span[], span: Span): boolean {
  const before = lowerBound(chosen, (c) => c.start >= span.end);
  return before > 0 && chosen[before - 1].end > span.start;
}

/** Where `span` goes in `chosen` so that the order stays sorted and it follows equal spans. */
function firstIndexAfter(chosen: readonly Span[], span: Span): number {
  return lowerBound(chosen, (c) => c.start > span.start || (c.start === span.start && c.end > span.end));
}

/** The first index whose element satisfies `isAfter`, for a predicate that is false then true along the array. */
function lowerBound<T>(items: readonly T[], isAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
