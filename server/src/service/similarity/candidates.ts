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

/** Above this many documents, a slot value counts as common text and a bucket is paired with its first member only. */
export const MAX_BUCKET = 64;
/** Pairs at least this similar are found by the dense pass, whatever text they share with others. */
export const DENSE_SIMILARITY = 0.5;

/** Per slot, the values to ignore there (none when undefined). */
type IgnoredValues = readonly (Set<number> | undefined)[];

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
  collectCollisions(signatures, bandingFor(Math.max(threshold, DENSE_SIMILARITY)), [], pairs);
  if (threshold < DENSE_SIMILARITY) {
    const banding = bandingFor(threshold);
    collectCollisions(signatures, banding, commonSlotValues(signatures, slotsUsed(banding)), pairs);
  }
  return pairs;
}

/**
 * Slots or bands handled together. Reading every signature once for a block, rather than once per slot
 * or band, keeps the reads sequential; the block's columns take 128 bytes a document.
 */
const BLOCK = 32;

/** For each of the first `slots` slots, the values more than MAX_BUCKET signatures hold there (when any). */
function commonSlotValues(signatures: readonly Uint32Array[], slots: number): IgnoredValues {
  const count = signatures.length;
  const columns = new Uint32Array(BLOCK * count);
  const common: (Set<number> | undefined)[] = [];
  for (let first = 0; first < slots; first += BLOCK) {
    const width = Math.min(BLOCK, slots - first);
    for (let doc = 0; doc < count; doc++) {
      for (let i = 0; i < width; i++) columns[i * count + doc] = signatures[doc][first + i];
    }
    for (let i = 0; i < width; i++) {
      const values = repeatedValues(columns.subarray(i * count, (i + 1) * count), MAX_BUCKET);
      common.push(values.size > 0 ? values : undefined);
    }
  }
  return common;
}

/** Adds the pairs that share a band. */
function collectCollisions(signatures: readonly Uint32Array[], banding: Banding, ignored: IgnoredValues, pairs: PairSet): void {
  const count = signatures.length;
  const layout = bandLayout(banding);
  const columns = new Uint32Array(BLOCK * count);
  for (let first = 0; first < layout.length; first += BLOCK) {
    const bands = layout.slice(first, first + BLOCK);
    for (let doc = 0; doc < count; doc++) {
      for (let i = 0; i < bands.length; i++) columns[i * count + doc] = bandKey(signatures[doc], bands[i], ignored);
    }
    for (let i = 0; i < bands.length; i++) pairBuckets(columns.subarray(i * count, (i + 1) * count), pairs);
  }
}

/** Marks a document that a band ignores; a real key of 0 is moved to 1 (a spurious candidate at worst). */
const IGNORED = 0;

/** The band's slots hashed together, or IGNORED when one of them holds an ignored value. */
function bandKey(signature: Uint32Array, { start, rows }: BandSlots, ignored: IgnoredValues): number {
  let key = 0;
  for (let slot = start; slot < start + rows; slot++) {
    if (ignored[slot]?.has(signature[slot])) return IGNORED;
    key = mixBlock(key, signature[slot]);
  }
  return finalize(key) || 1;
}

/** Pairs the documents (indices into `keys`) that share a band key; only repeated keys are grouped. */
function pairBuckets(keys: Uint32Array, pairs: PairSet): void {
  const repeated = repeatedValues(keys);
  repeated.delete(IGNORED);
  if (repeated.size === 0) return;
  const buckets = new Map<number, number[]>();
  keys.forEach((key, doc) => {
    if (!repeated.has(key)) return;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(doc);
    else buckets.set(key, [doc]);
  });
  for (const bucket of buckets.values()) pairBucket(bucket, pairs);
}

/**
 * The values that occur more than `moreThan` times, counted in an open-addressing table. The values are
 * hashes, so their low bits serve as the table index.
 */
function repeatedValues(values: Uint32Array, moreThan = 1): Set<number> {
  const mask = 2 ** Math.ceil(Math.log2(2 * values.length + 1)) - 1;
  const held = new Uint32Array(mask + 1);
  const counts = new Uint32Array(mask + 1);
  const repeated = new Set<number>();
  for (const value of values) {
    let index = value & mask;
    while (counts[index] !== 0 && held[index] !== value) index = (index + 1) & mask;
    held[index] = value;
    if (++counts[index] > moreThan) repeated.add(value);
  }
  return repeated;
}

function pairBucket(bucket: readonly number[], pairs: PairSet): void {
  if (bucket.length > MAX_BUCKET) {
    for (let i = 1; i < bucket.length; i++) pairs.add(bucket[0], bucket[i]);
    return;
  }
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) pairs.add(bucket[i], bucket[j]);
  }
}
