/**
 * Near-duplicate bodies (`corpus/near-duplicate`): pairs whose word 3-shingle sets have a Jaccard
 * similarity at or above the corpus threshold. Signatures are made once per document (shingleHashes,
 * then minhashSignature); findNearDuplicates bands them into candidate pairs (candidates.ts) and keeps
 * the candidates whose exact Jaccard similarity reaches the threshold, so no pair is reported wrongly.
 */
import { candidatePairs } from './candidates';
import { jaccard } from './jaccard';

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

/** The candidate pairs (indices mapped into `docs` by `indexOf`) at least `threshold` similar, ordered by a, then b. */
export function verifiedPairs(docs: readonly SimilarityInput[], candidates: Iterable<[number, number]>, threshold: number, indexOf = (index: number) => index): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  for (const [i, j] of candidates) {
    const [a, b] = [indexOf(i), indexOf(j)];
    const similarity = jaccard(docs[a].shingles, docs[b].shingles);
    if (similarity >= threshold) pairs.push({ a, b, similarity });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
