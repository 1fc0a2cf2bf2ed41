/**
 * Candidate pairs: documents whose signatures agree on every slot of at least one band.
 *
 * Text that many documents share (site chrome, stock phrases, a template) makes every pair of them a
 * little alike: at Jaccard 0.04 between all pairs, two-row bands would make nearly a third of all pairs
 * candidates. Two passes keep the work near linear in the number of documents:
 *
 * - The threshold pass bands for the configured threshold but ignores a slot whose value more than
 *   MAX_BUCKET documents hold: such a value is the winning shingle of common text, evidence of nothing.
 *   A band with an ignored slot places the document in no bucket.
 * - The dense pass bands for DENSE_SIMILARITY (or the threshold, when higher) and ignores nothing:
 *   its bands have four or more rows, which pairs share only when they share most of their text, so
 *   it finds near-identical documents even when hundreds of copies make every slot value common.
 *
 * A bucket of more than MAX_BUCKET documents (many copies of one text, or a band of common text in
 * short documents) pairs each member with its first member only, so no bucket costs more than linear work.
 */
import { bandingFor, bandLayout, slotsUsed, type Banding, type BandSlots } from './banding';
import { finalize, mixBlock } from './hash';
import { CommonValues } from './commonValues';
import { HashGroups } from './hashGroups';

/** Above this many documents, a slot value counts as common text and a bucket is paired with its first member only. */
export const MAX_BUCKET = 64;
/** Pairs at least this similar are found by the dense pass, whatever text they share with others. */
export const DENSE_SIMILARITY = 0.5;

/** Unordered pairs of indices below `count`, each held once. */
export class PairSet {
  private readonly keys = new Set<number>();

  constructor(private readonly count: number) {}

  add(a: number, b: number): void {
    this.keys.add(a < b ? a * this.count + b : b * this.count + a);
  }

  get size(): number {
    return this.keys.size;
  }

  /** Each pair as [smaller, larger]. */
  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (const key of this.keys) yield [Math.floor(key / this.count), key % this.count];
  }
}

/** Pairs of signatures that may be at least `threshold` similar; a superset to be verified. */
export function candidatePairs(signatures: readonly Uint32Array[], threshold: number): PairSet {
  const pairs = new PairSet(signatures.length);
  const dense = bandingFor(Math.max(threshold, DENSE_SIMILARITY));
  const sparse = threshold < DENSE_SIMILARITY ? bandingFor(threshold) : undefined;
  const columns = new SlotColumns(signatures, Math.max(slotsUsed(dense), sparse ? slotsUsed(sparse) : 0));
  const groups = new HashGroups(signatures.length);
  collectCollisions(columns, dense, undefined, groups, pairs);
  if (sparse) collectCollisions(columns, sparse, new CommonValues(signatures.length), groups, pairs);
  return pairs;
}

/**
 * Signatures copied this many at a time when laid out slot by slot: each is read in order, and the slots'
 * rows take the block's values one cache line at a time.
 */
const TRANSPOSE_BLOCK = 16;

/** The first `slots` slots of every signature, slot by slot (`[slot * count + doc]`), so a band reads each of its slots sequentially. */
export function slotColumns(signatures: readonly Uint32Array[], slots: number): Uint32Array {
  const count = signatures.length;
  const values = new Uint32Array(slots * count);
  for (let first = 0; first < count; first += TRANSPOSE_BLOCK) {
    const end = Math.min(count, first + TRANSPOSE_BLOCK);
    for (let doc = first; doc < end; doc++) {
      const signature = signatures[doc];
      for (let slot = 0, at = doc; slot < slots; slot++, at += count) values[at] = signature[slot];
    }
  }
  return values;
}

class SlotColumns {
  readonly count: number;
  readonly values: Uint32Array;

  constructor(signatures: readonly Uint32Array[], slots: number) {
    this.count = signatures.length;
    this.values = slotColumns(signatures, slots);
  }

  column(slot: number): Uint32Array {
    return this.values.subarray(slot * this.count, (slot + 1) * this.count);
  }
}

/** Marks a document that a band ignores; a real key of 0 is moved to 1 (a spurious candidate at worst). */
export const IGNORED = 0;

/** Adds the pairs that share a band; given `ignoreCommon`, slot values held by more than MAX_BUCKET documents match nothing. */
function collectCollisions(columns: SlotColumns, banding: Banding, ignoreCommon: CommonValues | undefined, groups: HashGroups, pairs: PairSet): void {
  const keys = new Uint32Array(columns.count);
  for (const band of bandLayout(banding)) {
    bandKeys(columns.values, columns.count, band, keys);
    if (ignoreCommon) {
      for (let slot = band.start; slot < band.start + band.rows; slot++) ignoreCommon.ignore(columns.column(slot), MAX_BUCKET, keys, IGNORED);
    }
    addBucketPairs(keys, groups, pairs);
  }
}

/** Pairs the documents that share a key of `keys` (one band's key per document, IGNORED matching nothing). */
export function addBucketPairs(keys: Uint32Array, groups: HashGroups, pairs: PairSet): void {
  groups.group(keys, IGNORED);
  groups.forEachRepeated((bucket) => pairBucket(bucket, pairs));
}

/**
 * Each document's band slots hashed together, from slot-major `values` (`[slot * count + doc]`). The keys
 * are built slot by slot, so that each slot's values are read in order rather than `count` apart.
 */
export function bandKeys(values: Uint32Array, count: number, { start, rows }: BandSlots, keys: Uint32Array): void {
  keys.fill(0, 0, count);
  for (let slot = start, at = start * count; slot < start + rows; slot++) {
    for (let doc = 0; doc < count; doc++, at++) keys[doc] = mixBlock(keys[doc], values[at]);
  }
  for (let doc = 0; doc < count; doc++) keys[doc] = finalize(keys[doc]) || 1;
}

function pairBucket(bucket: Int32Array, pairs: PairSet): void {
  if (bucket.length > MAX_BUCKET) {
    for (let i = 1; i < bucket.length; i++) pairs.add(bucket[0], bucket[i]);
    return;
  }
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i], bucket[j]);
  }
}
