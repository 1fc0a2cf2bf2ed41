import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileAnalysis } from '../node/analyzeFile';
import type { WorkerRequest, WorkerResponse, WorkerSetup } from './worker';
import { unpackResults } from './workerResults';

const BATCH = 100;

/**
 * Analyses `files` on `threads` worker threads, handing out batches as workers finish, and returns the
 * results in the order of `files`. The worker script is the bundle's `worker.js` beside this one.
 */
export async function analyzeInWorkers(setup: WorkerSetup, files: readonly string[], threads: number, onProgress?: (done: number) => void): Promise<FileAnalysis[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const results = new Map<string, FileAnalysis>();
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'worker.js'), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 } });
      const send = () => {
        const batch = batches[next++];
        worker.postMessage((batch ? { files: batch } : { done: true }) satisfies WorkerRequest);
      };
      worker.on('message', (response: WorkerResponse) => {
        if ('failure' in response) {
          void worker.terminate();
          reject(new Error(response.failure));
          return;
        }
        for (const result of unpackResults(response.results)) results.set(result.file, result);
        onProgress?.(results.size);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread stopped with code ${code}`))));
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, batches.length) }, runWorker));
  return files.map((file) => results.get(file)!);
}
