import { actorReferences } from '../rules/actor/references';
import type { Position, Range, Span } from '../types';
import type { CorpusWorkspace } from '../workspace';

/** An id at a position: an actor's as written or as matched (the registry may not know it), or an event's. */
export interface IdAtPosition {
  id: string;
  /** Where it is written. */
  range: Range;
}

/**
 * The actor at `position`: a name, short form or alias in the body, a variant of one, or an id in
 * front-matter `actors`, an :actor tag's `id=` or a tag's `by=`/`against=`.
 */
export function actorAt(workspace: CorpusWorkspace, file: string, position: Position): IdAtPosition | undefined {
  const context = workspace.context(file);
  if (!context) return undefined;
  const offset = context.doc.lines.offsetAt(position);
  const contains = (span: Span) => span.start <= offset && offset < span.end;
  const target = context.actors.mentions.find(contains) ?? context.actors.variants.find(contains) ?? actorReferences(context).find(contains);
  if (!target) return undefined;
  return { id: 'actorId' in target ? target.actorId : target.id, range: context.doc.lines.range(target) };
}
