import { findNearDuplicates, type SimilarityInput } from '../../similarity/nearDuplicates';
import { documentRange, type DocumentSummary } from '../../summary';
import { compareStrings } from '../../text/compare';
import type { Fix } from '../../types';
import { newFieldText, yamlItem } from '../frontMatterEdits';
import type { CorpusFinding, CorpusRule } from '../rule';

export const corpusNearDuplicate: CorpusRule = {
  id: 'corpus/near-duplicate',
  check(documents, env, report) {
    const candidates = documents.filter((doc): doc is DocumentSummary & { similarity: SimilarityInput } => Boolean(doc.similarity));
    const linked = new DuplicateLinks(documents);
    const pairs = findNearDuplicates(candidates.map((doc) => doc.similarity), env.config.nearDuplicateThreshold).map(({ a, b, similarity }) => {
      const keys = [ageKey(candidates[a]), ageKey(candidates[b])].sort(compareStrings);
      return { a: candidates[a], b: candidates[b], similarity, keys };
    });
    // Pairs by the age of their earlier document, then of their later one: each document meets its partners
    // oldest first, so the first fix --fix applies names the earliest copy.
    pairs.sort((x, y) => compareStrings(x.keys[0], y.keys[0]) || compareStrings(x.keys[1], y.keys[1]));
    for (const { a, b, similarity } of pairs) reportNearDuplicatePair(a, b, similarity, linked, report);
  },
};

/** Reports a pair on both documents, unless `duplicate_of` already links them. */
export function reportNearDuplicatePair(a: DocumentSummary, b: DocumentSummary, similarity: number, linked: DuplicateLinks, report: (finding: CorpusFinding) => void): void {
  const [earlier, later] = byAge(a, b);
  if (linked.connected(earlier, later)) return;
  const percent = Math.round(similarity * 100);
  for (const [doc, other] of [[later, earlier], [earlier, later]] as const) {
    const fix = doc === later && other.id ? markAsDuplicate(doc, other.id.value, linked) : undefined;
    report({
      file: doc.file,
      range: documentRange(doc),
      message: `This body is ${percent}% the same as ${other.file}${other.id ? ` (\`${other.id.value}\`)` : ''}; if it is the same article, mark one as \`duplicate_of\` the other.`,
      related: [{ file: other.file, range: documentRange(other), message: `${percent}% the same body` }],
      fix,
    });
  }
}

/**
 * The fix that makes `doc` a duplicate of the document `id`: adds `duplicate_of`, or rewrites one that
 * names no other document of the corpus. One that links another document is left for the user to settle.
 */
function markAsDuplicate(doc: DocumentSummary, id: string, linked: DuplicateLinks): Fix | undefined {
  const slot = doc.duplicateOfSlot;
  const target = doc.duplicateOf?.value;
  if (!slot || (target !== undefined && target !== doc.id?.value && linked.hasDocument(target))) return undefined;
  const value = yamlItem(id);
  const title = `Mark as duplicate_of \`${id}\``;
  if ('replace' in slot) return { title, edits: [{ range: slot.replace, newText: value }] };
  return { title, edits: [{ range: slot.newField.range, newText: newFieldText(slot.newField, `duplicate_of: ${value}`, doc.eol) }] };
}

/** The earlier-published document first; the later one is the copy. Ties go by file name. */
function byAge(a: DocumentSummary, b: DocumentSummary): [DocumentSummary, DocumentSummary] {
  return ageKey(a) <= ageKey(b) ? [a, b] : [b, a];
}

/** Orders documents by publication date, undated last, then by file name. */
export function ageKey(doc: DocumentSummary): string {
  return `${doc.published ?? '9999'}\u0000${doc.file}`;
}

/** Documents joined, directly or through others, by `duplicate_of`. */
export class DuplicateLinks {
  private readonly parent = new Map<string, string>();
  /** The files of each id: more than one when corpus/duplicate-id reports it, and a link then joins them all. */
  private readonly filesById = new Map<string, string[]>();

  constructor(documents: readonly DocumentSummary[]) {
    for (const doc of documents) {
      if (!doc.id) continue;
      const files = this.filesById.get(doc.id.value);
      if (files) files.push(doc.file);
      else this.filesById.set(doc.id.value, [doc.file]);
    }
    for (const doc of documents) {
      for (const target of (doc.duplicateOf && this.filesById.get(doc.duplicateOf.value)) ?? []) this.join(doc.file, target);
    }
  }

  /** Whether some document of the corpus has the id `id`. */
  hasDocument(id: string): boolean {
    return this.filesById.has(id);
  }

  private join(a: string, b: string): void {
    const [rootA, rootB] = [this.root(a), this.root(b)];
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }

  connected(a: DocumentSummary, b: DocumentSummary): boolean {
    return this.root(a.file) === this.root(b.file);
  }

  private root(file: string): string {
    let current = file;
    while (this.parent.has(current)) current = this.parent.get(current)!;
    return current;
  }
}
