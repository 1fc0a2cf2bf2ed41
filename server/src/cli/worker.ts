import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from '../node/analyzeFile';
import type { CorpusConfig } from '../service/config';
import { ActorMatcher } from '../service/parse/actorMatcher';
import type { Registry } from '../service/registry';
import type { RuleEnvironment } from '../service/rules/rule';
import { packResults, type PackedResults } from './workerResults';

/** What a worker needs to analyse documents: the corpus as the main thread already read it. */
export interface WorkerSetup {
  root: string;
  today: string;
  config: CorpusConfig;
  registry: Registry;
}

export type WorkerRequest = { files: string[] } | { done: true };
export type WorkerResponse = { results: PackedResults } | { failure: string };

const setup = workerData as WorkerSetup;
const env: RuleEnvironment = { config: setup.config, registry: setup.registry, matcher: new ActorMatcher(setup.registry.entries), today: setup.today };
const logger = { error: (message: string) => process.stderr.write(`${message}\n`) };

parentPort!.on('message', (request: WorkerRequest) => {
  if ('done' in request) {
    parentPort!.close();
    return;
  }
  try {
    const results = packResults(request.files.map((file) => analyzeFile(setup.root, file, env, { logger })));
    parentPort!.postMessage({ results } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
