/**
 * Where a document names actors, worked out once from its reading and kept compactly for every document
 * of a corpus, so that references and mention counts need no parse tree of the documents they look through.
 */
import { actorReferences, bodyMentions, type ActorReference } from './rules/actor/references';
import type { DocumentContext } from './rules/rule';
import type { Range, Span } from './types';

/** Where an actor appears: its registry key, an id (front-matter, `id=`, `by=`, `against=`), or the prose. */
export type ActorPlace = 'registry' | ActorReference['where'] | 'mention' | 'variant';

/** A place of an actor in a document, by offsets. */
export interface ActorSpan {
  id: string;
  span: Span;
  place: ActorPlace;
}

/** A place of an actor in a document, by line and character. */
export interface PlacedActor {
  id: string;
  range: Range;
  place: ActorPlace;
}

/** Numbers stored per place in `DocumentActors.places`. */
const STRIDE = 6;
const KINDS: readonly ActorPlace[] = ['registry', 'front-matter', 'id', 'by', 'against', 'mention', 'variant'];

/** The actors a document names, in plain data that can cross a worker boundary. */
export interface DocumentActors {
  /** The distinct actor ids, in order of first place. */
  ids: string[];
  /**
   * Six numbers a place, in document order: index into `ids`, index into the kinds of place, then start
   * line, start character, end line and end character.
   */
  places: Int32Array;
  /** Indices into `ids` of the actors the body refers to: names, variants, :actor tags, known `by=`/`against=` ids. */
  mentioned: number[];
}

/** The actor ids and prose mentions of a document, in document order. */
export function actorSpans(context: DocumentContext): ActorSpan[] {
  const places: ActorSpan[] = [];
  for (const reference of actorReferences(context)) places.push({ id: reference.id, span: unquoted(context.doc.text, reference), place: reference.where });
  for (const mention of context.actors.mentions) places.push({ id: mention.actorId, span: mention, place: 'mention' });
  for (const variant of context.actors.variants) places.push({ id: variant.actorId, span: variant, place: 'variant' });
  return places.sort((a, b) => a.span.start - b.span.start);
}

/** Where the document of `context` names actors, compactly. */
export function documentActors(context: DocumentContext): DocumentActors {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const idIndex = (id: string) => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = ids.push(id) - 1;
      indexOf.set(id, index);
    }
    return index;
  };
  const spans = actorSpans(context);
  const places = new Int32Array(spans.length * STRIDE);
  spans.forEach(({ id, span, place }, i) => {
    const { start, end } = context.doc.lines.range(span);
    places.set([idIndex(id), KINDS.indexOf(place), start.line, start.character, end.line, end.character], i * STRIDE);
  });
  const mentioned = [...bodyMentions(context).keys()].map(idIndex);
  return { ids, places, mentioned };
}

/** The places of the actor `id`, in document order. */
export function placesOf(actors: DocumentActors, id: string): PlacedActor[] {
  const wanted = actors.ids.indexOf(id);
  if (wanted < 0) return [];
  const { places } = actors;
  const found: PlacedActor[] = [];
  for (let i = 0; i < places.length; i += STRIDE) {
    if (places[i] !== wanted) continue;
    found.push({
      id: actors.ids[places[i]],
      place: KINDS[places[i + 1]],
      range: { start: { line: places[i + 2], character: places[i + 3] }, end: { line: places[i + 4], character: places[i + 5] } },
    });
  }
  return found;
}

/** The ids of the actors the body refers to. */
export function mentionedIds(actors: DocumentActors): string[] {
  return actors.mentioned.map((index) => actors.ids[index]);
}

/** A front-matter id's span without the YAML quotes around it, when the id is written plainly inside them. */
function unquoted(text: string, reference: ActorReference): Span {
  const { start, end, id } = reference;
  const quote = text[start];
  const isQuoted = (quote === '"' || quote === "'") && text[end - 1] === quote && text.slice(start + 1, end - 1) === id;
  return isQuoted ? { start: start + 1, end: end - 1 } : { start, end };
}
