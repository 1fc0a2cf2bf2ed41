import { HashTrie } from './hashTrie';
import { acceptedWordOf, capitalisedAt, isNearMiss, mayBeWithin, ProseWord, type AcceptedWord, type Spellings } from './nearMiss';

/**
 * From this many words on, a set remembers what it found for the prose words searched lately, and
 * orders what it finds by deletions (see `inDeletionOrder`).
 */
const LARGE_SET = 24;
const MOST_EDITS = 2;
/** How many prose words such a set remembers the near misses of; prose repeats its names. */
const REMEMBERED_WORDS = 4096;

/** One set, prepared on its first search. */
interface Prepared<T> {
  accepted: AcceptedWord[];
  values: T[];
  /** Of each accepted word, for a quick first comparison: its undoubled length, letters and limit. */
  lengths: Int32Array;
  letters: Int32Array;
  limits: Int32Array;
  /** The values found for the prose words searched lately, by their folded spelling. */
  remembered?: Map<string, readonly T[]>;
}

const NOTHING: readonly never[] = [];

/**
 * Sets of words of accepted forms, each word with a value, keyed by a number (a trie node), and searched
 * for the words a prose word may be a misspelling of. Adding costs a few array slots; a set is prepared
 * on its first search, so the many sets prose never reaches cost little. A search compares the prose
 * word with each word of the set, most of them rejected on their length and letters alone; large sets
 * (a title such as "Mullah" starts many names) also remember what they found for the last few thousand
 * prose words.
 */
export class NearMissSets<T> {
  private readonly written: string[] = [];
  /** Whether a word id is in the set of a key: the pair is an edge. */
  private readonly members = new HashTrie();
  private readonly values: T[] = [];
  /** The previous word added to the same set, or -1: each set is a list threaded through the arrays. */
  private readonly previous: number[] = [];
  /** Per key: the last word added to its set, or -1. */
  private last = new Int32Array(64).fill(-1);
  /** Per key: its set, prepared, or nothing yet. */
  private readonly prepared: (Prepared<T> | undefined)[] = [];

  /** `spellings` folds the prose words searched for. */
  constructor(private readonly spellings: Spellings) {}

  /** Adds `written`, a word that `mayBeMisspelt`, with its vocabulary id and its value, to the set of `key`. */
  add(key: number, written: string, wordId: number, value: T): void {
    if (key >= this.last.length) {
      const grown = new Int32Array(Math.max(key + 1, this.last.length * 2)).fill(-1);
      grown.set(this.last);
      this.last = grown;
      while (this.prepared.length < grown.length) this.prepared.push(undefined);
    }
    this.previous.push(this.last[key]);
    this.last[key] = this.written.length;
    this.written.push(written);
    this.members.addChild(key, wordId);
    this.values.push(value);
    this.prepared[key] = undefined;
  }

  has(key: number): boolean {
    return key < this.last.length && this.last[key] >= 0;
  }

  /**
   * The values of the words of the set of `key` that the prose word `text[start..end)`, whose vocabulary
   * id is `wordId` (or -1), may be a misspelling of. A word of the set itself is taken as written: it
   * finds none.
   */
  search(key: number, text: string, start: number, end: number, wordId: number): readonly T[] {
    if (!capitalisedAt(text, start) || this.members.child(key, wordId) >= 0) return NOTHING;
    const set = this.prepared[key] ?? this.prepare(key);
    const word = new ProseWord(text, start, end, this.spellings);
    if (set.accepted.length < LARGE_SET) return valuesAt(set, nearMisses(set, word));
    const remembered = (set.remembered ??= new Map());
    let near = remembered.get(word.folded);
    if (!near) {
      near = valuesAt(set, inDeletionOrder(set, word, nearMisses(set, word)));
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      remembered.set(word.folded, near);
    }
    return near;
  }

  private prepare(key: number): Prepared<T> {
    const accepted: AcceptedWord[] = [];
    const values: T[] = [];
    for (let at = this.has(key) ? this.last[key] : -1; at >= 0; at = this.previous[at]) {
      accepted.push(acceptedWordOf(this.written[at]));
      values.push(this.values[at]);
    }
    const set = {
      accepted,
      values,
      lengths: Int32Array.from(accepted, (word) => word.undoubled.length),
      letters: Int32Array.from(accepted, (word) => word.letters),
      limits: Int32Array.from(accepted, (word) => word.limit),
    };
    this.prepared[key] = set;
    return set;
  }
}

/** The indexes of the words of `set` that `word` may be a misspelling of, in the order of the set. */
function nearMisses<T>(set: Prepared<T>, word: ProseWord): number[] {
  const { lengths, letters, limits } = set;
  const length = word.undoubled.length;
  const wordLetters = word.letters;
  const near: number[] = [];
  for (let index = 0; index < lengths.length; index++) {
    if (!mayBeWithin(length, wordLetters, lengths[index], letters[index], limits[index])) continue;
    if (isNearMiss(word, set.accepted[index])) near.push(index);
  }
  return near;
}

function valuesAt<T>(set: Prepared<T>, indexes: readonly number[]): readonly T[] {
  return indexes.length === 0 ? NOTHING : indexes.map((index) => set.values[index]);
}

/**
 * `near`, near misses of `word` in `set`, ordered by the first of the words `word` leaves when up to two
 * of its letters are deleted (fewest deletions first, then the earliest letter) that each near miss also
 * leaves after at most its `limit` deletions (two words within k edits always leave a common one), then
 * in set order.
 */
function inDeletionOrder<T>(set: Prepared<T>, word: ProseWord, near: number[]): number[] {
  if (near.length < 2) return near;
  const leftByWord = [...deletions(word.undoubled, MOST_EDITS)];
  const rank = new Map<number, number>();
  for (const index of near) {
    const { undoubled, limit } = set.accepted[index];
    const leftByAccepted = deletions(undoubled, limit);
    rank.set(index, leftByWord.findIndex((left) => leftByAccepted.has(left)));
  }
  return near.sort((a, b) => rank.get(a)! - rank.get(b)! || a - b);
}

/** `word` and every word left after deleting up to `most` of its letters, fewest deletions first. */
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
