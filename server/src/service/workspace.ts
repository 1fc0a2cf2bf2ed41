import { documentActors, type DocumentActors } from './actorPlaces';
import { analyzeDocument, type DocumentAnalysis, type Logger } from './analyze';
import type { CorpusConfig } from './config';
import { setupCorpus, type CorpusSetup } from './corpus';
import { parseCorpusDocument, type ParsedDocument } from './document';
import { LruCache } from './lruCache';
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

/** Parse trees kept at a time: those of the documents being edited and looked at. Others are parsed again when asked about. */
const PARSED_DOCUMENTS = 64;

/** What the workspace keeps of every document: plain data, no parse tree. */
export interface DocumentRecord {
  diagnostics: Diagnostic[];
  summary?: DocumentSummary;
  /** Where it names actors; undefined for a document that cannot be read, or not worked out yet. */
  actors?: DocumentActors;
}

/** What analysing a document needs besides its text, in plain data (for a worker thread). */
export interface AnalysisSetup {
  config: CorpusConfig;
  registry: Registry;
  today: string;
  /** Severities set by the editor on top of corpus.yaml's. */
  overrides: [string, SeveritySetting][];
}

/** A document not analysed yet, with the text to analyse, for analysis elsewhere. */
export interface AnalysisJob {
  file: string;
  source: SourceText;
  /** The setup the analysis must be made with; a result for an older one is not taken. */
  readonly basis: object;
}

interface Parsed {
  doc?: ParsedDocument;
  context?: DocumentContext;
}

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
 * Each document is analysed when first asked about after it changed, here or (see `unanalyzed` and
 * `accept`) elsewhere; what is kept of it is its diagnostics, summary and actor places, and its parse tree
 * only while it is among the few used last. The corpus-wide rules and the timeline are recomputed only when
 * asked for after any change.
 */
export class CorpusWorkspace {
  private configSource: string;
  private setup: CorpusSetup;
  private readonly registryTexts = new Map<string, string | undefined>();
  private readonly sources = new Map<string, SourceText>();
  private readonly records = new Map<string, DocumentRecord>();
  private readonly parsed = new LruCache<string, Parsed>(PARSED_DOCUMENTS, (file, parsed) => this.keepActors(file, parsed));
  private registryLines?: LineIndex;
  private corpusWide?: CorpusDiagnosticsIndex;
  /** Documents changed or removed since the corpus-wide diagnostics last took them in. */
  private readonly pending = new Set<string>();
  private timelineModel?: Timeline;
  private overrides?: ReadonlyMap<string, SeveritySetting>;
  /** The document of each change since generation `logStart`, in order; undefined for a change to all of them. */
  private changeLog: (string | undefined)[] = [];
  private logStart = 0;

  constructor(private readonly options: CorpusWorkspaceOptions) {
    this.configSource = options.configSource;
    this.setup = this.load();
  }

