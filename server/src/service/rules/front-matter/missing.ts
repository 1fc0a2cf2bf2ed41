import type { DocumentRule } from '../rule';

export const frontMatterMissing: DocumentRule = {
  id: 'front-matter/missing',
  check({ doc }, report) {
    if (doc.frontMatter) return;
    report({
      span: { start: 0, end: doc.lines.lineEnd(0) },
      message: 'This document has no front-matter: it must begin with a `---` line, its YAML fields (id, title, published, source), and a closing `---`.',
    });
  },
};
