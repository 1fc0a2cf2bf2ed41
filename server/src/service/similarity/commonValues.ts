/**
 * The documents of a column (one signature slot, indexed by document) whose value more than a limit of
 * documents hold. Values are hashes, so their low bits spread them evenly: a first pass counts values by
 * low bits in a table small enough to stay in cache, and only the documents whose count there passes the
 * limit ("busy") have their value counted exactly. Busy counts hold few distinct values (the winning
 * shingles of shared text, and the odd value that shares their low bits), tallied in a table indexed by
 * a multiplicative hash of the value, as the low bits are the same throughout a busy count.
 */

/** Words per entry of the tally table: the value, its stamp, its tally. */
const ENTRY = 3;
const VALUE = 0;
const STAMP = 1;
const TALLY = 2;

/** What `find` works in, for columns of up to `busy.length` documents. */
interface Scratch {
  /** The documents of the current column whose count passed the limit. */
  busy: Int32Array;
  /** Per busy document: where its value's entry in `tallies` is. */
  entries: Int32Array;
  /** Entries for as many distinct values as documents, at most half full; a stamp marks an entry live for the current column. */
  tallies: Int32Array;
  /** An entry's index is a value's hash shifted right by this much. */
  shift: number;
}

function scratchFor(count: number): Scratch {
  const bits = Math.max(1, Math.ceil(Math.log2(2 * count + 1)));
  return { busy: new Int32Array(count), entries: new Int32Array(count), tallies: new Int32Array(ENTRY * 2 ** bits), shift: 32 - bits };
}

export class CommonValues {
  private readonly mask: number;
  private readonly counts: Uint32Array;
  private scratch: Scratch;
  private stamp = 0;

  constructor(count: number) {
    const size = 2 ** Math.max(12, Math.ceil(Math.log2(count / 2 + 1)));
    this.mask = size - 1;
    this.counts = new Uint32Array(size);
    this.scratch = scratchFor(count);
  }

  /** Sets `flags[doc]` to 1 for each document whose value in `column` more than `limit` documents hold. */
  flag(column: Uint32Array, limit: number, flags: Uint8Array): void {
    const found = this.find(column, limit);
    const { busy } = this.scratch;
    for (let i = 0; i < found; i++) flags[busy[i]] = 1;
  }

  /** Sets `keys[doc]` to `ignored` for each document whose value in `column` more than `limit` documents hold. */
  ignore(column: Uint32Array, limit: number, keys: Uint32Array, ignored: number): void {
    const found = this.find(column, limit);
    const { busy } = this.scratch;
    for (let i = 0; i < found; i++) keys[busy[i]] = ignored;
  }

  /** Lists in `busy` the documents whose value in `column` more than `limit` documents hold, and counts them. */
  private find(column: Uint32Array, limit: number): number {
    if (this.scratch.busy.length < column.length) this.scratch = scratchFor(column.length);
    const { counts, mask } = this;
    const { busy, entries, tallies, shift } = this.scratch;
    counts.fill(0);
    for (let doc = 0; doc < column.length; doc++) counts[column[doc] & mask]++;
    // Shared text can give half the documents a common value: every document is written and only the busy
    // ones kept, as a branch taken half the time at random costs more than the writes.
    let busyCount = 0;
    for (let doc = 0; doc < column.length; doc++) {
      busy[busyCount] = doc;
      busyCount += (limit - counts[column[doc] & mask]) >>> 31;
    }
    const stamp = ++this.stamp;
    const lastEntry = tallies.length - ENTRY;
    for (let i = 0; i < busyCount; i++) {
      const value = column[busy[i]] | 0;
      let entry = (Math.imul(value, 0x9e3779b1) >>> shift) * ENTRY;
      while (tallies[entry + STAMP] === stamp && tallies[entry + VALUE] !== value) entry = entry === lastEntry ? 0 : entry + ENTRY;
      if (tallies[entry + STAMP] !== stamp) {
        tallies[entry + STAMP] = stamp;
        tallies[entry + VALUE] = value;
        tallies[entry + TALLY] = 0;
      }
      tallies[entry + TALLY]++;
      entries[i] = entry;
    }
    let found = 0;
    for (let i = 0; i < busyCount; i++) {
      busy[found] = busy[i];
      if (tallies[entries[i] + TALLY] > limit) found++;
    }
    return found;
  }
}
