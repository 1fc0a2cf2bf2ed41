import type { DocumentRule } from '../rule';
import { isEmptyValue } from './schema';

export const frontMatterRequired: DocumentRule = {
  id: 'front-matter/required',
  check({ doc, fields, env }, report) {
    if (!fields || !doc.frontMatter) return;
    for (const key of env.config.required) {
      const field = fields.get(key);
      if (!field) report({ span: doc.frontMatter.openFence, message: `The required field \`${key}\` is missing from the front-matter.` });
      else if (isEmptyValue(field.value)) report({ span: field.keySpan, message: `The required field \`${key}\` is empty.` });
    }
  },
};
