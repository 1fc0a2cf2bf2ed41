/**
 * Near-duplicate bodies (`corpus/near-duplicate`): pairs whose word 3-shingle sets have a Jaccard
 * similarity at or above the corpus threshold. Signatures are made once per document (shingleHashes,
 * then minhashSignature); findNearDuplicates bands them into candidate pairs (candidates.ts) and keeps
 * the candidates whose exact Jaccard similarity reaches the threshold, so no pair is reported wrongly.
 */
import { candidatePairs } from './candidates';
import { jaccard, jaccardOf } from './jaccard';

export { minhashSignature } from './minhash';
export { shingleHashes, shinglesOfWords } from './shingles';
export { jaccard };

/** What findNearDuplicates needs of a document: plain typed arrays, which survive structured clone. */
export interface SimilarityInput {
  shingles: Uint32Array;
  signature: Uint32Array;
}

/** Indices into the input array, a < b. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Bodies with fewer shingles (fewer than 18 words, about one line) are never near-duplicates: two
 * stubs such as "Updates to follow." are alike without being the same article.
 */
export const MIN_SHINGLES = 16;

/** Pairs of documents at least `threshold` similar (0 < threshold ≤ 1), ordered by a, then b. */
export function findNearDuplicates(docs: readonly SimilarityInput[], threshold: number): SimilarPair[] {
  const eligible = docs.flatMap((doc, index) => (doc.shingles.length >= MIN_SHINGLES ? [index] : []));
  const candidates = candidatePairs(eligible.map((index) => docs[index].signature), threshold);
  return verifiedPairs(docs, candidates, threshold, (index) => eligible[index]);
}

/**
 * The candidate pairs (indices mapped into `docs` by `indexOf`) at least `threshold` similar, ordered by a,
 * then b. Most candidates are far below the threshold: a bound read first spares them the exact merge.
 */
export function verifiedPairs(docs: readonly SimilarityInput[], candidates: Iterable<[number, number]>, threshold: number, indexOf = (index: number) => index): SimilarPair[] {
  const ordered = Array.from(candidates, ([i, j]) => [indexOf(i), indexOf(j)]).sort((x, y) => x[0] - y[0]);
  const marks = new ShingleMarks();
  const pairs: SimilarPair[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const [a, b] = ordered[k];
    if (k === 0 || ordered[k - 1][0] !== a) marks.markOnly(docs[a].shingles);
    const first = docs[a].shingles;
    const second = docs[b].shingles;
    if (jaccardOf(marks.atMostShared(second), first.length, second.length) < threshold) continue;
    const similarity = jaccard(first, second);
    if (similarity >= threshold) pairs.push({ a, b, similarity });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** The low 16 bits of one set's shingles, marked in a bit set of 8 KB, which stays in the nearest cache. */
class ShingleMarks {
  private readonly words = new Int32Array(1 << 11);

  markOnly(shingles: Uint32Array): void {
    const { words } = this;
    words.fill(0);
    for (let i = 0; i < shingles.length; i++) words[(shingles[i] >>> 5) & 0x7ff] |= 1 << (shingles[i] & 31);
  }

  /**
   * At least as many as the shingles `other` shares with the marked set: those whose low 16 bits are marked.
   * Both sets are unique, so each shared shingle is counted once.
   */
  atMostShared(other: Uint32Array): number {
    const { words } = this;
    let count = 0;
    for (let i = 0; i < other.length; i++) count += (words[(other[i] >>> 5) & 0x7ff] >>> (other[i] & 31)) & 1;
    return count;
  }
}
