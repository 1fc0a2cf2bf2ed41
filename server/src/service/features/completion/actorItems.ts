/** Actor ids from the registry as completion items. */
import type { Registry } from '../../registry';
import type { Range } from '../../types';
import { ACTOR_TYPE_NAMES } from '../hover/actorCard';
import type { CompletionEntry } from './types';

/**
 * Every registry actor not in `exclude`. `wrap` turns the id into the inserted text (`[ttp]` where a list
 * must be opened). The name is part of what the editor filters on, so typing a name finds its id. The
 * actor's card is left to `completionDocumentation`: a registry has thousands of actors, and an editor
 * shows the card of the one item selected.
 */
export function actorItems(registry: Registry, range: Range, exclude: ReadonlySet<string>, wrap = (id: string) => id): CompletionEntry[] {
  return registry.entries
    .filter((actor) => !exclude.has(actor.id))
    .map((actor) => ({
      label: actor.id,
      kind: 'actor',
      detail: `${actor.name} · ${ACTOR_TYPE_NAMES[actor.type]}`,
      actor: actor.id,
      range,
      newText: wrap(actor.id),
      filterText: `${actor.id} ${actor.name}`,
    }));
}
