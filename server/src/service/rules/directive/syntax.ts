import type { DocumentRule } from '../rule';

export const directiveSyntax: DocumentRule = {
  id: 'directive/syntax',
  check({ doc }, report) {
    for (const error of doc.body.directiveErrors) report({ span: error, message: error.message });
  },
};
