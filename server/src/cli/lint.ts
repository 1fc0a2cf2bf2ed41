import { analyzeCorpus } from '../service/analyze';
import type { FileAnalysis } from '../node/analyzeFile';
import { analyzeFile, analyzeSource } from '../node/analyzeFile';
import { listDocuments } from '../node/corpusFiles';
import type { LoadedCorpus } from '../node/loadCorpus';
import type { DocumentSummary } from '../service/summary';
import type { Diagnostic, FileReport } from '../service/types';
import { join } from 'node:path';
import { byOutputPosition, mergeIntoFile, renderFile, type FileLines, type FilePlace, type LineSetup } from './format/lines';
import { DEFAULT_THREADS, analyzeInWorkers, workersPay, type WorkerSetup } from '../node/pool';
import type { SourceText } from '../service/source';

export interface LintOptions {
  onProgress?: (done: number, total: number) => void;
  threads?: number;
  /** Have worker threads write the diagnostics as output lines (see `lintToLines`). */
  lines?: LineSetup;
}

/** A file's output lines, for the formats with one line per diagnostic. */
export type FileOutput = FilePlace & FileLines;

/** Lints every document of a loaded corpus, using worker threads for large corpora. */
export async function lintCorpus(corpus: LoadedCorpus, options: LintOptions = {}): Promise<FileReport[]> {
  return buildReports(corpus, await analyzeDocuments(corpus, options));
}

/** Each document's own diagnostics and summary, in the order of the corpus's files. */
export async function analyzeDocuments(corpus: LoadedCorpus, options: LintOptions = {}): Promise<FileAnalysis[]> {
  const files = listDocuments(corpus.root, corpus.config);
  const threads = options.threads ?? DEFAULT_THREADS;
  const progress = (done: number) => options.onProgress?.(done, files.length);
  return inWorkersOrHere(
    files.length,
    threads,
    () => analyzeInWorkers({ ...workerSetup(corpus), root: corpus.root, lines: options.lines }, files.map((file) => ({ file })), threads, progress),
    () =>
      files.map((file, index) => {
        const analysis = analyzeFile(corpus.root, file, corpus.env, { logger: stderrLogger });
        progress(index + 1);
        return analysis;
      }),
  );
}

/** The analyses of documents given with their texts (as `--fix` holds them), in the order of `jobs`. */
export async function analyzeTexts(corpus: LoadedCorpus, jobs: readonly { file: string; source: SourceText }[]): Promise<FileAnalysis[]> {
  return inWorkersOrHere(
    jobs.length,
    DEFAULT_THREADS,
    () => analyzeInWorkers(workerSetup(corpus), jobs, DEFAULT_THREADS),
    () => jobs.map(({ file, source }) => analyzeSource(file, source, corpus.env, { logger: stderrLogger })),
  );
}

function workerSetup(corpus: LoadedCorpus): WorkerSetup {
  return { today: corpus.env.today, config: corpus.config, registry: corpus.registry };
}

/** `inWorkers` when `count` documents are worth the threads; `here` otherwise, or when the workers fail. */
async function inWorkersOrHere(count: number, threads: number, inWorkers: () => Promise<FileAnalysis[]>, here: () => FileAnalysis[]): Promise<FileAnalysis[]> {
  if (workersPay(count, threads)) {
    try {
      return await inWorkers();
    } catch (error) {
      // A worker that cannot start or runs out of memory costs the run its speed, not its result.
      stderrLogger.error(`corpus-lint: analysis on worker threads failed, going on in one thread: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return here();
}

export const stderrLogger = { error: (message: string) => process.stderr.write(`${message}\n`) };

/** Adds the corpus-wide diagnostics to each document's own and sorts everything. */
export function buildReports(corpus: LoadedCorpus, analyses: readonly FileAnalysis[]): FileReport[] {
  const corpusWide = corpusWideOf(corpus, analyses);
  const reports: FileReport[] = [];
  for (const [file, diagnostics] of corpus.fileDiagnostics) reports.push(report(corpus.root, file, diagnostics));
  for (const analysis of analyses) {
    reports.push(report(corpus.root, analysis.file, [...analysis.diagnostics, ...(corpusWide.get(analysis.file) ?? [])]));
  }
  return reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Lints every document of a loaded corpus into output lines, file by file (not yet in output order). Lines
 * the workers wrote get only the file's corpus-wide diagnostics merged in.
 */
export async function lintToLines(corpus: LoadedCorpus, setup: LineSetup, options: LintOptions = {}): Promise<FileOutput[]> {
  const analyses = await analyzeDocuments(corpus, { ...options, lines: setup });
  const corpusWide = corpusWideOf(corpus, analyses);
  const outputs: FileOutput[] = [];
  for (const [file, diagnostics] of corpus.fileDiagnostics) outputs.push(fileOutput(setup, placeOf(corpus.root, file), diagnostics));
  for (const analysis of analyses) {
    const place = placeOf(corpus.root, analysis.file);
    const more = corpusWide.get(analysis.file) ?? [];
    // A result with lines carries no diagnostics of its own: reading them would only parse an empty list.
    const { lines } = analysis;
    outputs.push(lines ? { file: place.file, path: place.path, ...mergeIntoFile(setup, place, lines, more) } : fileOutput(setup, place, [...analysis.diagnostics, ...more]));
  }
  return outputs;
}

/** Reports (of `--fix`) as output lines. */
export function reportsToLines(setup: LineSetup, reports: readonly FileReport[]): FileOutput[] {
  return reports.map((report) => fileOutput(setup, report, report.diagnostics));
}

function fileOutput(setup: LineSetup, place: FilePlace, diagnostics: readonly Diagnostic[]): FileOutput {
  return { file: place.file, path: place.path, ...renderFile(setup, place, diagnostics) };
}

function placeOf(root: string, file: string): FilePlace {
  return { file, path: join(root, file) };
}

/** The corpus-wide rules' diagnostics over the documents analysed, by file. */
function corpusWideOf(corpus: LoadedCorpus, analyses: readonly FileAnalysis[]): Map<string, Diagnostic[]> {
  return analyzeCorpus(summariesOf(analyses), corpus.env, { logger: stderrLogger });
}

/** The summaries of the documents that could be read. */
export function summariesOf(analyses: readonly FileAnalysis[]): DocumentSummary[] {
  return analyses.flatMap((analysis) => (analysis.summary ? [analysis.summary] : []));
}

function report(root: string, file: string, diagnostics: Diagnostic[]): FileReport {
  return { file, path: join(root, file), diagnostics: diagnostics.sort(byOutputPosition) };
}
