import type { Logger } from '../../analyze';
import { SimilarityIndex } from '../../similarity/similarityIndex';
import type { DocumentSummary } from '../../summary';
import { isSuppressed } from '../../suppressions';
import { compareStrings } from '../../text/compare';
import type { Diagnostic, SeveritySetting } from '../../types';
import { CORPUS_RULES } from '../index';
import type { CorpusFinding, CorpusRule, RuleEnvironment } from '../rule';
import { GROUPED_RULES, wholeCorpus } from './groupings';
import { KeyedGroups } from './keyedGroups';
import { ageKey, corpusNearDuplicate, DuplicateLinks, reportNearDuplicatePair } from './nearDuplicate';

interface RuleSource {
  rule: CorpusRule;
  findingsFor(file: string): CorpusFinding[];
  /** The findings come in the order to show them, which sorting by position would not keep. */
  ordered?: boolean;
}

/**
 * The corpus-wide diagnostics of a corpus, kept current one document at a time: a changed document
 * re-checks only the groups it was or is in (its id, its events) and its own near-duplicate pairs, and
 * only the documents those touch get new diagnostics. The findings are those of analyzeCorpus; each
 * document's are listed rule by rule, each rule's by position. A document's diagnostics are worked out
 * when first read after a change, so that the one an editor shows comes first.
 */
export class CorpusDiagnosticsIndex {
  private readonly summaries = new Map<string, DocumentSummary>();
  private readonly groups: KeyedGroups[] = [];
  private readonly sources: RuleSource[];
  private readonly similarity: SimilarityIndex;
  private links?: DuplicateLinks;
  private readonly byFile = new Map<string, Diagnostic[]>();
  /** Files whose diagnostics are worked out again when next read: after `build`, every file. */
  private readonly stale = new Set<string>();

  constructor(
    env: RuleEnvironment,
    private readonly severityOf: (rule: string) => SeveritySetting,
    private readonly logger?: Logger,
  ) {
    this.similarity = new SimilarityIndex(env.config.nearDuplicateThreshold);
    this.sources = CORPUS_RULES.map((rule) => {
      if (rule === corpusNearDuplicate) return { rule, findingsFor: (file: string) => this.nearDuplicateFindings(file), ordered: true };
      const groups = new KeyedGroups(GROUPED_RULES.find((grouped) => grouped.rule === rule) ?? wholeCorpus(rule), env);
      this.groups.push(groups);
      return { rule, findingsFor: (file: string) => groups.findingsFor(file) };
    });
  }

  /** Takes in every document of a corpus, once, before any `update`. */
  build(summaries: readonly DocumentSummary[]): void {
    for (const summary of summaries) this.summaries.set(summary.file, summary);
    for (const groups of this.groups) groups.addNew(summaries);
    this.similarity.rebuild(new Map(summaries.map((summary) => [summary.file, summary.similarity])));
    for (const summary of summaries) this.stale.add(summary.file);
  }

  /** The corpus-wide diagnostics on `file`, if any. */
  get(file: string): Diagnostic[] | undefined {
    if (this.stale.delete(file)) this.recompute(file);
    return this.byFile.get(file);
  }

  /** Every document's corpus-wide diagnostics, in a map of its own. */
  snapshot(): Map<string, Diagnostic[]> {
    for (const file of this.stale) this.recompute(file);
    this.stale.clear();
    return new Map(this.byFile);
  }

  /** Takes in a document's new summary (undefined: it left the corpus, or cannot be read); returns the files whose diagnostics may have changed. */
  update(file: string, summary: DocumentSummary | undefined): Set<string> {
    const previous = this.summaries.get(file);
    if (summary) this.summaries.set(file, summary);
    else this.summaries.delete(file);
    const affected = new Set<string>([file]);
    for (const groups of this.groups) groups.update(file, summary, affected);
    const paired = [...this.similarity.pairs.keys()];
    const pairsChanged = this.similarity.update(file, summary?.similarity);
    const linksChanged = !previous || !summary || previous.id?.value !== summary.id?.value || previous.duplicateOf?.value !== summary.duplicateOf?.value;
    if (linksChanged) this.links = undefined;
    if (!pairsChanged || linksChanged) for (const other of [...paired, ...this.similarity.pairs.keys()]) affected.add(other);
    else for (const other of pairsChanged) affected.add(other);
    for (const other of affected) this.stale.add(other);
    return affected;
  }

  private recompute(file: string): void {
    const summary = this.summaries.get(file);
    const diagnostics: Diagnostic[] = [];
    for (const { rule, findingsFor, ordered } of summary ? this.sources : []) {
      const severity = this.severityOf(rule.id);
      if (severity === 'off') continue;
      let findings: CorpusFinding[];
      try {
        findings = findingsFor(file);
      } catch (error) {
        this.logger?.error(`corpus-lint: rule ${rule.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, rule.id);
        continue;
      }
      for (const { file: _, ...finding } of ordered ? findings : findings.sort(byPosition)) {
        if (isSuppressed(summary!.suppressions, rule.id, finding.range.start.line)) continue;
        const diagnostic: Diagnostic = { rule: rule.id, severity, ...finding };
        if (!diagnostic.fix) delete diagnostic.fix;
        if (!diagnostic.related?.length) delete diagnostic.related;
        diagnostics.push(diagnostic);
      }
    }
    if (diagnostics.length > 0) this.byFile.set(file, diagnostics);
    else this.byFile.delete(file);
  }

  private nearDuplicateFindings(file: string): CorpusFinding[] {
    const partners = this.similarity.pairs.get(file);
    if (!partners) return [];
    this.links ??= new DuplicateLinks([...this.summaries.values()]);
    const own = this.summaries.get(file)!;
    // Every finding here is at the document's id, so their order is the rule's: the partners oldest first.
    const pairs = [...partners].map(([other, similarity]) => {
      const partner = this.summaries.get(other)!;
      return { partner, similarity, age: ageKey(partner) };
    });
    pairs.sort((x, y) => compareStrings(x.age, y.age));
    const findings: CorpusFinding[] = [];
    for (const { partner, similarity } of pairs) {
      reportNearDuplicatePair(own, partner, similarity, this.links, (finding) => {
        if (finding.file === file) findings.push(finding);
      });
    }
    return findings;
  }
}

function byPosition(a: CorpusFinding, b: CorpusFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareStrings(a.message, b.message);
}
