/**
 * Go to definition, find references and rename for event ids: from the `event=` of a :casualty tag or the
 * `id=` of an :event tag to the :event tags that declare the id and the :casualty tags that report it.
 */
import { findAttribute, type ParsedDocument } from '../document';
import type { Attribute } from '../parse/markdown';
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import type { IdAtPosition } from './actorAt';
import { corpusIndex } from './hover/corpusIndex';

export interface TagLocation {
  /** Corpus-relative path with `/` separators. */
  file: string;
  /** The whole tag. */
  range: Range;
}

/** The event id at `position` in a document; a position just past its end still counts. */
export function eventTargetAt(workspace: CorpusWorkspace, file: string, position: Position): IdAtPosition | undefined {
  const doc = workspace.document(file);
  if (!doc) return undefined;
  const offset = doc.lines.offsetAt(position);
  const found = eventIdAttributes(doc).find(({ valueSpan }) => valueSpan.start <= offset && offset <= valueSpan.end);
  return found && { id: found.value, range: doc.lines.range(found.valueSpan) };
}

/** Each place in the corpus where `id` is written as an event id, by file: what renaming it changes. */
export function eventIdPlaces(workspace: CorpusWorkspace, id: string): { file: string; ranges: Range[] }[] {
  const tags = corpusIndex(workspace).events.get(id);
  const files = new Set([...(tags?.declarations ?? []), ...(tags?.reports ?? [])].map(({ file }) => file));
  return [...files].flatMap((file) => {
    const doc = workspace.document(file);
    const ranges = doc ? eventIdAttributes(doc).filter(({ value }) => value === id).map(({ valueSpan }) => doc.lines.range(valueSpan)) : [];
    return ranges.length > 0 ? [{ file, ranges }] : [];
  });
}

/** The `event=` of each :casualty tag and the `id=` of each :event tag, where given a value. */
function eventIdAttributes(doc: ParsedDocument): Attribute[] {
  const named = [...doc.tags.casualty.map((tag) => findAttribute(tag, 'event')), ...doc.tags.event.map((tag) => findAttribute(tag, 'id'))];
  return named.filter((attribute): attribute is Attribute => attribute !== undefined && attribute.value !== '');
}

/** The :event tags that declare `id`, in corpus order. */
export function eventDeclarations(workspace: CorpusWorkspace, id: string): TagLocation[] {
  return (corpusIndex(workspace).events.get(id)?.declarations ?? []).map(({ file, event }) => ({ file, range: event.range }));
}

/** The tags that name the event id at `position`, or undefined where there is none. */
export function eventReferencesAt(workspace: CorpusWorkspace, file: string, position: Position, includeDeclaration: boolean): TagLocation[] | undefined {
  const target = eventTargetAt(workspace, file, position);
  return target && eventReferences(workspace, target.id, includeDeclaration);
}

/** The :casualty tags that report `id`, after the tags that declare it when asked for, each in corpus order. */
function eventReferences(workspace: CorpusWorkspace, id: string, includeDeclaration: boolean): TagLocation[] {
  const reports = (corpusIndex(workspace).events.get(id)?.reports ?? []).map(({ file, casualty }) => ({ file, range: casualty.range }));
  return includeDeclaration ? [...eventDeclarations(workspace, id), ...reports] : reports;
}
