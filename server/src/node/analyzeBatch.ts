/** A batch of documents analysed the way the worker threads do it, on whichever thread calls it. */
import { join } from 'node:path';
import { renderKeyedFile } from '../cli/format/lines';
import type { RuleEnvironment } from '../service/rules/rule';
import { analyzeBytes, analyzeSource, type FileAnalysis, type FileAnalysisOptions } from './analyzeFile';
import type { WorkerJob, WorkerSetup } from './pool';
import { readAllTransient } from './readBytes';

/** Analyses the jobs, reading first every file the batch needs from the corpus root. */
export function analyzeBatch(jobs: readonly WorkerJob[], env: RuleEnvironment, setup: WorkerSetup, options: FileAnalysisOptions): FileAnalysis[] {
  const { root } = setup;
  const unread = jobs.filter((job) => !job.source);
  if (unread.length > 0 && root === undefined) throw new Error(`no text and no corpus root for ${unread[0].file}`);
  const read = readAllTransient(unread.map((job) => join(root!, job.file)));
  let next = 0;
  return jobs.map((job) => (job.source ? analyzeSource(job.file, job.source, env, options) : withLines(analyzeBytes(job.file, read[next++], env, options), setup, root!)));
}

/** Writes the diagnostics as output lines when the run asks for them, so the main thread need not read them back. */
function withLines(analysis: FileAnalysis, setup: WorkerSetup, root: string): FileAnalysis {
  if (!setup.lines) return analysis;
  const lines = renderKeyedFile(setup.lines, { file: analysis.file, path: join(root, analysis.file) }, analysis.diagnostics);
  if (lines) Object.assign(analysis, { diagnostics: [], lines });
  return analysis;
}
