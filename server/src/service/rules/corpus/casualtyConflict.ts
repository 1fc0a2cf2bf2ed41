import { formatCount } from '../../parse/count';
import { eventFigures } from '../../timeline/model';
import type { FigureReport } from '../../timeline/types';
import { COUNT_KINDS, type CountKind, type RelatedLocation } from '../../types';
import type { CorpusRule } from '../rule';

/** Reads the timeline's conflict flags: every report of a disagreeing figure, with the others as related locations. */
export const casualtyConflict: CorpusRule = {
  id: 'casualty/conflict',
  check(documents, env, report) {
    for (const entry of eventFigures(documents, env.today)) {
      for (const kind of COUNT_KINDS) {
        const figure = entry.figures[kind];
        if (!figure?.conflict) continue;
        const descriptions = figure.reports.map((other) => describe(other, kind));
        const message = `Reports of \`${entry.id}\` disagree on ${kind}: ${byCount(figure.reports)}.`;
        figure.reports.forEach((reported, index) => {
          const related: RelatedLocation[] = [];
          for (let other = 0; other < figure.reports.length; other++) {
            const { file, range } = figure.reports[other].location;
            if (other !== index) related.push({ file, range, message: descriptions[other] });
          }
          report({ file: reported.location.file, range: reported.location.range, message, related });
        });
      }
    }
  },
};

function describe(report: FigureReport, kind: CountKind): string {
  return `${kind} ${formatCount(report.count)}${report.source ? ` (${report.source})` : ''}`;
}

/** Counts and sources named before the rest are only counted: the related locations list every report. */
const COUNTS_NAMED = 5;
const SOURCES_NAMED = 3;

/**
 * The reports grouped by count, lowest first, each with who gave it: "23 (ISPR, Dawn); 58 (Zabihullah
 * Mujahid, 1 without a source)".
 */
function byCount(reports: readonly FigureReport[]): string {
  const groups = new Map<string, { low: number; sources: Set<string>; unsourced: number }>();
  for (const { count, source } of reports) {
    const key = formatCount(count);
    const group = groups.get(key) ?? { low: count.low, sources: new Set<string>(), unsourced: 0 };
    groups.set(key, group);
    if (source) group.sources.add(source);
    else group.unsourced++;
  }
  const sorted = [...groups].sort(([, a], [, b]) => a.low - b.low);
  const named = sorted.slice(0, COUNTS_NAMED).map(([count, { sources, unsourced }]) => `${count} (${whoGave([...sources], unsourced)})`);
  const others = sorted.length - COUNTS_NAMED;
  if (others > 0) named.push(`${others} other ${others === 1 ? 'count' : 'counts'}`);
  return named.join('; ');
}

function whoGave(sources: readonly string[], unsourced: number): string {
  const parts = sources.slice(0, SOURCES_NAMED);
  if (sources.length > SOURCES_NAMED) parts.push(`${sources.length - SOURCES_NAMED} more`);
  if (unsourced > 0) parts.push(`${unsourced} without a source`);
  return parts.join(', ');
}
