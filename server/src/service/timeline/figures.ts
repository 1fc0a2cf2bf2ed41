import { countsEqual } from '../parse/count';
import type { CasualtyReport } from '../summary';
import { COUNT_KINDS, type CountKind } from '../types';
import type { Figure, FigureReport } from './types';

/** A :casualty tag with the file it is in. */
export interface PlacedCasualty {
  file: string;
  casualty: CasualtyReport;
}

/**
 * Combines the reports of one entry per count kind: low is the smallest lower bound, high the largest upper
 * bound, and the figure is in conflict when the reports do not all state the same count.
 */
export function combineFigures(reports: readonly PlacedCasualty[]): Partial<Record<CountKind, Figure>> {
  const figures: Partial<Record<CountKind, Figure>> = {};
  for (const kind of COUNT_KINDS) {
    const counted: FigureReport[] = [];
    for (const { file, casualty } of reports) {
      const count = casualty.counts[kind];
      if (!count) continue;
      const location = { file, range: casualty.range };
      counted.push(casualty.source ? { count, source: casualty.source, location } : { count, location });
    }
    if (counted.length === 0) continue;
    const first = counted[0].count;
    figures[kind] = {
      low: counted.reduce((low, report) => Math.min(low, report.count.low), Infinity),
      high: counted.reduce((high, report) => Math.max(high, report.count.high), 0),
      conflict: !counted.every((report) => countsEqual(report.count, first)),
      reports: counted,
    };
  }
  return figures;
}
