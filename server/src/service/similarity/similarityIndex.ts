/**
 * The near-duplicate pairs of a corpus kept current one document at a time, with exactly the pairs
 * findNearDuplicates would find over the whole corpus.
 *
 * It keeps, per document in file order, its signature slots and its key in every band of the two passes
 * (candidates.ts), with 0 for a threshold-pass band that a common slot value makes it ignore. When one
 * document changes, its candidates are the documents sharing one of its new band keys, chosen as
 * candidatePairs chooses them, and only its pairs are verified again. A change that would alter the
 * candidates of other pairs (a bucket or a slot value crossing MAX_BUCKET documents, or a document joining
 * or leaving the eligible ones) rebuilds everything instead; those are rare.
 */
import { bandingFor, bandLayout, slotsUsed, type BandSlots } from './banding';
import { addBucketPairs, bandKeys, DENSE_SIMILARITY, IGNORED, MAX_BUCKET, PairSet, slotColumns } from './candidates';
import { CommonValues } from './commonValues';
import { finalize, mixBlock } from './hash';
import { HashGroups } from './hashGroups';
import { MIN_SHINGLES, SimilarityCheck, verifiedPairs, type SimilarityInput } from './nearDuplicates';

/** Pairs by file: each file's partners with their similarity. */
export type PartnerMap = ReadonlyMap<string, ReadonlyMap<string, number>>;

interface Band extends BandSlots {
  /** Threshold-pass bands ignore common slot values; dense-pass bands do not. */
  ignoresCommon: boolean;
}

export class SimilarityIndex {
  private readonly bands: Band[];
  private readonly slots: number;
  private files: string[] = [];
  private position = new Map<string, number>();
  private inputs: SimilarityInput[] = [];
  /** Slot-major: values[slot * count + position]. */
  private values: Uint32Array = new Uint32Array(0);
  /** Slot-major like values: 1 where more than MAX_BUCKET documents hold the document's value in that slot. */
  private common: Uint8Array = new Uint8Array(0);
  /** Band-major keys, IGNORED where a threshold-pass band ignores the document. */
  private keys: Uint32Array = new Uint32Array(0);
  /**
   * The other documents of each bucket of the document updated last, by band. An edit changes a slot of the
   * signature only now and then, so the next update of the same document reads few buckets again. A key
   * changes only in the update of its own document, which then reads that document's buckets: so these stay
   * current but for the bands in which the document's own next update moves it.
   */
  private lastBuckets?: { doc: number; members: (number[] | undefined)[] };
  private readonly partners = new Map<string, Map<string, number>>();
  /** Documents with too short a body to be eligible, kept so that a change of eligibility is noticed. */
  private readonly ineligible = new Set<string>();

  constructor(private readonly threshold: number) {
    const dense = bandingFor(Math.max(threshold, DENSE_SIMILARITY));
    const sparse = threshold < DENSE_SIMILARITY ? bandingFor(threshold) : undefined;
    this.bands = [
      ...bandLayout(dense).map((band) => ({ ...band, ignoresCommon: false })),
      ...(sparse ? bandLayout(sparse).map((band) => ({ ...band, ignoresCommon: true })) : []),
    ];
    this.slots = Math.max(slotsUsed(dense), sparse ? slotsUsed(sparse) : 0);
  }

  /** Each file's partners; a file without any is absent. */
  get pairs(): PartnerMap {
    return this.partners;
  }

  /** Indexes a whole corpus (any order) and finds its pairs. */
  rebuild(documents: ReadonlyMap<string, SimilarityInput | undefined>): void {
    const files = [...documents.keys()].sort();
    this.ineligible.clear();
    const eligible: string[] = [];
    for (const file of files) {
      const input = documents.get(file);
      if (input && input.shingles.length >= MIN_SHINGLES) eligible.push(file);
      else this.ineligible.add(file);
    }
    this.files = eligible;
    this.position = new Map(eligible.map((file, index) => [file, index]));
    this.inputs = eligible.map((file) => documents.get(file)!);
    this.indexSignatures();
    this.partners.clear();
    for (const { a, b, similarity } of verifiedPairs(this.inputs, this.candidates(), this.threshold)) this.link(this.files[a], this.files[b], similarity);
  }

