import type { CorpusRule } from '../rule';
import { groupBy } from './groupBy';

export const corpusDuplicateId: CorpusRule = {
  id: 'corpus/duplicate-id',
  check(documents, _env, report) {
    const byId = groupBy(documents.filter((doc) => doc.id), (doc) => doc.id!.value);
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      for (const doc of group) {
        report({
          file: doc.file,
          range: doc.id!.range,
          message: `The id \`${id}\` is used by ${group.length} documents; ids must be unique.`,
          related: group.filter((other) => other !== doc).map((other) => ({ file: other.file, range: other.id!.range, message: 'also uses this id' })),
        });
      }
    }
  },
};
