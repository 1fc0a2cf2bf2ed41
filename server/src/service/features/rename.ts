/**
 * Rename an actor id (its registry key, every front-matter `actors` list and every tag attribute that names
 * it) or an event id (every :event `id=` and :casualty `event=` that names it).
 */
import { ACTOR_ID } from '../registry';
import type { Position, Range, TextEdit } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { eventIdPlaces, eventTargetAt } from './eventNavigation';
import { corpusIndex } from './hover/corpusIndex';
import { actorOccurrences, actorTargetAt, type ActorTarget } from './references';

/** A request the rename cannot carry out, with the reason to show. */
export interface RenameRefusal {
  error: string;
}

export interface RenameTarget {
  /** The id as written, without quotes. */
  range: Range;
  placeholder: string;
}

export interface FileEdits {
  /** Corpus-relative path with `/` separators; the registry file as well as documents. */
  file: string;
  edits: TextEdit[];
}

/**
 * What a rename at `position` would change; undefined where there is no actor or event id, a refusal for a
 * prose name or an unknown actor id.
 */
export function prepareRename(workspace: CorpusWorkspace, file: string, position: Position): RenameTarget | RenameRefusal | undefined {
  const target = actorTargetAt(workspace, file, position);
  if (target) return refuseTarget(workspace, target) ?? { range: target.range, placeholder: target.id };
  const event = eventTargetAt(workspace, file, position);
  return event && { range: event.range, placeholder: event.id };
}

/** The edits, file by file, that rename the actor or event id at `position` to `newId`. */
export function renameAt(workspace: CorpusWorkspace, file: string, position: Position, newId: string): FileEdits[] | RenameRefusal | undefined {
  const target = actorTargetAt(workspace, file, position);
  if (target) return renameActor(workspace, target, newId);
  const event = eventTargetAt(workspace, file, position);
  return event && renameEvent(workspace, event.id, newId);
}

function renameEvent(workspace: CorpusWorkspace, oldId: string, newId: string): FileEdits[] | RenameRefusal {
  if (!ACTOR_ID.test(newId)) return { error: `\`${newId}\` is not a valid event id: use lower-case letters, digits and hyphens, starting with a letter or digit.` };
  if (newId === oldId) return [];
  if (corpusIndex(workspace).events.has(newId)) return { error: `\`${newId}\` is already the id of another event; renaming would merge the two.` };
  return eventIdPlaces(workspace, oldId).map(({ file, ranges }) => ({ file, edits: ranges.map((range) => ({ range, newText: newId })) }));
}

function renameActor(workspace: CorpusWorkspace, target: ActorTarget, newId: string): FileEdits[] | RenameRefusal {
  const refusal = refuseTarget(workspace, target) ?? refuseId(workspace, target.id, newId);
  if (refusal) return refusal;
  if (newId === target.id) return [];
  const byFile = new Map<string, TextEdit[]>();
  for (const location of actorOccurrences(workspace, target.id, true)) {
    if (location.place === 'mention' || location.place === 'variant') continue;
    const edits = byFile.get(location.file) ?? [];
    edits.push({ range: location.range, newText: newId });
    byFile.set(location.file, edits);
  }
  return [...byFile].map(([path, edits]) => ({ file: path, edits }));
}

function refuseTarget(workspace: CorpusWorkspace, target: ActorTarget): RenameRefusal | undefined {
  if (target.place === 'mention' || target.place === 'variant') {
    return { error: `This is a name in the text, not an actor id; renaming an id leaves the text as written. Rename \`${target.id}\` from its id in the front-matter, a tag or ${workspace.config.actors}.` };
  }
  if (!workspace.registry.byId.has(target.id)) return { error: `\`${target.id}\` is not an actor of the registry, so there is no actor to rename.` };
  return undefined;
}

function refuseId(workspace: CorpusWorkspace, oldId: string, newId: string): RenameRefusal | undefined {
  if (!ACTOR_ID.test(newId)) return { error: `\`${newId}\` is not a valid actor id: use lower-case letters, digits and hyphens, starting with a letter or digit.` };
  if (newId !== oldId && workspace.registry.definitions.has(newId)) return { error: `\`${newId}\` is already the id of another actor in the registry.` };
  return undefined;
}
