import type { Span } from '../types';

/** Whether `span` overlaps any of `sorted` (sorted by start, not overlapping each other). */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = sorted[mid];
    if (candidate.end <= span.start) lo = mid + 1;
    else if (candidate.start >= span.end) hi = mid - 1;
    else return true;
  }
  return false;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
