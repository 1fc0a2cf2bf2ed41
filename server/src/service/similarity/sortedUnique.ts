/**
 * Sorting 32-bit hashes into sorted unique arrays. Hash values are spread evenly, so scattering them into
 * about as many buckets as there are values, by their top bits, leaves each bucket with a value or two, and
 * an insertion sort finishes the job in a step or so per value: several times faster than
 * Uint32Array.prototype.sort for a body's few hundred shingles.
 */
import { ScratchBuffer } from './scratch';

const MAX_BUCKET_BITS = 16;
/** Insertion-sort moves per value beyond which the values are not spread evenly and the native sort takes over. */
const MOVES_PER_VALUE = 8;

/** Per bucket, how many values it holds, then where its next value goes. */
const bucketStarts = new Int32Array(2 ** MAX_BUCKET_BITS);
const scattered = new ScratchBuffer(Uint32Array);

/** The first `length` values, sorted ascending without repeats, as a compact new array; `values` is overwritten. */
export function sortedUnique(values: Uint32Array, length: number): Uint32Array {
  const byBucket = scatter(values, length);
  const unique = insertUnique(byBucket, values, length);
  if (unique >= 0) return values.slice(0, unique);
  const sorted = byBucket.subarray(0, length).sort();
  return sorted.filter((value, i) => i === 0 || value !== sorted[i - 1]);
}

/** The values ordered by their top bits, in the scratch buffer. */
function scatter(values: Uint32Array, length: number): Uint32Array {
  const bucketBits = Math.min(MAX_BUCKET_BITS, 32 - Math.clz32(length));
  const shift = 32 - bucketBits;
  const buckets = 1 << bucketBits;
  bucketStarts.fill(0, 0, buckets);
  for (let i = 0; i < length; i++) bucketStarts[values[i] >>> shift]++;
  let start = 0;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const count = bucketStarts[bucket];
    bucketStarts[bucket] = start;
    start += count;
  }
  const byBucket = scattered.atLeast(length);
  for (let i = 0; i < length; i++) {
    const value = values[i];
    const bucket = value >>> shift;
    const position = bucketStarts[bucket];
    bucketStarts[bucket] = position + 1;
    byBucket[position] = value;
  }
  return byBucket;
}

/**
 * Insertion-sorts source[0, length) into `target`, leaving out repeats, and returns how many values it
 * holds; −1 once that takes more than MOVES_PER_VALUE moves a value.
 */
function insertUnique(source: Uint32Array, target: Uint32Array, length: number): number {
  const maxMoves = MOVES_PER_VALUE * length;
  let moves = 0;
  let unique = 0;
  for (let i = 0; i < length; i++) {
    const value = source[i];
    let at = unique;
    while (at > 0 && target[at - 1] > value) at--;
    if (at > 0 && target[at - 1] === value) continue;
    for (let j = unique; j > at; j--) target[j] = target[j - 1];
    target[at] = value;
    unique++;
    moves += unique - 1 - at;
    if (moves > maxMoves) return -1;
  }
  return unique;
}
