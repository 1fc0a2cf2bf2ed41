/** Go to definition: from an actor in a document to its entry in the registry. */
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorAt } from './actorAt';

export interface DefinitionLink {
  /** The actor as written in the document. */
  originRange: Range;
  /** The registry file, corpus-relative. */
  file: string;
  /** The actor's id in the registry. */
  range: Range;
}

export function definitionAt(workspace: CorpusWorkspace, file: string, position: Position): DefinitionLink | undefined {
  const target = actorAt(workspace, file, position);
  const definition = target && workspace.actorDefinition(target.id);
  return definition && { originRange: target.range, ...definition };
}