  /** Every candidate pair, from the band keys just indexed: the pairs candidatePairs gives for these signatures. */
  private candidates(): PairSet {
    const count = this.files.length;
    const pairs = new PairSet(count);
    const groups = new HashGroups(count);
    this.bands.forEach((_, band) => addBucketPairs(this.keys.subarray(band * count, (band + 1) * count), groups, pairs));
    return pairs;
  }

  /**
   * Takes in a document's new input (undefined: it left the corpus). Returns the files whose pairs changed,
   * or undefined when everything was rebuilt.
   */
  update(file: string, input: SimilarityInput | undefined): Set<string> | undefined {
    const eligible = input !== undefined && input.shingles.length >= MIN_SHINGLES;
    const at = this.position.get(file);
    if (at === undefined || !eligible) {
      if (at === undefined && !eligible) {
        if (input) this.ineligible.add(file);
        else this.ineligible.delete(file);
        return new Set();
      }
      this.rebuildWith(file, input);
      return undefined;
    }
    const count = this.files.length;
    const newValues = new Uint32Array(this.slots);
    for (let slot = 0; slot < this.slots; slot++) newValues[slot] = input.signature[slot];
    const changedSlots: number[] = [];
    for (let slot = 0; slot < this.slots; slot++) if (this.values[slot * count + at] !== newValues[slot]) changedSlots.push(slot);
    const newCommon = this.commonFlags(at, newValues, changedSlots);
    if (!newCommon) {
      this.rebuildWith(file, input);
      return undefined;
    }
    const oldValues = changedSlots.map((slot) => this.values[slot * count + at]);
    changedSlots.forEach((slot, i) => {
      this.values[slot * count + at] = newValues[slot];
      this.common[slot * count + at] = newCommon[i];
    });
    const newKeys = this.bands.map((band) => this.keyOf(at, band));
    const moved = newKeys.flatMap((key, band) => (key === this.keys[band * count + at] ? [] : [band]));
    if (moved.some((band) => this.bucketTooLarge(band, at, this.keys[band * count + at]) || this.bucketTooLarge(band, at, newKeys[band]))) {
      changedSlots.forEach((slot, i) => (this.values[slot * count + at] = oldValues[i]));
      this.rebuildWith(file, input);
      return undefined;
    }
    for (const band of moved) {
      this.keys[band * count + at] = newKeys[band];
      if (this.lastBuckets?.doc === at) this.lastBuckets.members[band] = undefined;
    }
    this.inputs[at] = input;
    return this.relink(file, this.verifiedCandidates(at));
  }

  private rebuildWith(file: string, input: SimilarityInput | undefined): void {
    const documents = new Map<string, SimilarityInput | undefined>(this.files.map((name, index) => [name, this.inputs[index]]));
    for (const name of this.ineligible) documents.set(name, undefined);
    if (input) documents.set(file, input);
    else documents.delete(file);
    this.rebuild(documents);
  }

  private indexSignatures(): void {
    const count = this.files.length;
    this.values = slotColumns(this.inputs.map((input) => input.signature), this.slots);
    this.common = this.commonValueFlags();
    this.keys = new Uint32Array(this.bands.length * count);
    this.lastBuckets = undefined;
    this.bands.forEach((band, index) => {
      const keys = this.keys.subarray(index * count, (index + 1) * count);
      bandKeys(this.values, count, band, keys);
      if (!band.ignoresCommon) return;
      for (let at = band.start * count, end = (band.start + band.rows) * count; at < end; at++) if (this.common[at] === 1) keys[at % count] = IGNORED;
    });
  }

  /** Per slot and document: 1 where more than MAX_BUCKET documents hold the document's value in that slot. */
  private commonValueFlags(): Uint8Array {
    const count = this.files.length;
    const flags = new Uint8Array(this.slots * count);
    if (!this.bands.some((band) => band.ignoresCommon)) return flags;
    const common = new CommonValues(count);
    for (let slot = 0; slot < this.slots; slot++) {
      common.flag(this.values.subarray(slot * count, (slot + 1) * count), MAX_BUCKET, flags.subarray(slot * count, (slot + 1) * count));
    }
    return flags;
  }

