/** Hover on an actor: a card with what the registry says of it. */
import type { ActorEntry, Position, Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { actorAt } from './actorAt';

export interface HoverCard {
  /** Markdown. */
  markdown: string;
  range: Range;
}

const TYPE_NAMES: Record<ActorEntry['type'], string> = {
  state: 'state',
  'armed-group': 'armed group',
  person: 'person',
  organisation: 'organisation',
  other: 'other',
};

/** The card of the actor at `position` (see `actorAt`); undefined elsewhere and for ids the registry does not know. */
export function hoverAt(workspace: CorpusWorkspace, file: string, position: Position): HoverCard | undefined {
  const target = actorAt(workspace, file, position);
  const actor = target && workspace.registry.byId.get(target.id);
  return actor && { markdown: actorCard(actor), range: target.range };
}

export function actorCard(actor: ActorEntry): string {
  const facts = [TYPE_NAMES[actor.type], actor.country].filter((fact): fact is string => Boolean(fact)).map(escapeMarkdown);
  const lines = [`**${escapeMarkdown(actor.name)}** \`${actor.id}\``, '', `*${facts.join(' · ')}*`];
  const otherForms = [actor.short, ...actor.aliases].filter((form): form is string => Boolean(form));
  if (otherForms.length > 0) lines.push('', `Also: ${otherForms.map(escapeMarkdown).join(', ')}`);
  if (actor.description) lines.push('', escapeMarkdown(actor.description));
  if (actor.wikidata) lines.push('', `[Wikidata ${actor.wikidata}](https://www.wikidata.org/wiki/${actor.wikidata})`);
  return lines.join('\n');
}

/** Registry text is shown as written, never as Markdown or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (char) => `\\${char}`);
}
