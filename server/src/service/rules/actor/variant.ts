import type { DocumentRule } from '../rule';

const REASONS = {
  folded: 'is written differently from',
  avoid: 'is a form to avoid for',
  edit: 'looks like a misspelling of',
} as const;

export const actorVariant: DocumentRule = {
  id: 'actor/variant',
  check(context, report) {
    for (const variant of context.actors.variants) {
      report({
        span: variant,
        message: `"${variant.text}" ${REASONS[variant.reason]} "${variant.canonical}" (${variant.actorId}).`,
        fix: { title: `Write "${variant.canonical}"`, edits: [{ start: variant.start, end: variant.end, newText: variant.canonical }] },
      });
    }
  },
};
