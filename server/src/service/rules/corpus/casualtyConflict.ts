import { formatCount } from '../../parse/count';
import { eventFigures } from '../../timeline/model';
import type { FigureReport } from '../../timeline/types';
import { COUNT_KINDS, type CountKind } from '../../types';
import type { CorpusRule } from '../rule';

/** Reads the timeline's conflict flags: every report of a disagreeing figure, with the others as related locations. */
export const casualtyConflict: CorpusRule = {
  id: 'casualty/conflict',
  check(documents, env, report) {
    for (const entry of eventFigures(documents, env.today)) {
      for (const kind of COUNT_KINDS) {
        const figure = entry.figures[kind];
        if (!figure?.conflict) continue;
        const all = figure.reports.map((other) => describe(other, kind)).join('; ');
        for (const reported of figure.reports) {
          report({
            file: reported.location.file,
            range: reported.location.range,
            message: `Reports of \`${entry.id}\` disagree on ${kind}: ${all}.`,
            related: figure.reports.filter((other) => other !== reported).map((other) => ({ ...other.location, message: describe(other, kind) })),
          });
        }
      }
    }
  },
};

function describe(report: FigureReport, kind: CountKind): string {
  return `${kind} ${formatCount(report.count)}${report.source ? ` (${report.source})` : ''}`;
}
