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
const MAX_HASH = 0xffffffff;
/** Greater than every round, so `filledInRound[slot] >= round` holds exactly for the slots a round may still set. */
const UNFILLED = 0x7fffffff;
/** Per slot, the round that filled it; kept between calls. */
const filledInRound = new Int32Array(SIGNATURE_LENGTH);

/** A fixed number of min-hash values of a sorted unique shingle set; deterministic. Zeros for an empty set. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_LENGTH);
  if (shingles.length === 0) return signature;
  let unfilled = firstRound(shingles, signature);
  for (let round = 1; unfilled > 0; round++) unfilled -= laterRound(shingles, round, signature);
  return signature;
}

/** Round 0, which finds every slot open: each slot reached takes the least value offered. Returns the slots left open. */
function firstRound(shingles: Uint32Array, signature: Uint32Array): number {
  filledInRound.fill(UNFILLED);
  signature.fill(MAX_HASH);
  const seed = roundSeed(0);
  for (let i = 0; i < shingles.length; i++) {
    const value = finalize(shingles[i] ^ seed);
    const slot = slotOf(value);
    filledInRound[slot] = 0;
    // The smaller of the two without a branch: which one it is cannot be predicted, and this loop runs most.
    const current = signature[slot];
    const lower = -Number(value < current);
    signature[slot] = (value & lower) | (current & ~lower);
  }
  let unfilled = 0;
  for (let slot = 0; slot < SIGNATURE_LENGTH; slot++) if (filledInRound[slot] === UNFILLED) unfilled++;
  return unfilled;
}

/** A round after the first: only slots still open, or filled in this round, take values. Returns the slots it fills. */
function laterRound(shingles: Uint32Array, round: number, signature: Uint32Array): number {
  const seed = roundSeed(round);
  let filled = 0;
  for (let i = 0; i < shingles.length; i++) {
    const value = finalize(shingles[i] ^ seed);
    const slot = round < SIGNATURE_LENGTH ? slotOf(value) : round - SIGNATURE_LENGTH;
    if (filledInRound[slot] < round) continue;
    if (filledInRound[slot] === UNFILLED) {
      filledInRound[slot] = round;
      signature[slot] = value;
      filled++;
    } else if (value < signature[slot]) {
      signature[slot] = value;
    }
  }
  return filled;
}

/** floor(value · SIGNATURE_LENGTH / 2³²) in integer arithmetic: the high half of the product, from the two halves of `value`. */
function slotOf(value: number): number {
  return ((value >>> 16) * SIGNATURE_LENGTH + (((value & 0xffff) * SIGNATURE_LENGTH) >>> 16)) >>> 16;
}

function roundSeed(round: number): number {
  return finalize(Math.imul(round + 1, 0x9e3779b9));
}
