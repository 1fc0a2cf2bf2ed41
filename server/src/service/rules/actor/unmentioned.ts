import type { DocumentRule } from '../rule';
import { removeFromListEdit } from '../frontMatterEdits';
import { bodyMentions } from './references';

export const actorUnmentioned: DocumentRule = {
  id: 'actor/unmentioned',
  check(context, report) {
    const items = context.fields?.get('actors')?.items;
    if (!items?.length) return;
    const mentioned = bodyMentions(context);
    items.forEach((item, index) => {
      if (typeof item.value !== 'string' || mentioned.has(item.value)) return;
      const entry = context.env.registry.byId.get(item.value);
      if (!entry) return;
      const edit = removeFromListEdit(context.doc, 'actors', index);
      report({
        span: item.span,
        message: `${entry.name} (\`${entry.id}\`) is listed in \`actors\` but the text never mentions it.`,
        fix: edit ? { title: `Remove \`${entry.id}\` from actors`, edits: [edit] } : undefined,
      });
    });
  },
};
