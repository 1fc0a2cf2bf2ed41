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
 * then b. Each first document is checked against its candidates in one go (SimilarityCheck).
 */
export function verifiedPairs(docs: readonly SimilarityInput[], candidates: Iterable<[number, number]>, threshold: number, indexOf = (index: number) => index): SimilarPair[] {
  const ordered = Array.from(candidates, ([i, j]) => [indexOf(i), indexOf(j)]).sort((x, y) => x[0] - y[0]);
  const check = new SimilarityCheck(threshold);
  const pairs: SimilarPair[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const [a, b] = ordered[k];
    if (k === 0 || ordered[k - 1][0] !== a) check.against(docs[a].shingles);
    const similarity = check.reaching(docs[b].shingles);
    if (similarity !== undefined) pairs.push({ a, b, similarity });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * The exact similarity of shingle sets to one set, for those that reach a threshold. The set's shingles'
 * low 16 bits are marked in a bit set of 8 KB, which stays in the nearest cache; another set's shingles
 * whose bits are marked are at least as many as the two share, and a set that cannot reach the threshold
 * even with that many is passed over without the exact merge. The bound's similarity is computed as the
 * exact one is and grows with the count, so no set that reaches the threshold is passed over.
 */
export class SimilarityCheck {
  private readonly words = new Int32Array(1 << 11);
  private shingles: Uint32Array = new Uint32Array(0);

  constructor(private readonly threshold: number) {}

  /** Makes `shingles` the set the others are compared with. */
  against(shingles: Uint32Array): void {
    const { words } = this;
    words.fill(0);
    for (let i = 0; i < shingles.length; i++) words[(shingles[i] >>> 5) & 0x7ff] |= 1 << (shingles[i] & 31);
    this.shingles = shingles;
  }

  /** The similarity of `other` to the set, when it reaches the threshold. */
  reaching(other: Uint32Array): number | undefined {
    const { words, shingles, threshold } = this;
    let atMostShared = 0;
    for (let i = 0; i < other.length; i++) atMostShared += (words[(other[i] >>> 5) & 0x7ff] >>> (other[i] & 31)) & 1;
    if (jaccardOf(atMostShared, shingles.length, other.length) < threshold) return undefined;
    const similarity = jaccard(shingles, other);
    return similarity >= threshold ? similarity : undefined;
  }
}
