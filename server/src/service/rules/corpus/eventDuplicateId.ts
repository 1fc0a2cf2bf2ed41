import type { CorpusRule } from '../rule';
import { groupBy } from './groupBy';

export const eventDuplicateId: CorpusRule = {
  id: 'event/duplicate-id',
  check(documents, _env, report) {
    const declarations = documents.flatMap((doc) => doc.events.map((event) => ({ file: doc.file, event })));
    for (const [id, group] of groupBy(declarations, (entry) => entry.event.id)) {
      if (group.length < 2) continue;
      for (const entry of group) {
        report({
          file: entry.file,
          range: entry.event.range,
          message: `The event id \`${id}\` is declared by ${group.length} :event tags; declare it once and point other reports at it with event=${id}.`,
          related: group.filter((other) => other !== entry).map((other) => ({ file: other.file, range: other.event.range, message: 'also declares it' })),
        });
      }
    }
  },
};
