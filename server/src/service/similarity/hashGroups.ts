/**
 * Documents grouped by a 32-bit hash each holds (a band key), in an open-addressing table reused for
 * every column of one candidatePairs call. A stamp per entry marks it live for the current column, so
 * starting a column costs nothing; the values are hashes, so their low bits serve as the table index.
 * An entry's words sit together, so a probe reads one cache line.
 */

/** Words per table entry: the value, its stamp, its group size, the last document added (the head of the group's list). */
const ENTRY = 4;
const VALUE = 0;
const STAMP = 1;
const SIZE = 2;
const HEAD = 3;

export class HashGroups {
  private readonly tableMask: number;
  private readonly entryMask: number;
  private readonly table: Int32Array;
  private stamp = 0;
  /** Per entry (by its table index over ENTRY): the first document of its group, once the group has two. */
  private readonly firsts: Int32Array;
  /** Per document: the document added to its group before it. */
  private readonly previous: Int32Array;
  /** The entries of groups of more than one document. */
  private readonly repeated: Int32Array;
  private repeatedCount = 0;
  /** Where forEachRepeated lists a group's documents. */
  private readonly members: Int32Array;

  constructor(private readonly count: number) {
    const tableSize = 2 ** Math.ceil(Math.log2(2 * count + 1));
    this.tableMask = tableSize - 1;
    this.entryMask = this.tableMask * ENTRY;
    this.table = new Int32Array(ENTRY * tableSize);
    this.firsts = new Int32Array(tableSize);
    this.previous = new Int32Array(count);
    this.repeated = new Int32Array(count);
    this.members = new Int32Array(count);
  }

  /** Groups the documents by their value in `column` (indexed by document), leaving out those holding `leftOut`. */
  group(column: Uint32Array, leftOut: number): void {
    const { tableMask, entryMask, table, firsts, previous, repeated } = this;
    const stamp = ++this.stamp;
    let repeatedCount = 0;
    for (let doc = 0; doc < this.count; doc++) {
      const value = column[doc];
      if (value === leftOut) continue;
      let entry = (value & tableMask) * ENTRY;
      while (table[entry + STAMP] === stamp && table[entry + VALUE] !== (value | 0)) entry = (entry + ENTRY) & entryMask;
      if (table[entry + STAMP] !== stamp) {
        table[entry + STAMP] = stamp;
        table[entry + VALUE] = value;
        table[entry + SIZE] = 0;
      } else if (table[entry + SIZE] === 1) {
        repeated[repeatedCount++] = entry;
        firsts[entry / ENTRY] = table[entry + HEAD];
      }
      table[entry + SIZE]++;
      previous[doc] = table[entry + HEAD];
      table[entry + HEAD] = doc;
    }
    this.repeatedCount = repeatedCount;
  }

  /** Each group of more than one document, ordered by its first document, as its documents ascending. */
  forEachRepeated(visit: (members: Int32Array) => void): void {
    const { table, firsts, previous, members } = this;
    const groups = this.repeated.subarray(0, this.repeatedCount).sort((a, b) => firsts[a / ENTRY] - firsts[b / ENTRY]);
    for (const entry of groups) {
      const size = table[entry + SIZE];
      let doc = table[entry + HEAD];
      for (let i = size - 1; i >= 0; i--, doc = previous[doc]) members[i] = doc;
      visit(members.subarray(0, size));
    }
  }
}
