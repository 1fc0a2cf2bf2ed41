import type { CorpusRule } from '../rule';

/** `duplicate_of` must name another document of the corpus (front-matter/type, checked corpus-wide). */
export const duplicateOfTarget: CorpusRule = {
  id: 'front-matter/type',
  check(documents, _env, report) {
    const ids = new Set(documents.map((doc) => doc.id?.value).filter((id): id is string => Boolean(id)));
    for (const doc of documents) {
      const target = doc.duplicateOf;
      if (!target) continue;
      if (target.value === doc.id?.value) report({ file: doc.file, range: target.range, message: '`duplicate_of` names this document itself.' });
      else if (!ids.has(target.value)) report({ file: doc.file, range: target.range, message: `\`duplicate_of\` names \`${target.value}\`, which is no document of the corpus.` });
    }
  },
};
