import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DocumentDiagnosticReportKind, type Connection, type DocumentDiagnosticReport, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver/node';
import type { Corpora, LoadedWorkspace, Located } from '../node/corpora';
import type { Diagnostic } from '../service/types';
import { ClosedDocumentsPublisher } from './closedDocuments';
import { toLspDiagnostic } from './convert';
import { DiagnosticReports } from './diagnosticReports';
import { indexCorpora, prepareForEdits } from './indexing';
import { DiagnosticsPublisher, type OpenDocument } from './publisher';
import { DEFAULT_SETTINGS, type CorpusSettings, type SettingsReader } from './settings';

/** Closed documents hear of an edit's corpus-wide effects after the edited document itself. */
const CLOSED_DELAY_MS = 600;

/**
 * Decides which diagnostics reach the client and how: pulled (`textDocument/diagnostic`,
 * `workspace/diagnostic`) when the client can pull, else pushed, open documents a moment after each change
 * and closed ones once indexed and whenever their corpus-wide diagnostics change. Applies the editor's
 * settings per corpus first.
 */
export class DiagnosticsRouter {
  private readonly settings = new Map<string, CorpusSettings>();
  private readonly open: DiagnosticsPublisher;
  private readonly closed: ClosedDocumentsPublisher;
  private readonly reports = new DiagnosticReports();
  private indexed: Promise<void> = Promise.resolve();
  /** Set while the first indexing runs: what would be published then waits for the publication that ends it. */
  private indexing = false;
  /** Per corpus root: the pending push of closed documents' corpus-wide changes after an edit. */
  private readonly closedTimers = new Map<string, NodeJS.Timeout>();
  pull = false;

  constructor(
    private readonly connection: Connection,
    private readonly corpora: Corpora,
    private readonly openDocuments: () => OpenDocument[],
    private readonly settingsReader: SettingsReader,
    isOpen: (uri: string) => boolean,
  ) {
    this.open = new DiagnosticsPublisher(connection, () => this.openDocuments().filter((open) => this.settingsOf(open.located.root).enable));
    this.closed = new ClosedDocumentsPublisher(connection, isOpen);
  }

  settingsOf(root: string): CorpusSettings {
    return this.settings.get(root) ?? DEFAULT_SETTINGS;
  }

