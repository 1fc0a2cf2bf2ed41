import { parseCount } from '../../parse/count';
import { COUNT_KINDS } from '../../types';
import type { DocumentRule } from '../rule';
import { checkTagAttributes } from '../tagAttributes';

const ALLOWED = [...COUNT_KINDS, 'source', 'date', 'event', 'by', 'against', 'place'];

export const casualtyInvalid: DocumentRule = {
  id: 'casualty/invalid',
  check({ doc, env }, report) {
    for (const tag of doc.tags.casualty) {
      checkTagAttributes(tag, ALLOWED, ['event'], env.today, report);
      const counts = tag.attributes.filter((attr) => (COUNT_KINDS as readonly string[]).includes(attr.key));
      if (counts.length === 0) {
        report({ span: tag.nameSpan, message: 'A :casualty tag needs at least one count: killed=, injured= or missing=.' });
      }
      for (const attr of counts) {
        if (parseCount(attr.value)) continue;
        report({
          span: attr.valueSpan.end > attr.valueSpan.start ? attr.valueSpan : attr.keySpan,
          message: `\`${attr.key}=${attr.value}\` is not a count: write digits without separators as N, N-M (N < M), N+ or ~N.`,
        });
      }
    }
  },
};
