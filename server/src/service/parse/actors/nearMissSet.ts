import { acceptedWordOf, isNearMiss, type AcceptedWord, type Word } from './nearMiss';

/** Below this many words a set is searched word by word; from it on, through an index of deletions. */
const INDEXED_SIZE = 24;
const MOST_EDITS = 2;
/** How many prose words an indexed set remembers the near misses of; prose repeats its names. */
const REMEMBERED_WORDS = 4096;

/** One set, prepared on its first search. */
interface Prepared<T> {
  accepted: AcceptedWord[];
  values: T[];
  someUncapitalised: boolean;
  byDeletion?: Map<string, number[]>;
  remembered?: Map<string, number[]>;
}

/**
 * Sets of words of accepted forms, each word with a value, keyed by a number (a trie node), and searched
 * for the words a prose word may be a misspelling of. Adding costs a few array slots; a set is prepared
 * on its first search, so the many sets prose never reaches cost little. Large sets (a title such as
 * "Mullah" starts thousands of names) are then indexed by the words left after deleting up to `limit`
 * letters: two words within k edits leave a common word after at most k deletions from each, so a search
 * only looks at words sharing a deletion with the prose word. Large sets also remember what they found
 * for the last few thousand prose words.
 */
export class NearMissSets<T> {
  private readonly written: string[] = [];
  private readonly values: T[] = [];
  /** The previous word added to the same set, or -1: each set is a list threaded through the arrays. */
  private readonly previous: number[] = [];
  private readonly last = new Map<number, number>();
  private readonly prepared = new Map<number, Prepared<T>>();

  /** Adds `written`, a word of at least four letters, with its value, to the set of `key`. */
  add(key: number, written: string, value: T): void {
    this.previous.push(this.last.get(key) ?? -1);
    this.last.set(key, this.written.length);
    this.written.push(written);
    this.values.push(value);
    this.prepared.delete(key);
  }

  has(key: number): boolean {
    return this.last.has(key);
  }

  /** Calls `found` with the value of each word of the set of `key` that `word` may be a misspelling of. */
  search(key: number, word: Word, found: (value: T) => void): void {
    const set = this.prepared.get(key) ?? this.prepare(key);
    if (!word.capitalised && !set.someUncapitalised) return;
    if (set.accepted.length < INDEXED_SIZE) {
      set.accepted.forEach((candidate, index) => {
        if (isNearMiss(word, candidate)) found(set.values[index]);
      });
      return;
    }
    const remembered = (set.remembered ??= new Map());
    const rememberedKey = word.capitalised ? word.folded : `\0${word.folded}`;
    let near = remembered.get(rememberedKey);
    if (!near) {
      near = searchIndex(set, word);
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      remembered.set(rememberedKey, near);
    }
    for (const index of near) found(set.values[index]);
  }

  private prepare(key: number): Prepared<T> {
    const accepted: AcceptedWord[] = [];
    const values: T[] = [];
    for (let at = this.last.get(key) ?? -1; at >= 0; at = this.previous[at]) {
      accepted.push(acceptedWordOf(this.written[at]));
      values.push(this.values[at]);
    }
    const set = { accepted, values, someUncapitalised: accepted.some((candidate) => !candidate.capitalised) };
    this.prepared.set(key, set);
    return set;
  }
}

function searchIndex<T>(set: Prepared<T>, word: Word): number[] {
  set.byDeletion ??= deletionIndex(set.accepted);
  const seen = new Set<number>();
  const near: number[] = [];
  for (const key of deletions(word.undoubled, MOST_EDITS)) {
    for (const candidate of set.byDeletion.get(key) ?? []) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      if (isNearMiss(word, set.accepted[candidate])) near.push(candidate);
    }
  }
  return near;
}

function deletionIndex(accepted: AcceptedWord[]): Map<string, number[]> {
  const byDeletion = new Map<string, number[]>();
  accepted.forEach((candidate, index) => {
    for (const key of deletions(candidate.undoubled, candidate.limit)) {
      const indexes = byDeletion.get(key);
      if (!indexes) byDeletion.set(key, [index]);
      else indexes.push(index);
    }
  });
  return byDeletion;
}

/** `word` and every word left after deleting up to `most` of its letters. */
function deletions(word: string, most: number): Set<string> {
  const found = new Set([word]);
  let level = [word];
  for (let step = 0; step < most; step++) {
    const next: string[] = [];
    for (const base of level) {
      for (let i = 0; i < base.length; i++) {
        const shorter = base.slice(0, i) + base.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return found;
}
