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
  /** The corpus-wide diagnostics as of the last publication; undefined until a pass over every document ends. */
  corpusWide?: ReadonlyMap<string, Diagnostic[]>;
  /** A digest of the diagnostics last sent for each closed document (their JSON, kept for every document, takes much memory). */
  sent: Map<string, string>;
}

/** Documents published between two looks at the message queue when every document of a corpus is. */
const CHUNK = 500;

/**
 * For clients without pull diagnostics: pushes the diagnostics of the documents no editor has open, all of
 * them once a corpus is indexed or reconfigured (a chunk at a time, so what is queued goes first), and
 * afterwards only those whose corpus-wide diagnostics changed (a document's own diagnostics change only
 * when its file does, which `publishFile` is told of). A change while a pass over all of them is under way
 * starts the pass again; documents whose diagnostics are unchanged are not sent twice.
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
    if (!previous?.corpusWide || previous.config !== workspace.config) {
      // Each document's corpus-wide diagnostics are worked out as its chunk is published, not all before the first.
      const state: Published = { config: workspace.config, sent: previous?.sent ?? new Map() };
      this.published.set(root, state);
      for (const file of state.sent.keys()) if (!workspace.has(file)) this.forget(corpus, file);
      const pass = (this.passes.get(root) ?? 0) + 1;
      this.passes.set(root, pass);
      void this.publishAllFiles(corpus, pass).then((finished) => {
        if (finished) state.corpusWide = workspace.corpusWideDiagnostics();
      });
      return;
    }
    const corpusWide = workspace.corpusWideDiagnostics();
    this.published.set(root, { ...previous, corpusWide });
    // The workspace hands out a new list only for a document whose corpus-wide diagnostics it worked out again.
    for (const file of new Set([...previous.corpusWide.keys(), ...corpusWide.keys()])) {
      if (corpusWide.get(file) !== previous.corpusWide.get(file)) this.publishFile(corpus, file);
    }
  }

  /** Sends a closed document's diagnostics if they differ from what was sent last. */
  publishFile({ root, workspace }: LoadedWorkspace, file: string): void {
    const state = this.published.get(root);
    if (!state || !workspace.has(file) || this.isOpen(this.uriOf(root, file))) return;
    const diagnostics = workspace.diagnostics(file).map((diagnostic) => toLspDiagnostic(diagnostic, root));
    const digest = digestOf(diagnostics);
    if (state.sent.get(file) !== digest) this.send(root, file, digest, diagnostics);
  }

  /** Publishes every document, a chunk at a time; says whether it got through them all before a newer pass began. */
  private async publishAllFiles(corpus: LoadedWorkspace, pass: number): Promise<boolean> {
    const files = corpus.workspace.files();
    const current = () => this.passes.get(corpus.root) === pass && this.published.has(corpus.root);
    for (let i = 0; i < files.length; i += CHUNK) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!current()) return false;
      for (const file of files.slice(i, i + CHUNK)) this.publishFile(corpus, file);
    }
    return current();
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
