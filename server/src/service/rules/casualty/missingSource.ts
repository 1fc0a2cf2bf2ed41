import { attribute } from '../../document';
import type { DocumentRule } from '../rule';

export const casualtyMissingSource: DocumentRule = {
  id: 'casualty/missing-source',
  check({ doc }, report) {
    for (const tag of doc.tags.casualty) {
      if (attribute(tag, 'source')?.trim()) continue;
      report({ span: tag, message: `"${tag.label}" gives no source: add source="…" to say who reported the figure.` });
    }
  },
};
