import { formatCount } from '../../parse/count';
import type { DocumentRule } from '../rule';

export const casualtyUntagged: DocumentRule = {
  id: 'casualty/untagged',
  check(context, report) {
    for (const figure of context.untaggedFigures) {
      const text = context.text(figure);
      const tag = `:casualty[${text}]{${figure.kind}=${formatCount(figure.count)}}`;
      report({
        span: figure,
        message: `"${text}" is a casualty figure (${figure.kind} ${formatCount(figure.count)}) with no :casualty tag.`,
        fix: { title: 'Tag the figure', edits: [{ start: figure.start, end: figure.end, newText: tag }] },
      });
    }
  },
};
