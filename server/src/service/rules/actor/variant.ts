import type { ActorVariant } from '../../parse/actors/types';
import type { ActorEntry } from '../../types';
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

/**
 * Whether the variant lies inside one of its actor's accepted forms written as is, which the matcher could
 * not take whole for the punctuation at its ends: an avoided "?" inside the name "^start ?{o]u/ 3". Such a
 * variant is part of a name, and its fix, writing the name, would make the same variant again.
 */
function insideOwnForm(text: string, variant: ActorVariant, entry: ActorEntry | undefined): boolean {
  const length = variant.end - variant.start;
  for (const form of entry ? [entry.name, entry.short, ...entry.aliases] : []) {
    if (!form || form.length <= length) continue;
    const at = text.indexOf(form, Math.max(0, variant.end - form.length));
    if (at >= 0 && at <= variant.start) return true;
  }
  return false;
}

export const actorVariant: DocumentRule = {
  id: 'actor/variant',
  check(context, report) {
    for (const variant of context.actors.variants) {
      if (insideOwnForm(context.doc.text, variant, context.env.registry.byId.get(variant.actorId))) continue;
      report({
        span: variant,
        message: `"${variant.text}" ${REASONS[variant.reason]} ${formOf(variant)} (${variant.actorId}).`,
        fix: { title: `Write "${variant.canonical}"`, edits: [{ start: variant.start, end: variant.end, newText: variant.canonical }] },
      });
    }
  },
};
