import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { LoadedWorkspace } from '../node/corpora';
import type { CorpusConfig } from '../service/config';
import type { Diagnostic } from '../service/types';
import { toLspDiagnostic } from './convert';

interface Published {
  config: CorpusConfig;
  corpusWide: ReadonlyMap<string, Diagnostic[]>;
  /** The diagnostics last sent for each closed document, as JSON. */
  sent: Map<string, string>;
}

/**
 * For clients without pull diagnostics: pushes the diagnostics of the documents no editor has open, all of
 * them once a corpus is indexed or reconfigured, and afterwards only those whose corpus-wide diagnostics
 * changed (a document's own diagnostics change only when its file does, which `publishFile` is told of).
 */
export class ClosedDocumentsPublisher {
  private readonly published = new Map<string, Published>();

  constructor(
    private readonly connection: Connection,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  publishCorpus(corpus: LoadedWorkspace, enabled: boolean): void {
    const { root, workspace } = corpus;
    const previous = this.published.get(root);
    if (!enabled) {
      for (const file of previous?.sent.keys() ?? []) this.send(root, file, '[]', []);
      this.published.delete(root);
      return;
    }
    const corpusWide = workspace.corpusWideDiagnostics();
    const fresh = !previous || previous.config !== workspace.config;
    const state: Published = fresh ? { config: workspace.config, corpusWide, sent: previous?.sent ?? new Map() } : { ...previous, corpusWide };
    this.published.set(root, state);
    const files = fresh ? workspace.files() : [...new Set([...previous.corpusWide.keys(), ...corpusWide.keys()])];
    for (const file of files) this.publishFile(corpus, file);
    if (fresh) for (const file of state.sent.keys()) if (!workspace.has(file)) this.forget(corpus, file);
  }

  /** Sends a closed document's diagnostics if they differ from what was sent last. */
  publishFile({ root, workspace }: LoadedWorkspace, file: string): void {
    const state = this.published.get(root);
    if (!state || !workspace.has(file) || this.isOpen(this.uriOf(root, file))) return;
    const diagnostics = workspace.diagnostics(file).map((diagnostic) => toLspDiagnostic(diagnostic, root));
    const json = JSON.stringify(diagnostics);
    if (state.sent.get(file) !== json) this.send(root, file, json, diagnostics);
  }

  /** Clears a document that left the corpus. */
  forget({ root }: LoadedWorkspace, file: string): void {
    const state = this.published.get(root);
    if (state?.sent.has(file)) this.send(root, file, '[]', []);
    state?.sent.delete(file);
  }

  /** An editor opened the document: its publication is the open-document publisher's now. */
  handOver(root: string, file: string): void {
    this.published.get(root)?.sent.delete(file);
  }

  private send(root: string, file: string, json: string, diagnostics: ReturnType<typeof toLspDiagnostic>[]): void {
    this.published.get(root)?.sent.set(file, json);
    void this.connection.sendDiagnostics({ uri: this.uriOf(root, file), diagnostics });
  }

  private uriOf(root: string, file: string): string {
    return pathToFileURL(join(root, file)).href;
  }
}
