import { closest } from '../../text/closest';
import type { DocumentRule } from '../rule';
import { knownFields } from './schema';

export const frontMatterUnknownField: DocumentRule = {
  id: 'front-matter/unknown-field',
  check({ fields, env }, report) {
    if (!fields) return;
    const known = knownFields(env.config);
    for (const field of fields.values()) {
      if (known.includes(field.key)) continue;
      const suggestion = closest(field.key, known);
      report({
        span: field.keySpan,
        message: `Unknown front-matter field \`${field.key}\`${suggestion ? `; did you mean \`${suggestion}\`?` : '. Declare it under `frontMatter.fields` in corpus.yaml if the corpus needs it.'}`,
      });
    }
  },
};
