/**
 * References of an actor across the corpus (its registry key, every id that names it, every prose mention),
 * or of an event id (eventNavigation.ts).
 */
import { actorSpans, placesOf, type ActorPlace } from '../actorPlaces';
import type { Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { eventReferencesAt, type TagLocation } from './eventNavigation';

export interface ActorLocation {
  /** Corpus-relative path with `/` separators. */
  file: string;
  range: Range;
  place: ActorPlace;
}

/** The actor at a position: what is written there, and which actor it names. */
export interface ActorTarget extends ActorLocation {
  id: string;
}

/** The references of the actor or event id at `position`; undefined where there is neither. */
export function referencesAt(workspace: CorpusWorkspace, file: string, position: Position, includeDeclaration: boolean): (ActorLocation | TagLocation)[] | undefined {
  return actorReferencesAt(workspace, file, position, includeDeclaration) ?? eventReferencesAt(workspace, file, position, includeDeclaration);
}

/** Every place of the actor at `position` (a document or the registry file); undefined where there is none. */
export function actorReferencesAt(workspace: CorpusWorkspace, file: string, position: Position, includeDeclaration: boolean): ActorLocation[] | undefined {
  const target = actorTargetAt(workspace, file, position);
  return target && actorOccurrences(workspace, target.id, includeDeclaration);
}

/**
 * The actor at `position`: in a document, a prose mention or variant, or an id; in the registry file, an
 * entry's key. A position just past the end of one still counts, as an editor's cursor rests there.
 */
export function actorTargetAt(workspace: CorpusWorkspace, file: string, position: Position): ActorTarget | undefined {
  if (isRegistryFile(workspace, file)) return registryKeyAt(workspace, position);
  const context = workspace.context(file);
  if (!context) return undefined;
  const offset = context.doc.lines.offsetAt(position);
  const places = actorSpans(context);
  const found = places.find(({ span }) => span.start <= offset && offset < span.end) ?? places.find(({ span }) => span.end === offset);
  return found && { id: found.id, file, range: context.doc.lines.range(found.span), place: found.place };
}

/**
 * The registry definition (when asked for), then each document's places of the actor in order. Read from
 * what the workspace keeps of every document, so no document is parsed again.
 */
export function actorOccurrences(workspace: CorpusWorkspace, id: string, includeDeclaration: boolean): ActorLocation[] {
  const locations: ActorLocation[] = [];
  const definition = includeDeclaration ? workspace.actorDefinition(id) : undefined;
  if (definition) locations.push({ file: registryFile(workspace), range: definition.range, place: 'registry' });
  for (const file of workspace.files()) {
    const actors = workspace.actors(file);
    if (!actors) continue;
    for (const { range, place } of placesOf(actors, id)) locations.push({ file, range, place });
  }
  return locations;
}

/** The registry file as the documents' paths are written: corpus-relative, `./` and `a/../` resolved. */
export function registryFile(workspace: CorpusWorkspace): string {
  const parts: string[] = [];
  for (const part of workspace.config.actors.split('/')) {
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function isRegistryFile(workspace: CorpusWorkspace, file: string): boolean {
  return file === registryFile(workspace);
}

function registryKeyAt(workspace: CorpusWorkspace, position: Position): ActorTarget | undefined {
  const file = registryFile(workspace);
  for (const id of workspace.registry.definitions.keys()) {
    const range = workspace.actorDefinition(id)?.range;
    if (range && contains(range, position)) return { id, file, range, place: 'registry' };
  }
  return undefined;
}

/** Whether `position` is in `range` or just past its end. */
function contains(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}
