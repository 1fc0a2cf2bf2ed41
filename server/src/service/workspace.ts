import { analyzeDocument, type DocumentAnalysis, type Logger } from './analyze';
import type { CorpusConfig } from './config';
import { setupCorpus, type CorpusSetup } from './corpus';
import type { ParsedDocument } from './document';
import type { Registry } from './registry';
import { CorpusDiagnosticsIndex } from './rules/corpus/incremental';
import { DocumentContext } from './rules/rule';
import { severityOf } from './config';
import type { SourceText } from './source';
import type { DocumentSummary } from './summary';
import { buildTimeline } from './timeline/model';
import type { Timeline } from './timeline/types';
import { LineIndex } from './lineIndex';
import type { Diagnostic, Range, SeveritySetting } from './types';

export interface CorpusWorkspaceOptions {
  /** The text of corpus.yaml. */
  configSource: string;
  /** The text of a corpus-relative file (the registry), or undefined when it cannot be read. */
  readRegistry(file: string): string | undefined;
  /** `YYYY-MM-DD`. */
  today: string;
  logger?: Logger;
}

/**
 * One corpus held in memory: its configuration, registry and documents (corpus-relative paths with `/`).
 * Each document is analysed when first asked about after it changed; the corpus-wide rules and the timeline
 * are recomputed only when asked for after any change.
 */
export class CorpusWorkspace {
  private configSource: string;
  private setup: CorpusSetup;
  private readonly registryTexts = new Map<string, string | undefined>();
  private readonly sources = new Map<string, SourceText>();
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private registryLines?: LineIndex;
  private corpusWide?: CorpusDiagnosticsIndex;
  /** Documents changed or removed since the corpus-wide diagnostics last took them in. */
  private readonly pending = new Set<string>();
  private timelineModel?: Timeline;
  private overrides?: ReadonlyMap<string, SeveritySetting>;
  private changes = 0;

  constructor(private readonly options: CorpusWorkspaceOptions) {
    this.configSource = options.configSource;
    this.setup = this.load();
  }

  /** A number that grows with every change of a document, the registry, the configuration or the overrides. */
  get generation(): number {
    return this.changes;
  }

  get config(): CorpusConfig {
    return this.setup.config;
  }

  get registry(): Registry {
    return this.setup.registry;
  }

  /** Where the registry file defines an actor, or undefined when it does not or cannot be read. */
  actorDefinition(id: string): { file: string; range: Range } | undefined {
    const span = this.registry.definitions.get(id);
    return span && this.registryLines && { file: this.config.actors, range: this.registryLines.range(span) };
  }

  /** Corpus-relative paths of the documents, sorted. */
  files(): string[] {
    return [...this.sources.keys()].sort();
  }

  has(file: string): boolean {
    return this.sources.has(file);
  }

  /** Adds or replaces a document; a string is text as an editor holds it. */
  setDocument(file: string, source: string | SourceText): void {
    const next: SourceText = typeof source === 'string' ? { text: source, bom: false, eol: source.includes('\r\n') ? '\r\n' : '\n' } : source;
    const previous = this.sources.get(file);
    if (previous?.text === next.text && previous.unreadable?.message === next.unreadable?.message) return;
    this.sources.set(file, next);
    this.forgetDocument(file);
  }

  removeDocument(file: string): void {
    if (!this.sources.delete(file)) return;
    this.forgetDocument(file);
  }

  /** Severities set by the editor on top of corpus.yaml's; an empty map or undefined sets none. */
  setOverrides(overrides: ReadonlyMap<string, SeveritySetting> | undefined): void {
    const same = (overrides?.size ?? 0) === (this.overrides?.size ?? 0) && [...(overrides ?? [])].every(([rule, severity]) => this.overrides?.get(rule) === severity);
    if (same) return;
    this.overrides = overrides;
    this.reload();
  }

  /** Analyses `text` as if it were the text of `file`, without keeping it. */
  analyzeText(file: string, text: string): DocumentAnalysis {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return analyzeDocument(file, { text, bom: false, eol }, this.setup.env, { logger: this.options.logger, overrides: this.overrides });
  }

  setConfig(source: string): void {
    this.configSource = source;
    this.reload();
  }

  /** Replaces the text of a registry file (undefined: it cannot be read), e.g. while it is edited. */
  setRegistry(file: string, source: string | undefined): void {
    this.registryTexts.set(file, source);
    if (file === this.config.actors) this.reload();
  }

  /** A document's own diagnostics and the corpus-wide ones that fall on it. */
  diagnostics(file: string): Diagnostic[] {
    const analysis = this.analysis(file);
    if (!analysis) return [];
    return [...analysis.diagnostics, ...(this.corpusDiagnostics().get(file) ?? [])];
  }

  /** The corpus-wide rules' diagnostics, by the document they fall on. */
  corpusWideDiagnostics(): ReadonlyMap<string, Diagnostic[]> {
    return this.corpusDiagnostics().snapshot();
  }

  /** Diagnostics on corpus.yaml and on the registry, by corpus-relative file. */
  fileDiagnostics(): ReadonlyMap<string, Diagnostic[]> {
    return this.setup.fileDiagnostics;
  }

  document(file: string): ParsedDocument | undefined {
    return this.analysis(file)?.doc;
  }

  /** The document as rules see it, for features that need its actor mentions and references. */
  context(file: string): DocumentContext | undefined {
    return this.analysis(file)?.context;
  }

  /** The summaries of the documents that could be read, by file. */
  summaries(): DocumentSummary[] {
    return this.files().flatMap((file) => this.analysis(file)?.summary ?? []);
  }

  timeline(): Timeline {
    this.timelineModel ??= buildTimeline(this.summaries(), { actors: this.registry.byId, today: this.options.today });
    return this.timelineModel;
  }

  private analysis(file: string): DocumentAnalysis | undefined {
    const cached = this.analyses.get(file);
    if (cached) return cached;
    const source = this.sources.get(file);
    if (!source) return undefined;
    const analysis = analyzeDocument(file, source, this.setup.env, { logger: this.options.logger, overrides: this.overrides });
    this.analyses.set(file, analysis);
    return analysis;
  }

  private corpusDiagnostics(): CorpusDiagnosticsIndex {
    if (!this.corpusWide) {
      this.corpusWide = new CorpusDiagnosticsIndex(this.setup.env, (rule) => severityOf(this.setup.config, rule, this.overrides), this.options.logger);
      this.corpusWide.build(this.summaries());
      this.pending.clear();
    }
    for (const file of this.pending) this.corpusWide.update(file, this.analysis(file)?.summary);
    this.pending.clear();
    return this.corpusWide;
  }

  private forgetDocument(file: string): void {
    this.changes++;
    this.analyses.delete(file);
    this.pending.add(file);
    this.timelineModel = undefined;
  }

  private reload(): void {
    this.changes++;
    this.setup = this.load();
    this.analyses.clear();
    this.corpusWide = undefined;
    this.pending.clear();
    this.timelineModel = undefined;
  }

  private load(): CorpusSetup {
    this.registryLines = undefined;
    const readRegistry = (file: string) => {
      const source = this.registryTexts.has(file) ? this.registryTexts.get(file) : this.options.readRegistry(file);
      if (source !== undefined) this.registryLines = new LineIndex(source);
      return source;
    };
    return setupCorpus(this.configSource, readRegistry, this.options.today, this.overrides);
  }
}
