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
 * Publishes a corpus's diagnostics after a change to one of its files: for every open document (corpus-wide
 * rules span them all) and, when they changed, for corpus.yaml and the registry, open or not. Each file's
 * runs are throttled: a change after a pause is linted at once, and while changes come faster than
 * `intervalMs` they share one run at the end of the interval. A run lints the newest text, so no older
 * result is published after a newer one.
 */
export class DiagnosticsPublisher {
  /** Per file, its scheduled run and the corpus of its newest change, which the run publishes. */
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; corpus: LoadedWorkspace }>();
  private readonly lastRun = new Map<string, number>();
  private readonly publishedFiles = new Map<string, ReadonlyMap<string, Diagnostic[]>>();

  constructor(
    private readonly connection: Connection,
    private readonly openDocuments: () => OpenDocument[],
    private readonly intervalMs = 10,
  ) {}

  /** Publishes a moment after a change of `uri`; a change while a run is pending joins that run. */
  schedule(uri: string, corpus: LoadedWorkspace): void {
    const scheduled = this.pending.get(uri);
    if (scheduled) {
      scheduled.corpus = corpus;
      return;
    }
    const wait = Math.max(0, (this.lastRun.get(uri) ?? -Infinity) + this.intervalMs - performance.now());
    const timer = setTimeout(() => {
      const latest = this.pending.get(uri)!.corpus;
      this.pending.delete(uri);
      this.lastRun.set(uri, performance.now());
      this.publishCorpus(latest);
    }, wait);
    this.pending.set(uri, { timer, corpus });
  }

  publishCorpus(corpus: LoadedWorkspace): void {
    this.publishFileDiagnostics(corpus);
    for (const open of this.openDocuments()) {
      if (open.located.workspace === corpus.workspace) this.publish(open);
    }
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.lastRun.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
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
    clearTimeout(this.pending.get(uri)?.timer);
    this.pending.delete(uri);
  }
}
