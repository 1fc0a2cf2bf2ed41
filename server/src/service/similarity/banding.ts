/**
 * Locality-sensitive hashing of signatures: the signature is cut into bands of a few slots ("rows"),
 * and two documents become candidates when all the slots of one band agree. Each slot agrees with
 * probability equal to the Jaccard similarity s, so a pair is a candidate with probability
 * 1 − Π(1 − s^rows) over the bands: an S-curve that rises steeply at the threshold it is made for.
 */
import { SIGNATURE_LENGTH } from './minhash';

/** `bands` bands of `rows` rows, then `shorterBands` bands of `rows − 1` rows. */
export interface Banding {
  rows: number;
  bands: number;
  shorterBands: number;
}

/** The share of pairs exactly at the threshold that become candidates; pairs above it do better. */
export const RECALL_AT_THRESHOLD = 0.97;

/**
 * The banding for a threshold: the most rows per band with which RECALL_AT_THRESHOLD is reached within
 * the signature (more rows make dissimilar pairs far less likely to collide), then, with the slots left
 * over, as many bands lengthened by one row as the recall allows. Where not even single-row bands reach
 * the recall (thresholds under 0.011), every slot is its own band.
 *
 * With 320 slots (rows × bands): 0.05 → 2×128 + 1×63, 0.1 → 2×150 + 1×19, 0.15 → 3×4 + 2×154,
 * 0.2 → 3×56 + 2×75, 0.3 → 3×101 + 2×8, 0.5 → 5×32 + 4×39, 0.9 → 17×16 + 16×3.
 */
export function bandingFor(threshold: number, slots: number = SIGNATURE_LENGTH): Banding {
  const uniform = uniformBanding(threshold, slots);
  return lengthened(threshold, uniform.rows, slots) ?? uniform;
}

/** The probability that a pair of this Jaccard similarity shares at least one band. */
export function candidateProbability(similarity: number, { rows, bands, shorterBands }: Banding): number {
  return 1 - (1 - similarity ** rows) ** bands * (1 - similarity ** (rows - 1)) ** shorterBands;
}

/** How many slots of the signature the bands take. */
export function slotsUsed({ rows, bands, shorterBands }: Banding): number {
  return rows * bands + (rows - 1) * shorterBands;
}

/** Where a band lies in the signature. */
export interface BandSlots {
  start: number;
  rows: number;
}

/** The slots of each band, in signature order. */
export function bandLayout({ rows, bands, shorterBands }: Banding): BandSlots[] {
  const layout = Array.from({ length: bands }, (_, band) => ({ start: band * rows, rows }));
  for (let band = 0; band < shorterBands; band++) layout.push({ start: bands * rows + band * (rows - 1), rows: rows - 1 });
  return layout;
}

function uniformBanding(threshold: number, slots: number): Banding {
  let best: Banding = { rows: 1, bands: slots, shorterBands: 0 };
  for (let rows = 1; rows <= slots; rows++) {
    const bands = bandsForRecall(threshold, rows);
    if (rows * bands <= slots) best = { rows, bands, shorterBands: 0 };
  }
  return best;
}

/** Bands of `rows + 1` rows, with as few bands of `rows` rows as reach the recall in the slots. */
function lengthened(threshold: number, rows: number, slots: number): Banding | undefined {
  for (let shorterBands = 0; rows * shorterBands <= slots; shorterBands++) {
    const banding = { rows: rows + 1, bands: Math.floor((slots - rows * shorterBands) / (rows + 1)), shorterBands };
    if (banding.bands > 0 && candidateProbability(threshold, banding) >= RECALL_AT_THRESHOLD) return banding;
  }
  return undefined;
}

function bandsForRecall(threshold: number, rows: number): number {
  const bands = Math.ceil(Math.log(1 - RECALL_AT_THRESHOLD) / Math.log1p(-(threshold ** rows)));
  return Number.isFinite(bands) ? Math.max(1, bands) : Number.POSITIVE_INFINITY;
}