  /** A number that grows with every change of a document, the registry, the configuration or the overrides. */
  get generation(): number {
    return this.logStart + this.changeLog.length;
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

  /**
   * The documents changed since `generation`, each once; undefined when the registry, the configuration or
   * the overrides changed since (every document may read differently), or that generation is too old.
   */
  changedSince(generation: number): string[] | undefined {
    if (generation < this.logStart) return undefined;
    const changed = new Set<string>();
    for (let i = generation - this.logStart; i < this.changeLog.length; i++) {
      const file = this.changeLog[i];
      if (file === undefined) return undefined;
      changed.add(file);
    }
    return [...changed];
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
    return this.analyzeSource(file, { text, bom: false, eol });
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
    const record = this.record(file);
    if (!record) return [];
    return [...record.diagnostics, ...(this.corpusDiagnostics().get(file) ?? [])];
  }

  /**
   * The corpus-wide rules' diagnostics, by the document they fall on. A document's list is the same object
   * from call to call until a change makes its corpus-wide diagnostics be worked out again.
   */
  corpusWideDiagnostics(): ReadonlyMap<string, Diagnostic[]> {
    return this.corpusDiagnostics().snapshot();
  }

  /** Takes every document into the corpus-wide index now, rather than when first asked for; each document's diagnostics still wait until read. */
  indexCorpusWide(): void {
    this.corpusDiagnostics();
  }

  /** Diagnostics on corpus.yaml and on the registry, by corpus-relative file. */
  fileDiagnostics(): ReadonlyMap<string, Diagnostic[]> {
    return this.setup.fileDiagnostics;
  }

  document(file: string): ParsedDocument | undefined {
    return this.parsedDocument(file)?.doc;
  }

  /** The document as rules see it, for features that need its actor mentions and references. */
  context(file: string): DocumentContext | undefined {
    return this.parsedDocument(file)?.context;
  }

  /** Where a document names actors, kept for every document: references and mention counts read it. */
  actors(file: string): DocumentActors | undefined {
    const record = this.record(file);
    if (record && !record.actors) this.keepActors(file, this.parsedDocument(file));
    return record?.actors;
  }

  /** The summary of one document, when it could be read. */
  summary(file: string): DocumentSummary | undefined {
    return this.record(file)?.summary;
  }

  /** The summaries of the documents that could be read, by file. */
  summaries(): DocumentSummary[] {
    return this.files().flatMap((file) => this.summary(file) ?? []);
  }

  /**
   * Analyses a document here once more, keeping nothing: builds this thread's actor matcher and runs the
   * analysis once, so that the first edit of a document analysed elsewhere does not wait for that.
   */
  rehearse(file: string): void {
    const source = this.sources.get(file);
    if (source) this.analyzeSource(file, source);
  }

  /** Analyses a document now, unless it is analysed already. */
  analyze(file: string): void {
    this.record(file);
  }

  /** The documents not analysed since they (or the configuration) last changed, with their texts. */
  unanalyzed(): AnalysisJob[] {
    const jobs: AnalysisJob[] = [];
    for (const file of this.files()) {
      if (!this.records.has(file)) jobs.push({ file, source: this.sources.get(file)!, basis: this.setup });
    }
    return jobs;
  }

  /** What `unanalyzed` documents are to be analysed with. */
  analysisSetup(): AnalysisSetup {
    return { config: this.config, registry: this.registry, today: this.options.today, overrides: [...(this.overrides ?? [])] };
  }

  /**
   * Takes in the analysis of an `unanalyzed` document made elsewhere, unless the document, the configuration
   * or the registry changed since (or the document was analysed here meanwhile); says whether it did.
   */
  accept(job: AnalysisJob, record: DocumentRecord): boolean {
    if (this.setup !== job.basis || this.sources.get(job.file) !== job.source || this.records.has(job.file)) return false;
    this.records.set(job.file, record);
    return true;
  }

  timeline(): Timeline {
    this.timelineModel ??= buildTimeline(this.summaries(), { actors: this.registry.byId, today: this.options.today });
    return this.timelineModel;
  }

  private record(file: string): DocumentRecord | undefined {
    return this.records.get(file) ?? this.analyzeHere(file)?.record;
  }

  /** The parse tree of a document: kept from its analysis, or made again when it was dropped since. */
  private parsedDocument(file: string): Parsed | undefined {
    const cached = this.parsed.get(file);
    if (cached) return cached;
    if (!this.records.has(file)) return this.analyzeHere(file)?.parsed;
    const source = this.sources.get(file);
    if (!source) return undefined;
    const doc = source.unreadable ? undefined : parseCorpusDocument(file, source.text);
    const parsed: Parsed = { doc, context: doc && new DocumentContext(doc, this.setup.env) };
    this.parsed.set(file, parsed);
    return parsed;
  }

  private analyzeHere(file: string): { record: DocumentRecord; parsed: Parsed } | undefined {
    const source = this.sources.get(file);
    if (!source) return undefined;
    const { doc, context, diagnostics, summary } = this.analyzeSource(file, source);
    const record: DocumentRecord = { diagnostics, summary };
    const parsed: Parsed = { doc, context };
    this.records.set(file, record);
    this.parsed.set(file, parsed);
    return { record, parsed };
  }

  private analyzeSource(file: string, source: SourceText): DocumentAnalysis {
    return analyzeDocument(file, source, this.setup.env, { logger: this.options.logger, overrides: this.overrides });
  }

  /** Works out a document's actor places from its parse tree, if its record lacks them: when first asked for, or before the tree is dropped. */
  private keepActors(file: string, parsed: Parsed | undefined): void {
    const record = this.records.get(file);
    if (record && !record.actors && parsed?.context) record.actors = documentActors(parsed.context);
  }

  private corpusDiagnostics(): CorpusDiagnosticsIndex {
    if (!this.corpusWide) {
      this.corpusWide = new CorpusDiagnosticsIndex(this.setup.env, (rule) => severityOf(this.setup.config, rule, this.overrides), this.options.logger);
      this.corpusWide.build(this.summaries());
      this.pending.clear();
    }
    for (const file of this.pending) this.corpusWide.update(file, this.record(file)?.summary);
    this.pending.clear();
    return this.corpusWide;
  }

  /** Counts a change, to `file` or (undefined) to every document. */
  private logChange(file: string | undefined): void {
    this.changeLog.push(file);
    // A few entries per document at most: asked about an older generation, the log answers "everything".
    if (this.changeLog.length > 4 * this.sources.size + 64) {
      this.logStart += this.changeLog.length;
      this.changeLog = [];
    }
  }

  private forgetDocument(file: string): void {
    this.logChange(file);
    this.records.delete(file);
    this.parsed.delete(file);
    this.pending.add(file);
    this.timelineModel = undefined;
  }

  private reload(): void {
    this.logChange(undefined);
    this.setup = this.load();
    this.records.clear();
    this.parsed.clear();
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
