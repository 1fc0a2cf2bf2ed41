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
        const message = `Reports of \`${entry.id}\` disagree on ${kind}: ${descriptions.join('; ')}.`;
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
