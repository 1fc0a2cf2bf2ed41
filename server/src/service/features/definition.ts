/**
 * Go to definition: from an actor in a document to its entry in the registry; from an event id to its
 * :event tag; from front-matter `duplicate_of` to the document with that id.
 */
import { documentRange } from '../summary';
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorAt } from './actorAt';
import { eventDeclarations, eventTargetAt } from './eventNavigation';
import { corpusIndex } from './hover/corpusIndex';

export interface DefinitionLink {
  /** The actor, event or document id as written in the document. */
  originRange: Range;
  /** The registry file or the declaring document, corpus-relative. */
  file: string;
  /** The actor's id in the registry, the :event tag that declares the event (the first, if several do) or the document's `id`. */
  range: Range;
}

export function definitionAt(workspace: CorpusWorkspace, file: string, position: Position): DefinitionLink | undefined {
  const actor = actorAt(workspace, file, position);
  if (actor) {
    const definition = workspace.actorDefinition(actor.id);
    return definition && { originRange: actor.range, ...definition };
  }
  const event = eventTargetAt(workspace, file, position);
  if (event) {
    const [declaration] = eventDeclarations(workspace, event.id);
    return declaration && { originRange: event.range, ...declaration };
  }
  return duplicateOfDefinition(workspace, file, position);
}

/** From the `duplicate_of` value at `position` to the `id` of the document it names (the first, if several have it). */
function duplicateOfDefinition(workspace: CorpusWorkspace, file: string, position: Position): DefinitionLink | undefined {
  const doc = workspace.document(file);
  const field = doc?.frontMatter?.fields?.get('duplicate_of');
  if (!doc || !field || typeof field.value !== 'string') return undefined;
  const offset = doc.lines.offsetAt(position);
  if (offset < field.valueSpan.start || offset > field.valueSpan.end) return undefined;
  const [target] = corpusIndex(workspace).documents.get(field.value) ?? [];
  const summary = target === undefined ? undefined : workspace.summary(target);
  return summary && { originRange: doc.lines.range(field.valueSpan), file: target, range: documentRange(summary) };
}
