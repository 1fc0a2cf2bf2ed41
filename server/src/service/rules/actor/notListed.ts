import type { DocumentRule } from '../rule';
import { addToListEdit } from '../frontMatterEdits';
import { bodyMentions } from './references';

export const actorNotListed: DocumentRule = {
  id: 'actor/not-listed',
  check(context, report) {
    const fields = context.fields;
    if (!fields) return;
    const listed = new Set((fields.get('actors')?.items ?? []).map((item) => item.value));
    for (const [id, span] of bodyMentions(context)) {
      if (listed.has(id)) continue;
      const name = context.env.registry.byId.get(id)?.name ?? id;
      const edit = addToListEdit(context.doc, 'actors', id);
      report({
        span,
        message: `${name} (\`${id}\`) is mentioned but not listed in the front-matter \`actors\`.`,
        fix: edit ? { title: `Add \`${id}\` to actors`, edits: [edit] } : undefined,
      });
    }
  },
};
