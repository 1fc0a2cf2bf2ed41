/** Figures in words for a reader: `killed 46 (Taliban officials) · 40–52 across 3 reports`. */
import type { Count } from '../types';
import type { Figure } from './types';

const grouped = (n: number) => n.toLocaleString('en-US');

/** A count as a reader expects it: `1,500`, `40–52`, `1,500+`, `~40`. */
export function countInWords(count: Count): string {
  switch (count.kind) {
    case 'exact':
      return grouped(count.low);
    case 'range':
      return `${grouped(count.low)}–${grouped(count.high)}`;
    case 'atLeast':
      return `${grouped(count.low)}+`;
    case 'about':
      return `~${grouped(count.low)}`;
  }
}

/** The span of all reports: `40–52`, `1,500+`, or one number when low and high meet. */
export function spanInWords(figure: Pick<Figure, 'low' | 'high'>): string {
  if (!Number.isFinite(figure.high)) return `${grouped(figure.low)}+`;
  return figure.low === figure.high ? grouped(figure.low) : `${grouped(figure.low)}–${grouped(figure.high)}`;
}

/** What the other reports add to the first: nothing for one report, agreement, or the span across them. */
export function acrossReports(figure: Figure): string | undefined {
  const count = figure.reports.length;
  if (count === 1) return undefined;
  return figure.conflict ? `${spanInWords(figure)} across ${count} reports` : `${count} reports agree`;
}
