import type { Connection } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../node/analyzeFile';
import type { LoadedWorkspace } from '../node/corpora';
import { DEFAULT_THREADS, runInWorkers, workersPay, WorkerThreads, type WorkerSetup } from '../node/pool';
import { IndexingNotification } from '../protocol';
import type { Logger } from '../service/analyze';
import type { AnalysisJob, CorpusWorkspace } from '../service/workspace';

/** Documents analysed on the main thread between two looks at the message queue, so requests are answered while indexing. */
const CHUNK = 50;
/** Progress goes to the client at most this often: each report is a write this thread makes while the workers are busy. */
const PROGRESS_INTERVAL_MS = 250;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const startedEarly = new WeakMap<CorpusWorkspace, WorkerThreads>();

/**
 * Starts the worker threads for a corpus large enough to need them as soon as its configuration and
 * registry are read, so that they build their actor matchers while this thread reads the documents.
 */
export function startWorkersEarly({ workspace }: LoadedWorkspace, documents: number): void {
  if (!workersPay(documents)) return;
  startedEarly.set(workspace, new WorkerThreads(workerSetup(workspace), DEFAULT_THREADS));
}

function workerSetup(workspace: CorpusWorkspace): WorkerSetup {
  const { overrides: _, ...setup } = workspace.analysisSetup();
  return { ...setup, actors: true };
}

/** The threads started early for the workspace, if any, no longer kept for it. */
function takeEarly(workspace: CorpusWorkspace): WorkerThreads | undefined {
  const early = startedEarly.get(workspace);
  startedEarly.delete(workspace);
  return early;
}

/** The threads started early for the workspace, if they suit its setup now; else new ones. */
function takeWorkers(workspace: CorpusWorkspace): WorkerThreads {
  const setup = workerSetup(workspace);
  const early = takeEarly(workspace);
  if (early?.suits(setup)) return early;
  early?.stop();
  return new WorkerThreads(setup, DEFAULT_THREADS);
}

/**
 * Analyses every document of the corpora, then their corpus-wide rules, reporting `window/workDoneProgress`
 * where the client supports it. Large corpora are analysed on worker threads from the texts the workspaces
 * hold; a result for a text or setup that changed meanwhile is dropped and made again. Cancelling the
 * progress stops the eager work; documents are then analysed when first asked about.
 */
export async function indexCorpora(connection: Connection, corpora: readonly LoadedWorkspace[], logger: Logger): Promise<void> {
  const total = corpora.reduce((sum, { workspace }) => sum + workspace.files().length, 0);
  if (total === 0) return;
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Corpus Lint: indexing', 0, `0 of ${total} documents`, true);
  const cancel = new AbortController();
  const listener = progress.token.onCancellationRequested(() => cancel.abort());
  let done = 0;
  let reportedAt = 0;
  const tell = () => void connection.sendNotification(IndexingNotification.type, { done, total });
  const report = (message = `${done} of ${total} documents`) => {
    reportedAt = performance.now();
    progress.report(Math.floor((done / total) * 100), message);
    tell();
  };
  const reportNowAndThen = () => {
    if (done === total || performance.now() - reportedAt >= PROGRESS_INTERVAL_MS) report();
  };
  tell();
  try {
    for (const { workspace } of corpora) {
      const before = done;
      done += workspace.files().length - workspace.unanalyzed().length;
      await analyzeAll(workspace, cancel.signal, logger, (analysed) => {
        done = Math.min(total, done + analysed);
        reportNowAndThen();
      });
      if (cancel.signal.aborted) return;
      done = before + workspace.files().length;
      report('corpus-wide rules');
      await nextTurn();
      workspace.indexCorpusWide();
    }
  } finally {
    for (const { workspace } of corpora) takeEarly(workspace)?.stop();
    listener.dispose();
    done = total;
    tell();
    progress.done();
  }
}

/**
 * Analyses the documents not analysed yet, on worker threads while there are many, until none is left;
 * tells `progress` how many it did. The open documents go to the workers too: with every core busy, work on
 * this thread (building its own actor matcher, above all) would only slow them down. `prepareForEdits`
 * does that work once the index is ready.
 */
async function analyzeAll(workspace: CorpusWorkspace, signal: AbortSignal, logger: Logger, progress: (analysed: number) => void): Promise<void> {
  let useWorkers = true;
  for (;;) {
    const jobs = workspace.unanalyzed();
    if (jobs.length === 0 || signal.aborted) return;
    if (!useWorkers || !workersPay(jobs.length)) {
      await analyzeHere(workspace, jobs, signal, progress);
      continue;
    }
    const byFile = new Map(jobs.map((job) => [job.file, job]));
    const onBatch = (batch: FileAnalysis[]) => progress(batch.filter((result) => workspace.accept(byFile.get(result.file)!, result)).length);
    const { overrides } = workspace.analysisSetup();
    const error = await runInWorkers(takeWorkers(workspace), jobs.map(({ file, source }) => ({ file, source })), { overrides, signal, logger, onBatch }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    if (error !== undefined) {
      logger.error(`corpus-lint: analysis on worker threads failed, going on without them: ${error instanceof Error ? error.message : String(error)}`);
      useWorkers = false;
    }
  }
}

async function analyzeHere(workspace: CorpusWorkspace, jobs: readonly AnalysisJob[], signal: AbortSignal, progress: (analysed: number) => void): Promise<void> {
  for (let i = 0; i < jobs.length && !signal.aborted; i += CHUNK) {
    const some = jobs.slice(i, i + CHUNK);
    for (const { file } of some) workspace.analyze(file);
    progress(some.length);
    await nextTurn();
  }
}

/**
 * Once the index is ready: analyses each open document on this thread once more, keeping nothing, so that
 * its actor matcher is built and the analysis compiled before the first edit rather than on it.
 */
export function prepareForEdits(corpora: readonly LoadedWorkspace[], openFiles: (root: string) => ReadonlySet<string>): void {
  for (const { root, workspace } of corpora) for (const file of openFiles(root)) workspace.rehearse(file);
}
