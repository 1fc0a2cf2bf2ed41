import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { LoadedWorkspace } from '../node/corpora';
import type { CorpusConfig } from '../service/config';
import type { Diagnostic } from '../service/types';
import { toLspDiagnostic } from './convert';

function digestOf(diagnostics: readonly ReturnType<typeof toLspDiagnostic>[]): string {
  return createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
}

const NONE = digestOf([]);

interface Published {
  config: CorpusConfig;
  corpusWide: ReadonlyMap<string, Diagnostic[]>;
  /** A digest of the diagnostics last sent for each closed document (their JSON, kept for every document, takes much memory). */
  sent: Map<string, string>;
}

/** Documents published between two looks at the message queue when every document of a corpus is. */
const CHUNK = 500;

/**
 * For clients without pull diagnostics: pushes the diagnostics of the documents no editor has open, all of
 * them once a corpus is indexed or reconfigured (a chunk at a time, so what is queued goes first), and
 * afterwards only those whose corpus-wide diagnostics changed (a document's own diagnostics change only
 * when its file does, which `publishFile` is told of).
 */
export class ClosedDocumentsPublisher {
  private readonly published = new Map<string, Published>();
  /** Per corpus root, the number of the latest pass over all its documents: an older pass stops. */
  private readonly passes = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  publishCorpus(corpus: LoadedWorkspace, enabled: boolean): void {
    const { root, workspace } = corpus;
    const previous = this.published.get(root);
    if (!enabled) {
      for (const file of previous?.sent.keys() ?? []) this.send(root, file, NONE, []);
      this.published.delete(root);
      return;
    }
    const corpusWide = workspace.corpusWideDiagnostics();
    const fresh = !previous || previous.config !== workspace.config;
    const state: Published = fresh ? { config: workspace.config, corpusWide, sent: previous?.sent ?? new Map() } : { ...previous, corpusWide };
    this.published.set(root, state);
    if (fresh) {
      for (const file of state.sent.keys()) if (!workspace.has(file)) this.forget(corpus, file);
      const pass = (this.passes.get(root) ?? 0) + 1;
      this.passes.set(root, pass);
      void this.publishAllFiles(corpus, pass);
      return;
    }
    for (const file of new Set([...previous.corpusWide.keys(), ...corpusWide.keys()])) this.publishFile(corpus, file);
  }

  /** Sends a closed document's diagnostics if they differ from what was sent last. */
  publishFile({ root, workspace }: LoadedWorkspace, file: string): void {
    const state = this.published.get(root);
    if (!state || !workspace.has(file) || this.isOpen(this.uriOf(root, file))) return;
    const diagnostics = workspace.diagnostics(file).map((diagnostic) => toLspDiagnostic(diagnostic, root));
    const digest = digestOf(diagnostics);
    if (state.sent.get(file) !== digest) this.send(root, file, digest, diagnostics);
  }

  private async publishAllFiles(corpus: LoadedWorkspace, pass: number): Promise<void> {
    const files = corpus.workspace.files();
    for (let i = 0; i < files.length; i += CHUNK) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.passes.get(corpus.root) !== pass || !this.published.has(corpus.root)) return;
      for (const file of files.slice(i, i + CHUNK)) this.publishFile(corpus, file);
    }
  }

  /** Clears a document that left the corpus. */
  forget({ root }: LoadedWorkspace, file: string): void {
    const state = this.published.get(root);
    if (state?.sent.has(file)) this.send(root, file, NONE, []);
    state?.sent.delete(file);
  }

  /** An editor opened the document: its publication is the open-document publisher's now. */
  handOver(root: string, file: string): void {
    this.published.get(root)?.sent.delete(file);
  }

  private send(root: string, file: string, digest: string, diagnostics: ReturnType<typeof toLspDiagnostic>[]): void {
    this.published.get(root)?.sent.set(file, digest);
    void this.connection.sendDiagnostics({ uri: this.uriOf(root, file), diagnostics });
  }

  private uriOf(root: string, file: string): string {
    return pathToFileURL(join(root, file)).href;
  }
}
