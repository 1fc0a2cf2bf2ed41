/**
 * Analysis on worker threads, for the command line and the language server alike: each worker sets up the
 * corpus's rules once, then analyses batches of documents, with the next ones always waiting in its queue.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LineSetup } from '../cli/format/lines';
import type { Logger } from '../service/analyze';
import type { CorpusConfig } from '../service/config';
import type { Registry } from '../service/registry';
import type { SourceText } from '../service/source';
import type { SeveritySetting } from '../service/types';
import type { FileAnalysis } from './analyzeFile';
import { unpackResults, type PackedResults } from './workerResults';

/** Below this many documents, starting worker threads costs more than it saves. */
export const WORKER_THRESHOLD = 400;
const BATCH = 100;
/** Near the end, batches shrink down to this, so that the workers finish close together. */
const SMALLEST_BATCH = 10;
/** Batches each worker holds at once: the one it works on and the next, so that it goes on while this thread is busy. */
const QUEUED_BATCHES = 2;
/** Worker threads for a large corpus: one per core, at most eight. */
export const DEFAULT_THREADS = Math.min(availableParallelism(), 8);
/** The bundle's worker script, beside the bundle that starts it. */
const WORKER_SCRIPT = join(__dirname, 'worker.js');

/** What a worker needs to analyse documents: the corpus as the main thread already read it. */
export interface WorkerSetup {
  today: string;
  config: CorpusConfig;
  registry: Registry;
  /** Where documents are read from when a job brings no text. */
  root?: string;
  /** Also work out where each document names actors. */
  actors?: boolean;
  /** Write each document's diagnostics as the command line's output lines (with `root`). */
  lines?: LineSetup;
}

/** A document to analyse: its text, or nothing to have the worker read it from the corpus root. */
export interface WorkerJob {
  file: string;
  source?: SourceText;
}

export interface LogEntry {
  message: string;
  ruleId?: string;
}

export type WorkerRequest = { jobs: WorkerJob[]; overrides?: [string, SeveritySetting][] };
export type WorkerResponse = { results: PackedResults; logs: LogEntry[] } | { failure: string };

export interface RunOptions {
  /** Severities set by the editor on top of corpus.yaml's. */
  overrides?: [string, SeveritySetting][];
  /** Told of each batch's results as they come back. */
  onBatch?: (results: FileAnalysis[]) => void;
  /** Stops the run: the workers stop and the promise resolves with the results so far. */
  signal?: AbortSignal;
  /** Where the workers' log entries go (rules that failed); standard error by default. */
  logger?: Logger;
}

/** Whether `documents` are worth analysing on `threads` worker threads, and this code can start them. */
export function workersPay(documents: number, threads = DEFAULT_THREADS): boolean {
  return documents >= WORKER_THRESHOLD && threads > 1 && canUseWorkers();
}

/** Whether this code runs from the bundle, whose worker script can be started. */
export function canUseWorkers(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_SCRIPT);
}

/**
 * Worker threads started for one setup: each loads the rules and builds its actor matcher as soon as it
 * starts, so a caller can start them before it has the documents ready, and hand those to `runInWorkers`.
 */
export class WorkerThreads {
  readonly workers: Worker[];
  /** Why a worker stopped, if one did: a run given these threads afterwards fails with it. */
  failure?: Error;

  constructor(
    readonly setup: WorkerSetup,
    count: number,
  ) {
    this.workers = Array.from({ length: count }, () => {
      // A tighter old generation (128 MB) made V8 collect so often that the benchmark ran 0.4 s slower; a young
      // generation of 96 MB rather than 48 collects it 70 times rather than 99, in ~0.3 s of the run rather than ~0.45.
      const worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 96 } });
      worker.on('error', (error) => (this.failure ??= error));
      worker.on('exit', (code) => (this.failure ??= new Error(`a worker thread stopped with code ${code}`)));
      // Idle threads waiting for their run do not keep the process alive.
      worker.unref();
      return worker;
    });
  }

  /** Whether these threads were started for the same corpus setup as `setup`. */
  suits(setup: WorkerSetup): boolean {
    const mine = this.setup;
    return mine.config === setup.config && mine.registry === setup.registry && mine.today === setup.today && mine.root === setup.root && mine.actors === setup.actors && mine.lines === setup.lines;
  }

  stop(): void {
    for (const worker of this.workers) void worker.terminate();
  }
}

/**
 * Analyses `jobs` on the started `threads`, handing out batches as workers finish, and stops the threads
 * when done. Returns the results in the order of `jobs` (when stopped, those that came back); fails,
 * stopping every worker, when one fails.
 */
export async function runInWorkers(threads: WorkerThreads, jobs: readonly WorkerJob[], options: RunOptions = {}): Promise<FileAnalysis[]> {
  const batches: WorkerJob[][] = [];
  for (let i = 0; i < jobs.length; ) {
    const size = Math.max(SMALLEST_BATCH, Math.min(BATCH, Math.ceil((jobs.length - i) / (threads.workers.length * QUEUED_BATCHES * 2))));
    batches.push(jobs.slice(i, (i += size)));
  }
  const results = new Map<string, FileAnalysis>();
  const logger = options.logger ?? { error: (message: string) => process.stderr.write(`${message}\n`) };
  const { signal } = options;
  const stopAll = () => threads.stop();
  let next = 0;
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let finished = false;
      let inFlight = 0;
      const send = () => {
        const batch = signal?.aborted ? undefined : batches[next++];
        if (batch) {
          inFlight++;
          worker.postMessage({ jobs: batch, overrides: options.overrides } satisfies WorkerRequest);
        } else if (inFlight === 0) {
          finished = true;
          // The results are all in: the thread's teardown (its heap freed) need not hold up the caller.
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (response: WorkerResponse) => {
        if ('failure' in response) return reject(new Error(response.failure));
        inFlight--;
        try {
          for (const entry of response.logs) logger.error(entry.message, entry.ruleId);
          const batch = unpackResults(response.results);
          for (const result of batch) results.set(result.file, result);
          options.onBatch?.(batch);
        } catch (error) {
          return reject(error);
        }
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (finished || signal?.aborted ? resolve() : reject(new Error(`a worker thread stopped with code ${code}`))));
      worker.ref();
      for (let i = 0; i < QUEUED_BATCHES; i++) send();
    });
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    if (threads.failure) throw threads.failure;
    const used = threads.workers.slice(0, Math.max(1, batches.length));
    for (const idle of threads.workers.slice(used.length)) void idle.terminate();
    await Promise.all(used.map(runWorker));
  } catch (error) {
    stopAll();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
  return jobs.flatMap((job) => results.get(job.file) ?? []);
}

/**
 * The command line's way: the jobs on threads started for them, results in the order of `jobs`. A job
 * without its text is read by the workers from `setup.root`.
 */
export function analyzeInWorkers(setup: WorkerSetup, jobs: readonly WorkerJob[], threads: number, onProgress?: (done: number) => void): Promise<FileAnalysis[]> {
  let done = 0;
  return runInWorkers(new WorkerThreads(setup, threads), jobs, { onBatch: (batch) => onProgress?.((done += batch.length)) });
}
