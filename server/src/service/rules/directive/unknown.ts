import { closest } from '../../text/closest';
import type { DocumentRule } from '../rule';

const KNOWN = ['casualty', 'event', 'actor'];

export const directiveUnknown: DocumentRule = {
  id: 'directive/unknown',
  check({ doc }, report) {
    for (const tag of doc.tags.other) {
      const suggestion = closest(tag.name, KNOWN, 3);
      report({
        span: tag.nameSpan,
        message: `Unknown tag \`:${tag.name}\`${suggestion ? `; did you mean \`:${suggestion}\`?` : '. Tags are :casualty, :event and :actor.'}`,
        fix: suggestion ? { title: `Change to :${suggestion}`, edits: [{ ...tag.nameSpan, newText: suggestion }] } : undefined,
      });
    }
  },
};
