/**
 * How many documents mention each actor in their body (names, variants, :actor tags, `by=`/`against=`).
 * Counted once for the corpus, then after each change only the documents whose reading changed.
 */
import { mentionedIds, type DocumentActors } from '../../actorPlaces';
import type { CorpusWorkspace } from '../../workspace';

class MentionCounts {
  private generation = -1;
  private readonly counts = new Map<string, number>();
  private readonly byFile = new Map<string, { actors: DocumentActors | undefined; ids: string[] }>();

  constructor(private readonly workspace: CorpusWorkspace) {}

  documentsMentioning(actorId: string): number {
    if (this.generation !== this.workspace.generation) {
      this.recount();
      this.generation = this.workspace.generation;
    }
    return this.counts.get(actorId) ?? 0;
  }

  private recount(): void {
    const seen = new Set<string>();
    for (const file of this.workspace.files()) {
      seen.add(file);
      const actors = this.workspace.actors(file);
      const previous = this.byFile.get(file);
      if (previous?.actors === actors) continue;
      this.add(previous?.ids ?? [], -1);
      const ids = actors ? mentionedIds(actors) : [];
      this.add(ids, 1);
      this.byFile.set(file, { actors, ids });
    }
    for (const [file, previous] of this.byFile) {
      if (seen.has(file)) continue;
      this.add(previous.ids, -1);
      this.byFile.delete(file);
    }
  }

  private add(ids: readonly string[], by: number): void {
    for (const id of ids) {
      const next = (this.counts.get(id) ?? 0) + by;
      if (next > 0) this.counts.set(id, next);
      else this.counts.delete(id);
    }
  }
}

const counters = new WeakMap<CorpusWorkspace, MentionCounts>();

export function documentsMentioning(workspace: CorpusWorkspace, actorId: string): number {
  let counter = counters.get(workspace);
  if (!counter) {
    counter = new MentionCounts(workspace);
    counters.set(workspace, counter);
  }
  return counter.documentsMentioning(actorId);
}
