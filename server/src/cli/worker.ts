import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type FileAnalysis } from '../node/analyzeFile';
import { loadCorpus } from '../node/loadCorpus';

export interface WorkerSetup {
  root: string;
  today: string;
}

export type WorkerRequest = { files: string[] } | { done: true };
export type WorkerResponse = { results: FileAnalysis[] } | { failure: string };

const setup = workerData as WorkerSetup;
const { env } = loadCorpus(setup.root, { today: setup.today });
const logger = { error: (message: string) => process.stderr.write(`${message}\n`) };

parentPort!.on('message', (request: WorkerRequest) => {
  if ('done' in request) {
    parentPort!.close();
    return;
  }
  try {
    const results = request.files.map((file) => analyzeFile(setup.root, file, env, { logger }));
    parentPort!.postMessage({ results } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
