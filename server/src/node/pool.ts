/**
 * Analysis on worker threads, for the command line and the language server alike: each worker sets up the
 * corpus's rules once, then analyses batches of documents handed out as it finishes the last one.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** Whether this code runs from the bundle, whose worker script can be started. */
export function canUseWorkers(): boolean {
  return __filename.endsWith('.js') && existsSync(WORKER_SCRIPT);
}

/**
 * Analyses `jobs` on up to `threads` worker threads, each of which loads the rules and builds its actor
 * matcher once, handing out batches as workers finish. Returns the results in the order of `jobs` (when
 * stopped, those that came back); fails, stopping every worker, when one fails.
 */
export async function runInWorkers(setup: WorkerSetup, jobs: readonly WorkerJob[], threads: number, options: RunOptions = {}): Promise<FileAnalysis[]> {
  const batches: WorkerJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH));
  const results = new Map<string, FileAnalysis>();
  const logger = options.logger ?? { error: (message: string) => process.stderr.write(`${message}\n`) };
  const { signal } = options;
  const workers: Worker[] = [];
  const stopAll = () => workers.forEach((worker) => void worker.terminate());
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // A tighter old generation (128 MB) made V8 collect so often that the benchmark ran 0.4 s slower.
      const worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 48 } });
      workers.push(worker);
      let finished = false;
      const send = () => {
        const batch = signal?.aborted ? undefined : batches[next++];
        if (batch) worker.postMessage({ jobs: batch, overrides: options.overrides } satisfies WorkerRequest);
        else {
          finished = true;
          void worker.terminate();
        }
      };
      worker.on('message', (response: WorkerResponse) => {
        if ('failure' in response) return reject(new Error(response.failure));
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
      send();
    });
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    await Promise.all(Array.from({ length: Math.min(threads, batches.length) }, runWorker));
  } catch (error) {
    stopAll();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stopAll);
  }
  return jobs.flatMap((job) => results.get(job.file) ?? []);
}

/** The command line's way: `files` of the corpus at `setup.root`, read by the workers, results in the order of `files`. */
export function analyzeInWorkers(setup: WorkerSetup & { root: string }, files: readonly string[], threads: number, onProgress?: (done: number) => void): Promise<FileAnalysis[]> {
  let done = 0;
  return runInWorkers(setup, files.map((file) => ({ file })), threads, { onBatch: (batch) => onProgress?.((done += batch.length)) });
}
