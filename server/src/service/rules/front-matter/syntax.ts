import type { DocumentRule } from '../rule';

export const frontMatterSyntax: DocumentRule = {
  id: 'front-matter/syntax',
  check({ doc }, report) {
    const frontMatter = doc.frontMatter;
    if (!frontMatter) return;
    for (const problem of frontMatter.problems) report({ span: problem.span, message: problem.message });
  },
};