  /** Reads the settings, indexes every corpus with progress, then publishes (or lets the client pull). */
  start(): Promise<void> {
    this.indexing = true;
    this.indexed = this.applySettings(this.corpora.all())
      .then(() => indexCorpora(this.connection, this.corpora.all(), this.corpora.logger))
      .catch((error: unknown) => this.corpora.logger.error(`corpus-lint: indexing failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => {
        this.indexing = false;
      });
    return this.indexed.then(() => {
      this.publishAll();
      setImmediate(() => prepareForEdits(this.corpora.all(), (root) => this.openFiles(root)));
    });
  }

  /** Resolves once the first indexing is over (done or cancelled): requests that read the whole corpus wait for it. */
  whenIndexed(): Promise<void> {
    return this.indexed;
  }

  /** The settings changed: read them again and re-check what they change. */
  async settingsChanged(): Promise<void> {
    this.settingsReader.invalidate();
    await this.applySettings(this.corpora.all());
    this.publishAll();
  }

  /** A corpus appeared on disk. */
  async added(corpus: LoadedWorkspace): Promise<void> {
    await this.applySettings([corpus]);
    this.publishCorpus(corpus);
  }

  /** An editor changed a corpus file: publish soon, at most once per interval while the edits keep coming. */
  edited(uri: string, located: Located): void {
    if (this.pull || this.indexing) return;
    this.open.schedule(uri, located);
    clearTimeout(this.closedTimers.get(located.root));
    this.closedTimers.set(located.root, setTimeout(() => {
      this.closedTimers.delete(located.root);
      const settings = this.settingsOf(located.root);
      this.closed.publishCorpus(located, settings.enable && settings.checkClosedFiles);
    }, CLOSED_DELAY_MS));
  }

  /** A corpus file changed on disk, or an editor closed it; push clients hear of it at once. */
  fileChanged(corpus: LoadedWorkspace, file?: string, removed = false): void {
    if (this.pull) {
      void this.connection.languages.diagnostics.refresh();
      return;
    }
    if (file && removed) this.closed.forget(corpus, file);
    else if (file && this.settingsOf(corpus.root).checkClosedFiles) this.closed.publishFile(corpus, file);
    this.publishCorpus(corpus);
  }

  /** An editor opened a document: its diagnostics follow the editor's text now. */
  opened(uri: string, located: Located): void {
    this.closed.handOver(located.root, located.file);
    this.edited(uri, located);
  }

  /** A corpus is gone: clear everything published for it. */
  removed(corpus: LoadedWorkspace): void {
    this.settings.delete(corpus.root);
    if (this.pull) void this.connection.languages.diagnostics.refresh();
    else {
      this.closed.publishCorpus(corpus, false);
      for (const [file] of corpus.workspace.fileDiagnostics()) void this.connection.sendDiagnostics({ uri: this.uriOf(corpus.root, file), diagnostics: [] });
      for (const open of this.openDocuments()) if (open.located.root === corpus.root) this.open.clear(open.uri);
    }
  }

  clear(uri: string): void {
    this.open.clear(uri);
  }

  /** `textDocument/diagnostic`: a corpus file's diagnostics as the editor's text gives them. */
  async documentReport(located: Located | undefined, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    await this.indexed;
    if (!located || !this.settingsOf(located.root).enable || !this.corpora.kindOf(located)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return this.reports.report(uri, previousResultId, String(located.workspace.generation), () => this.lspDiagnostics(located));
  }

  /** `workspace/diagnostic`: every file of every enabled corpus, closed documents too unless turned off. */
  async workspaceReport(previousResultIds: readonly { uri: string; value: string }[], versionOf: (uri: string) => number | undefined): Promise<WorkspaceDocumentDiagnosticReport[]> {
    await this.indexed;
    const previous = new Map(previousResultIds.map(({ uri, value }) => [uri, value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const { root, workspace } of this.corpora.all()) {
      const settings = this.settingsOf(root);
      if (!settings.enable) continue;
      for (const file of [...workspace.fileDiagnostics().keys(), ...workspace.files()]) {
        const uri = this.uriOf(root, file);
        const version = versionOf(uri) ?? null;
        if (version === null && !settings.checkClosedFiles) continue;
        const located = { root, workspace, file };
        items.push({ uri, version, ...this.reports.report(uri, previous.get(uri), String(workspace.generation), () => this.lspDiagnostics(located)) });
      }
    }
    return items;
  }

  dispose(): void {
    this.open.dispose();
    for (const timer of this.closedTimers.values()) clearTimeout(timer);
  }

  private async applySettings(corpora: readonly LoadedWorkspace[]): Promise<void> {
    for (const { root, workspace } of corpora) {
      const settings = await this.settingsReader.forRoot(root);
      this.settings.set(root, settings);
      workspace.setOverrides(settings.rules);
    }
  }

  private publishAll(): void {
    if (this.indexing) return;
    if (this.pull) void this.connection.languages.diagnostics.refresh();
    else for (const corpus of this.corpora.all()) this.publishCorpus(corpus);
  }

  /** Publishes a corpus's open documents, then (after indexing, a chunk at a time) its closed ones. */
  private publishCorpus(corpus: LoadedWorkspace): void {
    if (this.pull || this.indexing) return;
    const settings = this.settingsOf(corpus.root);
    if (settings.enable) this.open.publishCorpus(corpus);
    else for (const open of this.openDocuments()) if (open.located.root === corpus.root) this.open.clear(open.uri);
    this.closed.publishCorpus(corpus, settings.enable && settings.checkClosedFiles);
  }

  private lspDiagnostics({ root, workspace, file }: Located): ReturnType<typeof toLspDiagnostic>[] {
    const diagnostics: Diagnostic[] = workspace.has(file) ? workspace.diagnostics(file) : (workspace.fileDiagnostics().get(file) ?? []);
    return diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, root));
  }

  private openFiles(root: string): Set<string> {
    return new Set(this.openDocuments().flatMap(({ located }) => (located.root === root ? [located.file] : [])));
  }

  private uriOf(root: string, file: string): string {
    return pathToFileURL(join(root, file)).href;
  }
}
