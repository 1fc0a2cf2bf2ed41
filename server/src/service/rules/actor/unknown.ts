import { closest } from '../../text/closest';
import type { DocumentRule } from '../rule';
import { actorReferences } from './references';

export const actorUnknown: DocumentRule = {
  id: 'actor/unknown',
  check(context, report) {
    const { byId } = context.env.registry;
    for (const reference of actorReferences(context)) {
      if (byId.has(reference.id)) continue;
      const suggestion = closest(reference.id, byId.keys());
      report({
        span: reference,
        message: `\`${reference.id}\` is not an actor of the registry${suggestion ? `; did you mean \`${suggestion}\`?` : '.'}`,
        fix: suggestion ? { title: `Change to \`${suggestion}\``, edits: [{ start: reference.start, end: reference.end, newText: suggestion }] } : undefined,
      });
    }
  },
};
