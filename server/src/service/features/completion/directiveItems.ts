/** Completion of a tag name after `:`, where a tag may start (spec section 3). */
import type { ParsedDocument } from '../../document';
import { TAGS } from './tagSchema';
import type { CompletionEntry } from './types';

const isNameChar = (char: string | undefined) => char !== undefined && /[A-Za-z0-9_-]/.test(char);

/**
 * The tag names, when the cursor is on a name being written after a `:` in body text. The `:` must not
 * follow a letter, digit, `:` or `\`: news text writes `10:30` and `Note:`, and `\:` is an escaped colon.
 * Undefined elsewhere.
 */
export function directiveItems(doc: ParsedDocument, offset: number): CompletionEntry[] | undefined {
  const text = doc.text;
  let start = offset;
  while (start > doc.bodyStart && isNameChar(text[start - 1])) start--;
  const colon = start - 1;
  if (colon < doc.bodyStart || text[colon] !== ':') return undefined;
  if (start < offset && !/[A-Za-z]/.test(text[start])) return undefined;
  if (colon > 0 && /[A-Za-z0-9:\\]/.test(text[colon - 1])) return undefined;
  if (doc.body.excluded.some((span) => span.start <= colon && colon < span.end)) return undefined;
  let end = offset;
  while (isNameChar(text[end])) end++;
  const hasLabel = text[end] === '[';
  const range = doc.lines.range({ start, end });
  return TAGS.map((tag) => {
    const attributes = tag.attributes.map((attribute) => `\`${attribute.name}\`${attribute.required ? ' (required)' : ''}`).join(', ');
    const entry: CompletionEntry = {
      label: tag.name,
      kind: 'directive',
      detail: `:${tag.name}[label]{…}`,
      documentation: `${tag.meaning}\n\nAttributes: ${attributes}.`,
      range,
      newText: hasLabel ? tag.name : `${tag.name}[]`,
    };
    if (!hasLabel) entry.snippet = tag.snippet;
    return entry;
  });
}
