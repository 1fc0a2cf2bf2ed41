/**
 * How worker results cross to the main thread. Structured clone rebuilds each of the many small objects
 * of diagnostics and summaries slowly on the receiving side; one JSON string per batch parses in about
 * half the time. The typed arrays of the similarity inputs travel beside the string, as they are.
 */
import type { FileAnalysis } from '../node/analyzeFile';
import type { SimilarityInput } from '../service/similarity/nearDuplicates';

export interface PackedResults {
  json: string;
  /** Each result's `summary.similarity`, by index. */
  similarity: (SimilarityInput | undefined)[];
}

export function packResults(results: readonly FileAnalysis[]): PackedResults {
  const similarity = results.map((result) => result.summary?.similarity);
  for (const result of results) if (result.summary) result.summary.similarity = undefined;
  return { json: JSON.stringify(results), similarity };
}

export function unpackResults(packed: PackedResults): FileAnalysis[] {
  const results = JSON.parse(packed.json) as FileAnalysis[];
  results.forEach((result, index) => {
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
