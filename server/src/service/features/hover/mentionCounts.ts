/**
 * How many documents mention each actor in their body (names, variants, :actor tags, `by=`/`against=`).
 * Counted once for the corpus, then after changes to documents only those documents: an edit costs the
 * next hover one document's count, not a walk over the corpus.
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
      const changed = this.generation < 0 ? undefined : this.workspace.changedSince(this.generation);
      if (changed) for (const file of changed) this.recountFile(file);
      else this.recount();
      this.generation = this.workspace.generation;
    }
    return this.counts.get(actorId) ?? 0;
  }

  private recount(): void {
    const seen = new Set<string>();
    for (const file of this.workspace.files()) {
      seen.add(file);
      this.recountFile(file);
    }
    for (const file of this.byFile.keys()) if (!seen.has(file)) this.recountFile(file);
  }

  /** Counts `file` again if what it mentions may have changed; a document no longer there counts for nothing. */
  private recountFile(file: string): void {
    const present = this.workspace.has(file);
    const actors = present ? this.workspace.actors(file) : undefined;
    const previous = this.byFile.get(file);
    if (previous && previous.actors === actors) return;
    this.add(previous?.ids ?? [], -1);
    if (!present) {
      this.byFile.delete(file);
      return;
    }
    const ids = actors ? mentionedIds(actors) : [];
    this.add(ids, 1);
    this.byFile.set(file, { actors, ids });
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
