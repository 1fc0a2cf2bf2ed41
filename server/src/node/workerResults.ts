/**
 * How worker results cross to the main thread. Structured clone rebuilds each of the many small objects
 * of diagnostics and summaries slowly on the receiving side; JSON strings parse in about half the time,
 * and leave compact objects that share nothing with the texts they were read from. The typed arrays
 * (similarity inputs, actor places) and the command line's output lines travel beside the JSON, as they
 * are. Each result's diagnostics are a JSON string of their own, parsed when first read: the language
 * server reads most of them only once every document is analysed, so the main thread does not spend the
 * indexing on them.
 */
import type { SimilarityInput } from '../service/similarity/nearDuplicates';
import type { Diagnostic } from '../service/types';
import type { FileAnalysis } from './analyzeFile';

export interface PackedResults {
  /** The results without their diagnostics and typed arrays. */
  json: string;
  /** Each result's diagnostics, as JSON, by index. */
  diagnostics: string[];
  /** Each result's `summary.similarity`, by index. */
  similarity: (SimilarityInput | undefined)[];
  /** Each result's `actors.places`, by index. */
  places: (Int32Array | undefined)[];
  /** Each result's `lines.keys`, by index. */
  lineKeys: (Int32Array | undefined)[];
  /** Each result's `lines.text`, by index. */
  lineTexts: (string | undefined)[];
}

/** Packs results for posting; takes the diagnostics, typed arrays and output lines' texts out of `results`. */
export function packResults(results: readonly FileAnalysis[]): PackedResults {
  const diagnostics = results.map((result) => JSON.stringify(result.diagnostics));
  const similarity = results.map((result) => result.summary?.similarity);
  const places = results.map((result) => result.actors?.places);
  const lineKeys = results.map((result) => result.lines?.keys);
  const lineTexts = results.map((result) => result.lines?.text);
  const rest = results.map(({ diagnostics: _, ...result }) => result);
  for (const result of rest) {
    if (result.summary) result.summary.similarity = undefined;
    if (result.actors) (result.actors as { places?: Int32Array }).places = undefined;
    if (result.lines) Object.assign(result.lines, { keys: undefined, text: undefined });
  }
  return { json: JSON.stringify(rest), diagnostics, similarity, places, lineKeys, lineTexts };
}

export function unpackResults(packed: PackedResults): FileAnalysis[] {
  const results = JSON.parse(packed.json) as FileAnalysis[];
  results.forEach((result, index) => {
    lazyDiagnostics(result, packed.diagnostics[index]);
    const places = packed.places[index];
    if (result.actors && places) result.actors.places = places;
    const lineKeys = packed.lineKeys[index];
    if (result.lines && lineKeys) result.lines.keys = lineKeys;
    const lineText = packed.lineTexts[index];
    if (result.lines && lineText !== undefined) result.lines.text = lineText;
    const summary = result.summary;
    if (!summary) return;
    const similarity = packed.similarity[index];
    if (similarity) summary.similarity = similarity;
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