  /** How many documents hold `value` in `slot`, leaving out `except`. */
  private holders(slot: number, value: number, except: number): number {
    const count = this.files.length;
    const column = this.values.subarray(slot * count, (slot + 1) * count);
    let holders = 0;
    for (let doc = 0; doc < count; doc++) holders += Number(column[doc] === value);
    return holders - Number(column[except] === value);
  }

  /**
   * The document's common-value flags for the slots whose value changes, or undefined when the change would
   * make a value common, or no longer common, for other documents.
   */
  private commonFlags(doc: number, newValues: Uint32Array, changedSlots: readonly number[]): Uint8Array | undefined {
    const flags = new Uint8Array(changedSlots.length);
    if (!this.bands.some((band) => band.ignoresCommon)) return flags;
    const count = this.files.length;
    for (let i = 0; i < changedSlots.length; i++) {
      const slot = changedSlots[i];
      const leaving = this.holders(slot, this.values[slot * count + doc], doc);
      const joining = this.holders(slot, newValues[slot], doc);
      if (leaving === MAX_BUCKET || joining === MAX_BUCKET) return undefined;
      flags[i] = Number(joining + 1 > MAX_BUCKET);
    }
    return flags;
  }

  /** The document's key in a band, from its current slot values and flags. */
  private keyOf(doc: number, { start, rows, ignoresCommon }: Band): number {
    const count = this.files.length;
    let key = 0;
    for (let at = start * count + doc, end = (start + rows) * count; at < end; at += count) {
      if (ignoresCommon && this.common[at] === 1) return IGNORED;
      key = mixBlock(key, this.values[at]);
    }
    return finalize(key) || 1;
  }

  /** The other documents of a band's bucket `key`. */
  private bucket(band: number, key: number, except: number): number[] {
    const count = this.files.length;
    const keys = this.keys.subarray(band * count, (band + 1) * count);
    const members: number[] = [];
    for (let doc = 0; doc < count; doc++) if (keys[doc] === key && doc !== except) members.push(doc);
    return members;
  }

  /** A bucket of more than MAX_BUCKET with the document in it pairs the others differently than without it. */
  private bucketTooLarge(band: number, doc: number, key: number): boolean {
    return key !== IGNORED && this.bucket(band, key, doc).length + 1 > MAX_BUCKET;
  }

  /** The document's partners: its candidates as candidatePairs chooses them, verified. */
  private verifiedCandidates(doc: number): Map<string, number> {
    const count = this.files.length;
    const candidates = new Set<number>();
    if (this.lastBuckets?.doc !== doc) this.lastBuckets = { doc, members: [] };
    const { members } = this.lastBuckets;
    this.bands.forEach((_, band) => {
      const key = this.keys[band * count + doc];
      if (key === IGNORED) return;
      const others = (members[band] ??= this.bucket(band, key, doc));
      if (others.length + 1 <= MAX_BUCKET || doc < others[0]) others.forEach((other) => candidates.add(other));
      else candidates.add(others[0]);
    });
    const verified = new Map<string, number>();
    const check = new SimilarityCheck(this.threshold);
    check.against(this.inputs[doc].shingles);
    for (const other of candidates) {
      const similarity = check.reaching(this.inputs[other].shingles);
      if (similarity !== undefined) verified.set(this.files[other], similarity);
    }
    return verified;
  }

  /** Replaces the file's partners; returns it and every partner it had or has now. */
  private relink(file: string, next: Map<string, number>): Set<string> {
    const changed = new Set<string>([file, ...next.keys()]);
    for (const other of this.partners.get(file)?.keys() ?? []) {
      changed.add(other);
      const theirs = this.partners.get(other)!;
      theirs.delete(file);
      if (theirs.size === 0) this.partners.delete(other);
    }
    this.partners.delete(file);
    for (const [other, similarity] of next) this.link(file, other, similarity);
    return changed;
  }

  private link(a: string, b: string, similarity: number): void {
    for (const [from, to] of [[a, b], [b, a]]) {
      const map = this.partners.get(from) ?? this.partners.set(from, new Map()).get(from)!;
      map.set(to, similarity);
    }
  }
}
