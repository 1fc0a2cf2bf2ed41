/**
 * How worker results cross to the main thread. Structured clone rebuilds each of the many small objects
 * of diagnostics and summaries slowly on the receiving side; JSON strings parse in about half the time,
 * and leave compact objects that share nothing with the texts they were read from. Each result's
 * diagnostics are a JSON string of their own, parsed when first read: the language server reads most of
 * them only once every document is analysed, so the main thread does not spend the indexing on them.
 *
 * The typed arrays of a batch (similarity inputs, ~4 KB a document; actor places; output lines' keys)
 * travel in shared buffers that each result's arrays are views into, so neither thread copies them one
 * by one: ~40 MB a run of the benchmark corpus. So do the output lines, encoded as UTF-8 once on the
 * worker: the main thread writes those bytes as they are, and ~20 MB of text a run is neither copied
 * between the threads nor held as strings (of two bytes a character, when a message has an ellipsis).
 *
 * The diagnostics' JSON of a batch travels as one string, which each result then slices. A long string is
 * allocated where the young-generation collector never copies it, and a slice only points into it, so the
 * main thread's collector does not copy the text, which lives to the end of the run, twice over.
 */
import type { Diagnostic } from '../service/types';
import type { FileAnalysis } from './analyzeFile';
import { maxUtf8Bytes, writeUtf8, type Utf8Text } from './utf8';

export interface PackedResults {
  /** The results without their diagnostics and typed arrays. */
  json: string;
  /** Each result's diagnostics as JSON, one after another; `diagnosticEnds` has where each ends. */
  diagnostics: string;
  diagnosticEnds: Int32Array;
  /** Each result's `summary.similarity` arrays, `actors.places` and `lines.keys`. */
  signatures: SharedArrays;
  shingles: SharedArrays;
  places: SharedArrays;
  lineKeys: SharedArrays;
  /** Each result's `lines.text` as UTF-8, one after another in a shared buffer; `lineTextEnds` has where each ends (-1 for none). */
  lineTexts: Uint8Array;
  lineTextEnds: Int32Array;
}

/** Packs results for posting; takes the diagnostics, typed arrays and output lines' texts out of `results`. */
export function packResults(results: readonly FileAnalysis[]): PackedResults {
  const diagnostics = joined(results.map((result) => JSON.stringify(result.diagnostics)));
  const similarity = results.map((result) => result.summary?.similarity);
  const signatures = shareArrays(similarity.map((input) => input?.signature));
  const shingles = shareArrays(similarity.map((input) => input?.shingles));
  const places = shareArrays(results.map((result) => result.actors?.places));
  const lineKeys = shareArrays(results.map((result) => result.lines?.keys));
  const lineTexts = sharedBytes(results.map((result) => result.lines?.text));
  const rest = results.map(({ diagnostics: _, ...result }) => result);
  for (const result of rest) {
    if (result.summary) result.summary.similarity = undefined;
    if (result.actors) (result.actors as { places?: Int32Array }).places = undefined;
    if (result.lines) Object.assign(result.lines, { keys: undefined, text: undefined });
  }
  return {
    json: JSON.stringify(rest),
    diagnostics: diagnostics.text,
    diagnosticEnds: diagnostics.ends,
    signatures,
    shingles,
    places,
    lineKeys,
    lineTexts: lineTexts.bytes,
    lineTextEnds: lineTexts.ends,
  };
}

/** Arrays of 32-bit values one after another in one shared buffer. */
export interface SharedArrays {
  values: Int32Array;
  /** Per array: where it starts in `values` (-1 for none) and its length. */
  spans: Int32Array;
}

function shareArrays(arrays: readonly (Int32Array | Uint32Array | undefined)[]): SharedArrays {
  const length = arrays.reduce((sum, array) => sum + (array?.length ?? 0), 0);
  const values = new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT));
  const spans = new Int32Array(arrays.length * 2).fill(-1);
  let at = 0;
  arrays.forEach((array, index) => {
    if (!array) return;
    spans[index * 2] = at;
    spans[index * 2 + 1] = array.length;
    // Viewed as Int32Array, an unsigned array is copied as memory rather than converted value by value.
    values.set(array instanceof Uint32Array ? new Int32Array(array.buffer, array.byteOffset, array.length) : array, at);
    at += array.length;
  });
  return { values, spans };
}

