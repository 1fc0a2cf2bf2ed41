/** A worker thread of the analysis pool (pool.ts): analyses the batches of documents it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { injectFaults } from '../lsp/faultInjection';
import type { Logger } from '../service/analyze';
import { ActorMatcher } from '../service/parse/actorMatcher';
import type { RuleEnvironment } from '../service/rules/rule';
import type { FileAnalysisOptions } from './analyzeFile';
import { analyzeBatch } from './analyzeBatch';
import type { LogEntry, WorkerRequest, WorkerResponse, WorkerSetup } from './pool';
import { packResults } from './workerResults';

const setup = workerData as WorkerSetup;
const env: RuleEnvironment = { config: setup.config, registry: setup.registry, matcher: new ActorMatcher(setup.registry.entries), today: setup.today };
// The fault-test hook (CORPUS_LINT_FAULTY_RULE, lsp/faultInjection.ts) reaches worker threads too, so that a
// server test sees the same faults whichever thread analyses a document.
injectFaults(process.env);

parentPort!.on('message', (request: WorkerRequest) => {
  const logs: LogEntry[] = [];
  const logger: Logger = { error: (message, ruleId) => void logs.push({ message, ruleId }) };
  const options: FileAnalysisOptions = { logger, overrides: new Map(request.overrides), actors: setup.actors };
  try {
    const results = packResults(analyzeBatch(request.jobs, env, setup, options));
    parentPort!.postMessage({ results, logs } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
