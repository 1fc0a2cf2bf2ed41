/**
 * Workspace symbols (an editor's "Go to Symbol in Workspace"): the corpus's events by id, its documents by
 * title, and the registry's actors by name. Editors rank and highlight the answers against the query
 * themselves, so a symbol is offered when the query's characters appear in its name in order, ignoring
 * case; the closest matches come first when there are more than `limit`.
 */
import { documentRange } from '../summary';
import type { Range } from '../types';
import type { CorpusWorkspace } from '../workspace';
import { ACTOR_TYPE_NAMES } from './hover/actorCard';

export interface CorpusSymbol {
  name: string;
  /** What the editor shows beside the name: an event's date and label, a document's id, an actor's id and type. */
  detail: string;
  kind: 'event' | 'document' | 'actor';
  /** Corpus-relative. */
  file: string;
  range: Range;
}

/** How closely a name matches, closest first: at its start, as a run inside it, or only as characters in order. */
const PREFIX = 0;
const SUBSTRING = 1;
const SUBSEQUENCE = 2;

export function workspaceSymbols(workspace: CorpusWorkspace, query: string, limit = 1000): CorpusSymbol[] {
  const wanted = query.toLowerCase();
  const found: { symbol: CorpusSymbol; closeness: number }[] = [];
  /** Offers the symbol `name`, whose place and detail `rest` works out only for a name that matches. */
  const offer = (name: string, rest: () => Omit<CorpusSymbol, 'name'> | undefined) => {
    const closeness = closenessOf(name.toLowerCase(), wanted);
    const symbol = closeness >= 0 ? rest() : undefined;
    if (symbol) found.push({ symbol: { name, ...symbol }, closeness });
  };
  for (const summary of workspace.summaries()) {
    const { file, id, title } = summary;
    if (title) offer(title, () => ({ detail: id?.value ?? file, kind: 'document', file, range: documentRange(summary) }));
    for (const event of summary.events) {
      offer(event.id, () => ({ detail: [event.date, event.label].filter(Boolean).join(' · '), kind: 'event', file, range: event.range }));
    }
  }
  for (const actor of workspace.registry.entries) {
    offer(actor.name, () => {
      const definition = workspace.actorDefinition(actor.id);
      return definition && { detail: `${actor.id} · ${ACTOR_TYPE_NAMES[actor.type]}`, kind: 'actor', ...definition };
    });
  }
  found.sort((a, b) => a.closeness - b.closeness);
  return found.slice(0, limit).map(({ symbol }) => symbol);
}

/** PREFIX, SUBSTRING or SUBSEQUENCE, or -1 when `name` does not hold the query's characters in order. */
function closenessOf(name: string, query: string): number {
  if (name.startsWith(query)) return PREFIX;
  if (name.includes(query)) return SUBSTRING;
  let at = 0;
  for (let i = 0; i < name.length && at < query.length; i++) if (name[i] === query[at]) at++;
  return at === query.length ? SUBSEQUENCE : -1;
}
