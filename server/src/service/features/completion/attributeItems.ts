/** Completion inside a tag's `{...}`: the attribute names it takes, and the known values of each. */
import type { ParsedDocument } from '../../document';
import type { Span } from '../../types';
import type { CorpusWorkspace } from '../../workspace';
import { actorItems } from './actorItems';
import type { AttributeCursor } from './attributeCursor';
import { tagDoc, type AttributeDoc } from './tagSchema';
import type { CompletionEntry } from './types';
import { valueItems } from './valueItems';

export function attributeItems(workspace: CorpusWorkspace, doc: ParsedDocument, cursor: AttributeCursor, offset: number): CompletionEntry[] {
  const tag = tagDoc(cursor.tag);
  if (!tag) return [];
  if (cursor.part === 'name') return nameItems(doc, cursor, tag.attributes);
  const attribute = tag.attributes.find((candidate) => candidate.name === cursor.current?.key);
  if (!attribute) return [];
  if (attribute.value === 'actors') return actorListItems(workspace, doc, cursor.span, offset);
  return valueItems(workspace, doc, attribute.value, cursor);
}

function nameItems(doc: ParsedDocument, cursor: AttributeCursor, attributes: readonly AttributeDoc[]): CompletionEntry[] {
  const present = new Set(cursor.attributes.filter((attribute) => attribute !== cursor.current).map((attribute) => attribute.key));
  const range = doc.lines.range(cursor.span);
  const hasValue = cursor.current?.valueSpan !== undefined;
  return attributes
    .filter((attribute) => !present.has(attribute.name))
    .map((attribute, index) => {
      const quoted = attribute.value === 'text';
      const entry: CompletionEntry = {
        label: attribute.name,
        kind: 'attribute',
        detail: `${VALUE_NAMES[attribute.value]}${attribute.required ? ' · required' : ''}`,
        documentation: attribute.meaning,
        range,
        newText: hasValue ? attribute.name : `${attribute.name}=${quoted ? '""' : ''}`,
        sortText: `${attribute.required ? 0 : 1}${String(index).padStart(2, '0')}`,
      };
      if (!hasValue) entry.snippet = quoted ? `${attribute.name}="$1"` : `${attribute.name}=$1`;
      return entry;
    });
}

const VALUE_NAMES: Record<AttributeDoc['value'], string> = {
  count: 'count',
  text: 'text',
  date: 'date',
  event: 'event id',
  actors: 'actor ids',
  actor: 'actor id',
  'new-id': 'new event id',
};

/** One id of a comma-separated `by=`/`against=` list: the others already written are not offered again. */
function actorListItems(workspace: CorpusWorkspace, doc: ParsedDocument, value: Span, offset: number): CompletionEntry[] {
  const text = doc.text;
  let start = offset;
  while (start > value.start && text[start - 1] !== ',' && text[start - 1] !== ' ') start--;
  let end = offset;
  while (end < value.end && text[end] !== ',' && text[end] !== ' ') end++;
  const others = text.slice(value.start, start) + text.slice(end, value.end);
  const written = new Set(others.split(/[,\s]+/).filter(Boolean));
  return actorItems(workspace.registry, doc.lines.range({ start, end }), written);
}
