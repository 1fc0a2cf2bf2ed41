import type { ActorVariant } from '../../parse/actors/types';
import type { DocumentRule } from '../rule';

const REASONS = {
  folded: 'is written differently from',
  avoid: 'is a form to avoid for',
  edit: 'looks like a misspelling of',
} as const;

/** The form a variant is like, and the actor's name when that is another: "Mullah Baradar", a form of "Abdul Ghani Baradar". */
function formOf({ near, canonical, reason }: ActorVariant): string {
  return reason === 'avoid' || near === canonical ? `"${canonical}"` : `"${near}", a form of "${canonical}"`;
}

export const actorVariant: DocumentRule = {
  id: 'actor/variant',
  check(context, report) {
    for (const variant of context.actors.variants) {
      report({
        span: variant,
        message: `"${variant.text}" ${REASONS[variant.reason]} ${formOf(variant)} (${variant.actorId}).`,
        fix: { title: `Write "${variant.canonical}"`, edits: [{ start: variant.start, end: variant.end, newText: variant.canonical }] },
      });
    }
  },
};
