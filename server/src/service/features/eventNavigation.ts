/**
 * Go to definition and find references for event ids: from the `event=` of a :casualty tag or the `id=` of
 * an :event tag to the :event tags that declare the id and the :casualty tags that report it.
 */
import { findAttribute } from '../document';
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { corpusIndex } from './hover/corpusIndex';

export interface EventTarget {
  id: string;
  /** The id as written. */
  range: Range;
}

export interface TagLocation {
  /** Corpus-relative path with `/` separators. */
  file: string;
  /** The whole tag. */
  range: Range;
}

/** The event id at `position` in a document; a position just past its end still counts. */
export function eventTargetAt(workspace: CorpusWorkspace, file: string, position: Position): EventTarget | undefined {
  const context = workspace.context(file);
  if (!context) return undefined;
  const { doc } = context;
  const offset = doc.lines.offsetAt(position);
  const named = [
    ...doc.tags.casualty.map((tag) => findAttribute(tag, 'event')),
    ...doc.tags.event.map((tag) => findAttribute(tag, 'id')),
  ];
  for (const attribute of named) {
    if (!attribute?.value) continue;
    const { start, end } = attribute.valueSpan;
    if (start <= offset && offset <= end) return { id: attribute.value, range: doc.lines.range(attribute.valueSpan) };
  }
  return undefined;
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
