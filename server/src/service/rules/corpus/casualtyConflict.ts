import { countsEqual, formatCount } from '../../parse/count';
import type { CasualtyReport } from '../../summary';
import { COUNT_KINDS } from '../../types';
import type { CorpusRule } from '../rule';
import { groupBy } from './groupBy';

export const casualtyConflict: CorpusRule = {
  id: 'casualty/conflict',
  check(documents, _env, report) {
    const reports = documents.flatMap((doc) => doc.casualties.filter((c) => c.event).map((casualty) => ({ file: doc.file, casualty })));
    for (const [event, group] of groupBy(reports, (entry) => entry.casualty.event!)) {
      for (const kind of COUNT_KINDS) {
        const counted = group.filter((entry) => entry.casualty.counts[kind]);
        const first = counted[0]?.casualty.counts[kind];
        if (!first || counted.every((entry) => countsEqual(entry.casualty.counts[kind]!, first))) continue;
        for (const entry of counted) {
          report({
            file: entry.file,
            range: entry.casualty.range,
            message: `Reports of \`${event}\` disagree on ${kind}: ${counted.map((other) => describe(other.casualty, kind)).join('; ')}.`,
            related: counted.filter((other) => other !== entry).map((other) => ({ file: other.file, range: other.casualty.range, message: describe(other.casualty, kind) })),
          });
        }
      }
    }
  },
};

function describe(casualty: CasualtyReport, kind: (typeof COUNT_KINDS)[number]): string {
  return `${kind} ${formatCount(casualty.counts[kind]!)}${casualty.source ? ` (${casualty.source})` : ''}`;
}
