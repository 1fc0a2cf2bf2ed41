import { countsEqual, formatCount } from '../../parse/count';
import { readFigures } from '../../parse/numberReading';
import { countsOf } from '../../summary';
import type { Count, CountKind } from '../../types';
import type { DocumentRule } from '../rule';

export const casualtyMismatch: DocumentRule = {
  id: 'casualty/mismatch',
  check({ doc }, report) {
    for (const tag of doc.tags.casualty) {
      const figures = readFigures(tag.label).map((figure) => figure.count);
      const counts = Object.entries(countsOf(tag)) as [CountKind, Count][];
      if (figures.length === 0 || counts.length === 0 || agree(figures, counts.map(([, count]) => count))) continue;
      const said = figures.map(formatCount).join(', ');
      const tagged = counts.map(([kind, count]) => `${kind}=${formatCount(count)}`).join(' ');
      const single = figures.length === 1 && counts.length === 1 ? tag.attributes.find((attr) => attr.key === counts[0][0]) : undefined;
      report({
        span: tag.labelSpan,
        message: `The label reads ${said} but the tag says ${tagged}.`,
        fix: single
          ? { title: `Set ${single.key}=${formatCount(figures[0])}`, edits: [{ ...single.valueSpan, newText: formatCount(figures[0]) }] }
          : undefined,
      });
    }
  },
};

/** Every figure of the label matches a count, or exact figures add up to the one count. */
function agree(figures: Count[], counts: Count[]): boolean {
  if (figures.every((figure) => counts.some((count) => countsEqual(figure, count)))) return true;
  if (counts.length !== 1 || figures.some((figure) => figure.kind !== 'exact')) return false;
  const total = figures.reduce((sum, figure) => sum + figure.low, 0);
  return counts[0].kind === 'exact' && counts[0].low === total;
}
