import { attribute } from '../../document';
import type { DocumentRule } from '../rule';
import { checkTagAttributes } from '../tagAttributes';

const ALLOWED = ['id', 'date', 'by', 'against', 'place'];

export const eventInvalid: DocumentRule = {
  id: 'event/invalid',
  check({ doc, env }, report) {
    for (const tag of doc.tags.event) {
      const missing = ['id', 'date'].filter((key) => !attribute(tag, key)?.trim());
      if (missing.length > 0) {
        report({ span: tag.nameSpan, message: `An :event tag needs ${missing.map((key) => `\`${key}=\``).join(' and ')}.` });
      }
      checkTagAttributes(tag, ALLOWED, ['id'], env.today, report);
    }
  },
};
