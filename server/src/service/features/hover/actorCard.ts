/** The card of one actor: what the registry says of it, and how many documents mention it. */
import type { ActorEntry } from '../../types';
import { escapeMarkdown, plural } from './markdown';

export const ACTOR_TYPE_NAMES: Record<ActorEntry['type'], string> = {
  state: 'state',
  'armed-group': 'armed group',
  person: 'person',
  organisation: 'organisation',
  other: 'other',
};

/** `mentions`: the number of documents whose body mentions the actor, when known. */
export function actorCard(actor: ActorEntry, mentions?: number): string {
  const facts = [ACTOR_TYPE_NAMES[actor.type], actor.country].filter((fact): fact is string => Boolean(fact)).map(escapeMarkdown);
  const lines = [`**${escapeMarkdown(actor.name)}** \`${actor.id}\``, '', `*${facts.join(' · ')}*`];
  const otherForms = [actor.short, ...actor.aliases].filter((form): form is string => Boolean(form));
  if (otherForms.length > 0) lines.push('', `Also: ${otherForms.map(escapeMarkdown).join(', ')}`);
  if (actor.description) lines.push('', escapeMarkdown(actor.description));
  if (actor.wikidata) lines.push('', `[Wikidata ${actor.wikidata}](https://www.wikidata.org/wiki/${actor.wikidata})`);
  if (mentions !== undefined) lines.push('', `Mentioned in ${plural(mentions, 'document')}`);
  return lines.join('\n');
}
