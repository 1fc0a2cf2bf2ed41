import { countsEqual, formatCount } from '../../parse/count';
import { labelCounts } from '../../parse/numbers/labelCounts';
import { taggedCounts, type TaggedCount } from '../../summary';
import type { Count } from '../../types';
import type { DocumentRule } from '../rule';

// Written with plain loops, and with lists that are never empty: this check runs on every tag, and lists
// that are sometimes empty and sometimes not made the engine compile it again and again while warming up.
export const casualtyMismatch: DocumentRule = {
  id: 'casualty/mismatch',
  check({ doc }, report) {
    for (const tag of doc.tags.casualty) {
      const counts = taggedCounts(tag);
      const figures = counts && figuresOf(tag.label);
      if (!counts || !figures || agree(figures, counts)) continue;
      const said = figures.map(formatCount).join(', ');
      const tagged = counts.map(({ attribute, count }) => `${attribute.key}=${formatCount(count)}`).join(' ');
      const single = figures.length === 1 && counts.length === 1 ? counts[0].attribute : undefined;
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

/** The counts the label reads (labelCounts.ts); undefined for none. */
function figuresOf(label: string): Count[] | undefined {
  const counts = labelCounts(label);
  return counts.length > 0 ? counts : undefined;
}

/** Every figure of the label matches a count, or exact figures add up to the one count. */
function agree(figures: readonly Count[], counts: readonly TaggedCount[]): boolean {
  let everyMatched = true;
  for (const figure of figures) everyMatched &&= counts.some(({ count }) => countsEqual(figure, count));
  if (everyMatched) return true;
  if (counts.length !== 1 || counts[0].count.kind !== 'exact') return false;
  let total = 0;
  for (const figure of figures) {
    if (figure.kind !== 'exact') return false;
    total += figure.low;
  }
  return counts[0].count.low === total;
}
