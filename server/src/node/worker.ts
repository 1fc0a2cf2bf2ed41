/** A worker thread of the analysis pool (pool.ts): analyses the batches of documents it is sent. */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderKeyedFile } from '../cli/format/lines';
import { injectFaults } from '../lsp/faultInjection';
import type { Logger } from '../service/analyze';
import { ActorMatcher } from '../service/parse/actorMatcher';
import type { RuleEnvironment } from '../service/rules/rule';
import { analyzeBytes, analyzeSource, type FileAnalysis, type FileAnalysisOptions } from './analyzeFile';
import { readAllTransient } from './readBytes';
import type { LogEntry, WorkerJob, WorkerRequest, WorkerResponse, WorkerSetup } from './pool';
import { packResults } from './workerResults';

const setup = workerData as WorkerSetup;
const env: RuleEnvironment = { config: setup.config, registry: setup.registry, matcher: new ActorMatcher(setup.registry.entries), today: setup.today };
// The fault-test hook (CORPUS_LINT_FAULTY_RULE, lsp/faultInjection.ts) reaches worker threads too, so that a
// server test sees the same faults whichever thread analyses a document.
injectFaults(process.env);

/** Analyses the jobs, reading first every file the batch needs from the corpus root. */
function analyzeBatch(jobs: readonly WorkerJob[], options: FileAnalysisOptions): FileAnalysis[] {
  const { root } = setup;
  const unread = jobs.filter((job) => !job.source);
  if (unread.length > 0 && root === undefined) throw new Error(`no text and no corpus root for ${unread[0].file}`);
  const read = readAllTransient(unread.map((job) => join(root!, job.file)));
  let next = 0;
  return jobs.map((job) => (job.source ? analyzeSource(job.file, job.source, env, options) : withLines(analyzeBytes(job.file, read[next++], env, options), root!)));
}

/** Writes the diagnostics as output lines when the run asks for them, so the main thread need not read them back. */
function withLines(analysis: FileAnalysis, root: string): FileAnalysis {
  if (!setup.lines) return analysis;
  const lines = renderKeyedFile(setup.lines, { file: analysis.file, path: join(root, analysis.file) }, analysis.diagnostics);
  if (lines) Object.assign(analysis, { diagnostics: [], lines });
  return analysis;
}

parentPort!.on('message', (request: WorkerRequest) => {
  const logs: LogEntry[] = [];
  const logger: Logger = { error: (message, ruleId) => void logs.push({ message, ruleId }) };
  const options: FileAnalysisOptions = { logger, overrides: new Map(request.overrides), actors: setup.actors };
  try {
    const results = packResults(analyzeBatch(request.jobs, options));
    parentPort!.postMessage({ results, logs } satisfies WorkerResponse);
  } catch (error) {
    parentPort!.postMessage({ failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
