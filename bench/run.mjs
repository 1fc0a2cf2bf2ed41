/**
 * `npm run bench`: corpus-lint against markdownlint-cli2 on the same generated corpus.
 *
 * One warm-up run of each tool (file cache), then BENCH_RUNS (default 3) timed runs of each, alternating.
 * Prints median wall times, their ratio, corpus-lint's peak RSS and its diagnostics by rule. A benchmark
 * reports and never fails on slowness: it exits non-zero only when a tool crashes (an exit status other
 * than 0 or 1, or a signal) or cannot be started.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, formatSummary, generateCorpus } from './generate.mjs';
import { outputFiles, runOnce } from './runner/measure.mjs';
import {
  diagnosticsByRule, markdownlintSummary, median, peakRss, targetChecks, timingTable,
} from './runner/report.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, DEFAULT_OPTIONS.dir);
const OUTPUT = join(ROOT, '.bench/results');
/** markdownlint-cli2 reads `--config` files by their name; this suffix means "options, with a config key". */
const MARKDOWNLINT_OPTIONS = join(OUTPUT, 'bench.markdownlint-cli2.jsonc');

function timedRunCount() {
  const text = process.env.BENCH_RUNS ?? '3';
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, got "${text}"`);
  return runs;
}

function markdownlintEntry() {
  const packageDir = join(ROOT, 'node_modules/markdownlint-cli2');
  const { bin } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return join(packageDir, bin['markdownlint-cli2']);
}

function tools() {
  const cli = join(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: build it first (`npm run bench` does)');
  writeFileSync(MARKDOWNLINT_OPTIONS, `${JSON.stringify({ config: { default: true } })}\n`);
  return [
    { name: 'corpus-lint', cwd: ROOT, script: cli, args: [relative(ROOT, CORPUS), '--format', 'json'] },
    {
      name: 'markdownlint-cli2',
      cwd: CORPUS,
      script: markdownlintEntry(),
      args: ['articles/**/*.md', '--config', MARKDOWNLINT_OPTIONS],
    },
  ];
}

/** Runs `tool` once and prints the time; a crash ends the benchmark with the tool's last words. */
function runChecked(tool, label) {
  const run = runOnce(tool, OUTPUT);
  const ending = run.signal ? `signal ${run.signal}` : `exit ${run.status}`;
  const cpu = run.cpuSeconds === undefined ? '' : `   CPU ${run.cpuSeconds.toFixed(2).padStart(6)} s`;
  console.log(`  ${tool.name.padEnd(18)} ${label.padEnd(8)} ${run.seconds.toFixed(2).padStart(8)} s${cpu}   ${ending}`);
  if (run.signal !== null || (run.status !== 0 && run.status !== 1)) {
    const stderr = readFileSync(outputFiles(tool, OUTPUT).stderr, 'utf8').trimEnd();
    const lastWords = stderr
      ? `the end of its standard error:\n${stderr.split('\n').slice(-20).join('\n')}`
      : 'it wrote nothing to standard error';
    throw new Error(`${tool.name} crashed (${ending}); ${lastWords}`);
  }
  return run;
}

function main() {
  const runs = timedRunCount();
  mkdirSync(OUTPUT, { recursive: true });
  console.log(formatSummary(generateCorpus({ dir: CORPUS })));
  const measured = tools().map((tool) => ({ tool, runs: [] }));
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const timed = `${runs} timed run${runs === 1 ? '' : 's'}`;
  console.log(`Node ${process.version}, ${availableParallelism()} × ${cpu}; 1 warm-up + ${timed} of each tool`);

  for (const { tool } of measured) runChecked(tool, 'warm-up');
  for (let i = 1; i <= runs; i++) {
    for (const entry of measured) entry.runs.push(runChecked(entry.tool, `run ${i}`));
  }

  const [corpusLint, markdownlint] = measured;
  const ratio = median(markdownlint.runs.map((run) => run.seconds)) / median(corpusLint.runs.map((run) => run.seconds));
  const lines = [
    '',
    ...timingTable(measured.map(({ tool, runs: timed }) => ({ name: tool.name, runs: timed }))),
    '',
    `Ratio markdownlint-cli2 / corpus-lint (median wall time): ${ratio.toFixed(1)}×`,
    '',
    ...diagnosticsByRule(readFileSync(outputFiles(corpusLint.tool, OUTPUT).stdout, 'utf8')),
    markdownlintSummary(readFileSync(outputFiles(markdownlint.tool, OUTPUT).stdout, 'utf8')),
    '',
    targetChecks(ratio, peakRss(corpusLint.runs)),
  ];
  console.log(lines.join('\n'));
}

try {
  main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
