/** Go to definition: from an actor in a document to its entry in the registry; from an event id to its :event tag. */
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorAt } from './actorAt';
import { eventDeclarations, eventTargetAt } from './eventNavigation';

export interface DefinitionLink {
  /** The actor or event id as written in the document. */
  originRange: Range;
  /** The registry file or the declaring document, corpus-relative. */
  file: string;
  /** The actor's id in the registry, or the :event tag that declares the event (the first, if several do). */
  range: Range;
}

export function definitionAt(workspace: CorpusWorkspace, file: string, position: Position): DefinitionLink | undefined {
  const actor = actorAt(workspace, file, position);
  if (actor) {
    const definition = workspace.actorDefinition(actor.id);
    return definition && { originRange: actor.range, ...definition };
  }
  const event = eventTargetAt(workspace, file, position);
  const [declaration] = event ? eventDeclarations(workspace, event.id) : [];
  return declaration && { originRange: event!.range, ...declaration };
}
