import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { RULES } from '../service/ruleMeta';
import { compareStrings } from '../service/text/compare';
import type { FileReport } from '../service/types';
import { findCorpusRoot } from '../node/corpusFiles';
import { tuneEngine } from '../node/engineFlags';
import { CorpusLoadError, loadCorpus } from '../node/loadCorpus';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { wantsColor } from './color';
import { fixCorpus } from './fix';
import { formatReportPieces, type LintFormat } from './format/index';
import { isLineFormat, isShown, outputPieces, severityCounts, type LineSetup } from './format/lines';
import { lintCorpus, lintToLines, reportsToLines, type FileOutput } from './lint';
import { Progress } from './progress';
import { endingWithLineBreak, writeOut } from './output';
import { runTimeline } from './timeline';

declare const CORPUS_LINT_VERSION: string;
const VERSION = typeof CORPUS_LINT_VERSION === 'string' ? CORPUS_LINT_VERSION : '0.0.0-dev';

class RunError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message} (see corpus-lint --help)`);
    throw error;
  }
  if (options.help) return print(USAGE);
  if (options.version) return print(VERSION);
  try {
    if (options.command === 'lint') return await lint(options);
    const path = resolve(options.paths[0]);
    return await runTimeline(options, corpusRoot(path), (file) => isWithin(file, path));
  } catch (error) {
    if (error instanceof RunError || error instanceof CorpusLoadError) return fail(error.message);
    throw error;
  }
}

async function lint(options: CliOptions): Promise<number> {
  const byRoot = new Map<string, string[]>();
  for (const path of options.paths) {
    const root = corpusRoot(path);
    byRoot.set(root, [...(byRoot.get(root) ?? []), resolve(path)]);
  }
  const format = options.format as LintFormat;
  const lines: LineSetup | undefined = isLineFormat(format) ? { format, cwd: process.cwd(), quiet: options.quiet } : undefined;
  const reports: FileReport[] = [];
  const outputs: FileOutput[] = [];
  let failed = false;
  for (const [root, paths] of byRoot) {
    const corpus = loadCorpus(root);
    const progress = new Progress(process.stderr);
    const onProgress = (done: number, total: number) => progress.update(done, total);
    // Every file of the corpus is within a path that holds its root: the common case needs no test per file.
    const whole = paths.some((path) => isWithin(root, path));
    const within = (file: string) => whole || paths.some((path) => isWithin(file, path));
    const wanted = (file: { path: string }) => within(file.path);
    if (options.fix) {
      const outcome = await fixCorpus(corpus, within);
      for (const failure of outcome.failures) process.stderr.write(`corpus-lint: could not write ${failure}\n`);
      for (const skipped of outcome.skipped) process.stderr.write(`corpus-lint: warning: ${skipped}\n`);
      failed ||= outcome.failures.length > 0;
      if (lines) outputs.push(...reportsToLines(lines, outcome.reports).filter(wanted));
      else reports.push(...outcome.reports.filter(wanted));
    } else if (lines) {
      outputs.push(...(await lintToLines(corpus, lines, { onProgress })).filter(wanted));
    } else {
      reports.push(...(await lintCorpus(corpus, { onProgress })).filter(wanted));
    }
    progress.done();
  }
  const counts = lines ? outputs : reports.map((report) => severityCounts(report.diagnostics));
  const errors = counts.reduce((sum, count) => sum + count.errors, 0);
  const warnings = counts.reduce((sum, count) => sum + count.warnings, 0);
  const color = !options.out && wantsColor(process.stdout, process.env);
  const pieces = lines ? outputPieces(lines.format, outputs.sort(inFileOrder).map((file) => file.text)) : formatted(format, reports, options.quiet, color);
  failed = !(await writeOut(endingWithLineBreak(pieces), options.out)) || failed;
  if (failed) return 2;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  // As ESLint does: otherwise a run whose warnings --quiet hid would fail without a word.
  if (tooManyWarnings) process.stderr.write(`corpus-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings} allows\n`);
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function formatted(format: LintFormat, reports: readonly FileReport[], quiet: boolean, color: boolean): Iterable<string> {
  const shown = quiet ? reports.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((diagnostic) => isShown(diagnostic, quiet)) })) : reports;
  return formatReportPieces(format, shown, { cwd: process.cwd(), color, rules: RULES, toolVersion: VERSION });
}

/** As the formatters order files: by name in the corpus, then by path (two corpora may hold files of one name). */
function inFileOrder(a: FileOutput, b: FileOutput): number {
  return compareStrings(a.file, b.file) || compareStrings(a.path, b.path);
}

function corpusRoot(path: string): string {
  // A mistyped path would otherwise select no file and pass.
  if (!existsSync(path)) throw new RunError(`${path}: no such file or folder.`);
  const root = findCorpusRoot(path);
  if (!root) throw new RunError(`no corpus.yaml found in ${resolve(path)} or any folder above it.`);
  return root;
}

/** Whether the absolute `file` is `path` or under it, whatever the platform's separator. */
function isWithin(file: string, path: string): boolean {
  const below = relative(path, file);
  return below === '' || (below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below));
}

function print(text: string): number {
  process.stdout.write(`${text}\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`corpus-lint: ${message}\n`);
  return 2;
}

// A reader that stops early (`corpus-lint . | head`) closes the pipe: the rest of the output has nowhere to go, and the
// run ends as it would have. Any other failure to write is the run's failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`corpus-lint: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(2);
});

tuneEngine();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Leaving at once spares a large run ~25 ms of tearing down its heap and threads; unless output is still queued.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  },
  (error: unknown) => {
    process.stderr.write(`corpus-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
