/** Known values of one tag attribute: actor and event ids, sources and places seen in the corpus, a count read from the label. */
import type { ParsedDocument } from '../../document';
import { formatCount } from '../../parse/count';
import { labelCounts } from '../../parse/numbers/labelCounts';
import type { Count } from '../../types';
import type { CorpusWorkspace } from '../../workspace';
import { corpusIndex, type CorpusIndex, type EventReports } from '../hover/corpusIndex';
import { plural } from '../hover/markdown';
import { actorItems } from './actorItems';
import type { AttributeCursor } from './attributeCursor';
import type { ValueKind } from './tagSchema';
import type { CompletionEntry } from './types';

/** Values seen in the corpus are offered most frequent first, at most this many. */
const MAX_SEEN_VALUES = 100;

export function valueItems(workspace: CorpusWorkspace, doc: ParsedDocument, kind: ValueKind, cursor: AttributeCursor): CompletionEntry[] {
  const range = doc.lines.range(cursor.span);
  const item = (label: string, detail: string): CompletionEntry => ({ label, kind: 'value', detail, range, newText: label });
  switch (kind) {
    case 'actor':
      return actorItems(workspace.registry, range, new Set());
    case 'event':
      return eventItems(workspace, range);
    case 'new-id':
      return undeclaredEvents(workspace).map((id) => item(id, 'event reported by :casualty tags, not yet declared'));
    case 'count':
      return countChoices(labelCounts(cursor.label)).map(([count, detail]) => item(count, detail));
    case 'date': {
      const published = doc.frontMatter?.fields?.get('published')?.value;
      return typeof published === 'string' ? [item(published, "the document's published date")] : [];
    }
    case 'text':
      return seenValues(workspace, doc, cursor).map(([value, count]) => ({ ...item(value, `given in ${plural(count, 'tag')}`), newText: quoteIfNeeded(value, cursor) }));
  }
  return [];
}

/** The label's counts, after their sum when it lists several exact ones ("12 soldiers and 3 civilians": 15, 12, 3). */
function countChoices(counts: readonly Count[]): [count: string, detail: string][] {
  const choices = new Map(counts.map((count) => [formatCount(count), 'read from the label']));
  if (counts.length < 2 || counts.some((count) => count.kind !== 'exact')) return [...choices];
  const total = String(counts.reduce((sum, count) => sum + count.low, 0));
  choices.delete(total);
  return [[total, 'the sum of the counts in the label'], ...choices];
}

type EventChoice = Omit<CompletionEntry, 'range'> & { sortText: string };

/** The event items, built once per state of the index: a large corpus has thousands of events. */
const eventChoices = new WeakMap<CorpusIndex, { version: number; choices: EventChoice[] }>();

function eventItems(workspace: CorpusWorkspace, range: CompletionEntry['range']): CompletionEntry[] {
  const index = corpusIndex(workspace);
  let cached = eventChoices.get(index);
  if (cached?.version !== index.version) {
    const choices = [...index.events].map(([id, reports]) => eventChoice(id, reports)).sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    cached = { version: index.version, choices };
    eventChoices.set(index, cached);
  }
  return cached.choices.map((choice) => ({ ...choice, range }));
}

/** Declared events sort first, each group by id. */
function eventChoice(id: string, { declarations, reports }: EventReports): EventChoice {
  const declared = declarations[0]?.event;
  const detail = declared ? [declared.label.replace(/\s+/g, ' ').trim(), declared.date].filter(Boolean).join(' · ') : 'not declared by an :event tag';
  const documents = new Set([...declarations, ...reports].map((placed) => placed.file)).size;
  return {
    label: id,
    kind: 'event',
    detail,
    documentation: `${plural(reports.length, 'casualty report')} in ${plural(documents, 'document')}`,
    newText: id,
    sortText: `${declared ? 0 : 1}${id}`,
  };
}

function undeclaredEvents(workspace: CorpusWorkspace): string[] {
  return [...corpusIndex(workspace).events].filter(([, reports]) => reports.declarations.length === 0).map(([id]) => id);
}

function seenValues(workspace: CorpusWorkspace, doc: ParsedDocument, cursor: AttributeCursor): [string, number][] {
  const index = corpusIndex(workspace);
  const seen = cursor.current?.key === 'place' ? index.places : index.sources;
  const quote = cursor.current?.quoted ? doc.text[cursor.span.start - 1] : undefined;
  const typed = doc.text.slice(cursor.span.start, cursor.span.end);
  return [...seen]
    .filter(([value]) => value.trim() !== '' && value !== typed && !(quote && value.includes(quote)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SEEN_VALUES);
}

/** An unquoted value ends at a space: a value with one is inserted in quotes. */
function quoteIfNeeded(value: string, cursor: AttributeCursor): string {
  if (cursor.current?.quoted || !/[\s"'<=>`}]/.test(value)) return value;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}
