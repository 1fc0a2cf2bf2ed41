import { idList } from '../../document';
import type { Directive } from '../../parse/markdown';
import type { Span } from '../../types';
import type { DocumentContext } from '../rule';

export interface ActorReference extends Span {
  id: string;
  /** Where the id is written: front-matter `actors`, or an attribute of a tag. */
  where: 'front-matter' | 'id' | 'by' | 'against';
}

/** Every actor id the document writes: front-matter `actors`, :actor `id=`, and `by=`/`against=` of tags. */
export function actorReferences(context: DocumentContext): ActorReference[] {
  return context.memo('actorReferences', collectReferences);
}

function collectReferences(context: DocumentContext): ActorReference[] {
  const references: ActorReference[] = [];
  for (const item of context.fields?.get('actors')?.items ?? []) {
    if (typeof item.value === 'string') references.push({ id: item.value, where: 'front-matter', start: item.span.start, end: item.span.end });
  }
  const { tags } = context.doc;
  // The attribute's key is also where the id is written.
  const add = (tag: Directive, key: 'id' | 'by' | 'against') => {
    for (const { id, start, end } of idList(tag, key)) references.push({ id, where: key, start, end });
  };
  for (const tag of tags.actor) add(tag, 'id');
  for (const group of [tags.casualty, tags.event]) {
    for (const tag of group) {
      add(tag, 'by');
      add(tag, 'against');
    }
  }
  return references.sort((a, b) => a.start - b.start);
}

/** Where the body refers to each actor, first place first: names, variants, :actor tags, by/against. */
export function bodyMentions(context: DocumentContext): Map<string, Span> {
  return context.memo('bodyMentions', collectMentions);
}

function collectMentions(context: DocumentContext): Map<string, Span> {
  const first = new Map<string, Span>();
  const note = (id: string, span: Span) => {
    const known = first.get(id);
    if (!known || span.start < known.start) first.set(id, { start: span.start, end: span.end });
  };
  for (const mention of context.actors.mentions) note(mention.actorId, mention);
  for (const variant of context.actors.variants) note(variant.actorId, variant);
  for (const reference of actorReferences(context)) {
    if (reference.where !== 'front-matter' && context.env.registry.byId.has(reference.id)) note(reference.id, reference);
  }
  return first;
}