/** The array at `index`, as a view of type `View` into the shared buffer. */
function sharedAt<View extends Int32Array | Uint32Array>(shared: SharedArrays, index: number, View: new (buffer: ArrayBufferLike, byteOffset: number, length: number) => View): View | undefined {
  const start = shared.spans[index * 2];
  if (start < 0) return undefined;
  const { buffer, byteOffset, BYTES_PER_ELEMENT } = shared.values;
  return new View(buffer, byteOffset + start * BYTES_PER_ELEMENT, shared.spans[index * 2 + 1]);
}

/** The strings one after another, with where each ends; -1 where there is none. */
function joined(strings: readonly (string | undefined)[]): { text: string; ends: Int32Array } {
  const ends = new Int32Array(strings.length);
  let end = 0;
  strings.forEach((string, index) => (ends[index] = string === undefined ? -1 : (end += string.length)));
  return { text: strings.join(''), ends };
}

/** Where `sharedBytes` encodes strings before they are copied into a shared buffer of their exact size. */
let scratch = Buffer.allocUnsafe(1 << 16);

/** The texts one after another as UTF-8 in a shared buffer, with where each ends; -1 where there is none. */
function sharedBytes(texts: readonly (Utf8Text | undefined)[]): { bytes: Uint8Array; ends: Int32Array } {
  const ends = new Int32Array(texts.length);
  let end = 0;
  texts.forEach((text, index) => {
    if (text === undefined) return void (ends[index] = -1);
    const room = maxUtf8Bytes(text);
    if (end + room > scratch.length) scratch = Buffer.concat([scratch.subarray(0, end)], Math.max(scratch.length * 2, end + room));
    end += writeUtf8(scratch, text, end);
    ends[index] = end;
  });
  const bytes = new Uint8Array(new SharedArrayBuffer(end));
  bytes.set(scratch.subarray(0, end));
  return { bytes, ends };
}

/** Reads the strings of a `joined` text back in order. */
class Pieces {
  private index = 0;
  private start = 0;

  constructor(
    private readonly text: string,
    private readonly ends: Int32Array,
  ) {}

  next(): string | undefined {
    const end = this.ends[this.index++];
    if (end < 0) return undefined;
    const piece = this.text.slice(this.start, end);
    this.start = end;
    return piece;
  }
}

export function unpackResults(packed: PackedResults): FileAnalysis[] {
  const results = JSON.parse(packed.json) as FileAnalysis[];
  const diagnostics = new Pieces(packed.diagnostics, packed.diagnosticEnds);
  let lineStart = 0;
  results.forEach((result, index) => {
    lazyDiagnostics(result, diagnostics.next()!);
    const places = sharedAt(packed.places, index, Int32Array);
    if (result.actors && places) result.actors.places = places;
    const lineKeys = sharedAt(packed.lineKeys, index, Int32Array);
    if (result.lines && lineKeys) result.lines.keys = lineKeys;
    const lineEnd = packed.lineTextEnds[index];
    if (lineEnd >= 0) {
      if (result.lines) result.lines.text = packed.lineTexts.subarray(lineStart, lineEnd);
      lineStart = lineEnd;
    }
    const summary = result.summary;
    if (!summary) return;
    const signature = sharedAt(packed.signatures, index, Uint32Array);
    const shingles = sharedAt(packed.shingles, index, Uint32Array);
    if (signature && shingles) summary.similarity = { signature, shingles };
    // JSON has no Infinity: the open upper bound of an `N+` count comes back as null.
    for (const casualty of summary.casualties) {
      for (const count of Object.values(casualty.counts)) if (count.high === null) count.high = Infinity;
    }
  });
  return results;
}

/** Gives `result` a `diagnostics` property parsed from `json` when first read (or replaced when first written). */
function lazyDiagnostics(result: FileAnalysis, json: string): void {
  const settle = (diagnostics: Diagnostic[]) => {
    Object.defineProperty(result, 'diagnostics', { value: diagnostics, writable: true, enumerable: true, configurable: true });
    return diagnostics;
  };
  Object.defineProperty(result, 'diagnostics', {
    get: () => settle(JSON.parse(json) as Diagnostic[]),
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
