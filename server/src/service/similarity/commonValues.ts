/**
 * The documents of a column (one signature slot, indexed by document) whose value more than a limit of
 * documents hold. Values are hashes, so their low bits spread them evenly: a first pass counts values by
 * low bits in a table small enough to stay in cache, and only documents whose count there passes the
 * limit have their value counted exactly, and are noted, so that only they are looked at again. Such a
 * count is nearly always one common value (the winning shingle of shared text), so each busy count keeps
 * the first value it meets and a tally of it; any other value there goes to a map.
 */
export class CommonValues {
  private readonly mask: number;
  private readonly counts: Uint32Array;
  private readonly firstValues: Uint32Array;
  private readonly firstTallies: Uint32Array;
  /** Which call set an entry of firstValues and firstTallies, so that they need no clearing. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  /** The documents of the current column whose count passed the limit. */
  private busy: Int32Array;

  constructor(count: number) {
    const size = 2 ** Math.max(12, Math.ceil(Math.log2(count / 2 + 1)));
    this.mask = size - 1;
    this.counts = new Uint32Array(size);
    this.firstValues = new Uint32Array(size);
    this.firstTallies = new Uint32Array(size);
    this.stamps = new Uint32Array(size);
    this.busy = new Int32Array(count);
  }

  /** Sets `flags[doc]` to 1 for each document whose value in `column` more than `limit` documents hold. */
  flag(column: Uint32Array, limit: number, flags: Uint8Array): void {
    const { counts, mask, firstValues, firstTallies, stamps } = this;
    const stamp = ++this.stamp;
    if (this.busy.length < column.length) this.busy = new Int32Array(column.length);
    const busy = this.busy;
    let busyCount = 0;
    counts.fill(0);
    for (let doc = 0; doc < column.length; doc++) counts[column[doc] & mask]++;
    let others: Map<number, number> | undefined;
    for (let doc = 0; doc < column.length; doc++) {
      const value = column[doc];
      const at = value & mask;
      if (counts[at] <= limit) continue;
      busy[busyCount++] = doc;
      if (stamps[at] !== stamp) {
        stamps[at] = stamp;
        firstValues[at] = value;
        firstTallies[at] = 1;
      } else if (firstValues[at] === value) firstTallies[at]++;
      else {
        others ??= new Map();
        others.set(value, (others.get(value) ?? 0) + 1);
      }
    }
    for (let i = 0; i < busyCount; i++) {
      const doc = busy[i];
      const value = column[doc];
      const at = value & mask;
      const tally = firstValues[at] === value ? firstTallies[at] : others!.get(value)!;
      if (tally > limit) flags[doc] = 1;
    }
  }
}
