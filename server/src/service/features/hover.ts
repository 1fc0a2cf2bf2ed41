/**
 * Hover: on an actor, its registry card; on a :casualty or :event tag, what it states and every report of
 * its event across the corpus; on a front-matter key, what the field means.
 */
import type { Directive } from '../parse/markdown';
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorAt } from './actorAt';
import { actorCard } from './hover/actorCard';
import { documentsMentioning } from './hover/mentionCounts';
import { fieldHover } from './hover/fieldHover';
import { casualtyCard, eventCard } from './hover/tagCards';

export { actorCard } from './hover/actorCard';

export interface HoverCard {
  /** Markdown. */
  markdown: string;
  range: Range;
}

/** The card for `position`, the actor's before the tag's around it; undefined where there is nothing to show. */
export function hoverAt(workspace: CorpusWorkspace, file: string, position: Position): HoverCard | undefined {
  const doc = workspace.document(file);
  if (!doc || position.line < 0 || position.line >= doc.lines.lineCount) return undefined;
  const target = actorAt(workspace, file, position);
  const actor = target && workspace.registry.byId.get(target.id);
  if (actor) return { markdown: actorCard(actor, documentsMentioning(workspace, actor.id)), range: target.range };
  const offset = doc.lines.offsetAt(position);
  const tag = innermost([...doc.tags.casualty, ...doc.tags.event], offset);
  if (tag) {
    const markdown = tag.name === 'casualty' ? casualtyCard(workspace, doc, tag) : eventCard(workspace, doc, tag);
    return { markdown, range: doc.lines.range(tag) };
  }
  return fieldHover(workspace.config, doc, offset);
}

/** The tag holding `offset` that starts last: a tag inside another's label wins over the outer one. */
function innermost(tags: readonly Directive[], offset: number): Directive | undefined {
  let found: Directive | undefined;
  for (const tag of tags) if (tag.start <= offset && offset < tag.end && (!found || tag.start > found.start)) found = tag;
  return found;
}
