/**
 * MinHash signatures by fast similarity sketching (Dahlgaard, Knudsen and Thorup, "Fast Similarity
 * Sketching", FOCS 2017): SIGNATURE_LENGTH min-values, each equal between two sets with probability
 * exactly their Jaccard similarity, for O(n + k log k) hash evaluations instead of the O(n·k) of k
 * independent hash functions (a 650-shingle body: ~2,300 instead of 208,000).
 *
 * Round after round, every shingle is hashed with that round's seed; the hash picks a slot and is the
 * value offered to it. A slot keeps the smallest value of the first round that reaches it, so the
 * sketch is complete once every slot is filled. In rounds k..2k−1 round i offers every shingle to slot
 * i−k, which fills the slots of even the smallest set. Which shingle wins a slot depends on hash values
 * alone, so it is equally likely to be any shingle of the union of two sets: the slot agrees exactly
 * when the winner lies in their intersection.
 */
import { finalize } from './hash';

/**
 * Slots of a signature: enough for bands of two rows at the default threshold 0.15 (155 bands, 310
 * slots; see banding.ts), rounded up. 1.25 KB a document.
 */
export const SIGNATURE_LENGTH = 320;
const HASH_RANGE = 2 ** 32;
const UNFILLED = -1;

/** A fixed number of min-hash values of a sorted unique shingle set; deterministic. Zeros for an empty set. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  if (shingles.length === 0) return signature;
  const filledInRound = new Int32Array(SIGNATURE_LENGTH).fill(UNFILLED);
  let unfilled = SIGNATURE_LENGTH;
  for (let round = 0; unfilled > 0; round++) {
    const seed = roundSeed(round);
    for (let i = 0; i < shingles.length; i++) {
      const value = finalize(shingles[i] ^ seed);
      const slot = round < SIGNATURE_LENGTH ? Math.floor((value / HASH_RANGE) * SIGNATURE_LENGTH) : round - SIGNATURE_LENGTH;
      if (filledInRound[slot] === UNFILLED) {
        filledInRound[slot] = round;
        signature[slot] = value;
        unfilled--;
      } else if (filledInRound[slot] === round && value < signature[slot]) {
        signature[slot] = value;
      }
    }
  }
  return signature;
}

function roundSeed(round: number): number {
  return finalize(Math.imul(round + 1, 0x9e3779b9));
}
