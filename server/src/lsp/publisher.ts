import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import type { LoadedWorkspace, Located } from '../node/corpora';
import type { Diagnostic } from '../service/types';
import { toLspDiagnostic } from './convert';

export interface OpenDocument {
  uri: string;
  version: number;
  located: Located;
}

/**
 * Publishes a corpus's diagnostics a quiet moment after the last change to one of its files, so typing does
 * not lint every keystroke: for every open document (corpus-wide rules span them all) and, when they changed,
 * for corpus.yaml and the registry, open or not.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly publishedFiles = new Map<string, ReadonlyMap<string, Diagnostic[]>>();

  constructor(
    private readonly connection: Connection,
    private readonly openDocuments: () => OpenDocument[],
    private readonly delayMs = 10,
  ) {}

  /** A newer change of the same file cancels the publish an older one scheduled. */
  schedule(uri: string, corpus: LoadedWorkspace): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.publishCorpus(corpus);
    }, this.delayMs));
  }

  publishCorpus(corpus: LoadedWorkspace): void {
    this.publishFileDiagnostics(corpus);
    for (const open of this.openDocuments()) {
      if (open.located.workspace === corpus.workspace) this.publish(open);
    }
  }

  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private publish({ uri, version, located }: OpenDocument): void {
    const diagnostics = located.workspace.diagnostics(located.file).map((diagnostic) => toLspDiagnostic(diagnostic, located.root));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  private publishFileDiagnostics({ root, workspace }: LoadedWorkspace): void {
    const current = workspace.fileDiagnostics();
    const previous = this.publishedFiles.get(root);
    if (previous === current) return;
    this.publishedFiles.set(root, current);
    const uriOf = (file: string) => pathToFileURL(join(root, file)).href;
    for (const file of previous?.keys() ?? []) {
      if (!current.has(file)) void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] });
    }
    for (const [file, diagnostics] of current) {
      void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, root)) });
    }
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}
