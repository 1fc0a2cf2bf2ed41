/**
 * `npm run bench:pathological`: each pathological input of bench/pathological/cases.ts linted by the built
 * CLI at two or three sizes. Prints wall time, time per unit above an empty corpus's time, the growth
 * between the smallest and largest size against the growth of the input, peak RSS, and the diagnostic
 * that shows what the CLI read or could not read. Reports only: it fails only when the CLI crashes.
 * Needs tsx: `node --import tsx bench/pathological.mjs`. PATHOLOGICAL_CASE=<part of a name> runs some;
 * PATHOLOGICAL_RUNS (default 2) runs of each size, the fastest counting.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, CONFIG, REGISTRY } from './pathological/cases.ts';
import { outputFiles, runOnce } from './runner/measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const OUTPUT = mkdtempSync(join(tmpdir(), 'corpus-lint-pathological-out-'));
const TOOL = { name: 'corpus-lint', script: CLI, args: ['--format', 'json', '.'] };

function writeCorpus(files) {
  const root = mkdtempSync(join(tmpdir(), 'corpus-lint-pathological-'));
  const all = { 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...files };
  let bytes = 0;
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
    if (name in files) bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
  return { root, bytes };
}

const RUNS = Number(process.env.PATHOLOGICAL_RUNS ?? '2');

/** Lints a corpus RUNS times; the fastest run counts (the others lost time to something else on the machine). */
function lint(files) {
  const { root, bytes } = writeCorpus(files);
  try {
    let run;
    for (let i = 0; i < RUNS; i++) {
      const next = runOnce({ ...TOOL, cwd: root }, OUTPUT);
      if (!run || next.seconds < run.seconds || next.signal !== null || (next.status !== 0 && next.status !== 1)) run = next;
      if (run.signal !== null || (run.status !== 0 && run.status !== 1)) break;
    }
    const stdout = readFileSync(outputFiles(TOOL, OUTPUT).stdout, 'utf8');
    const stderr = readFileSync(outputFiles(TOOL, OUTPUT).stderr, 'utf8');
    const crashed = run.signal !== null || (run.status !== 0 && run.status !== 1);
    return { ...run, bytes, crashed, stderr, diagnostics: crashed ? [] : JSON.parse(stdout) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const mib = (bytes) => (bytes === undefined ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MiB`);
const pad = (text, width) => String(text).padStart(width);

const filter = process.env.PATHOLOGICAL_CASE;
const baseline = lint({});
console.log(`corpus-lint on pathological input (node ${process.version}); an empty corpus takes ${baseline.seconds.toFixed(2)} s, ${mib(baseline.peakRssBytes)}\n`);
let crashes = 0;
for (const testCase of CASES.filter((c) => !filter || c.name.includes(filter))) {
  console.log(`${testCase.name}`);
  const runs = [];
  for (const size of testCase.sizes) {
    const run = lint(testCase.files(size));
    runs.push({ size, ...run });
    const above = Math.max(0, run.seconds - baseline.seconds);
    const found = run.diagnostics.find((d) => d.file === testCase.expect.file && d.rule === testCase.expect.rule && (!testCase.expect.message || testCase.expect.message.test(d.message)));
    console.log(
      `  ${pad(size.toLocaleString('en'), 8)} ${testCase.unit.padEnd(6)} ${pad((run.bytes / 1024 / 1024).toFixed(2), 6)} MB input ${pad(run.seconds.toFixed(2), 6)} s` +
        `  ${pad(((above * 1000) / size).toFixed(3), 8)} ms/${testCase.unit}  peak ${pad(mib(run.peakRssBytes), 8)}  ${pad(run.diagnostics.length, 6)} diagnostics` +
        `  ${run.crashed ? `CRASHED (${run.signal ?? `exit ${run.status}`}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` : found ? `${testCase.expect.rule} found` : `NO ${testCase.expect.rule}`}`,
    );
    if (run.crashed) crashes++;
  }
  const [first, last] = [runs[0], runs[runs.length - 1]];
  const growth = (last.seconds - baseline.seconds) / Math.max(0.001, first.seconds - baseline.seconds);
  const example = last.diagnostics.find((d) => d.file === testCase.expect.file && d.rule === testCase.expect.rule);
  const memory = `peak memory x${((last.peakRssBytes ?? 0) / (first.peakRssBytes || 1)).toFixed(1)}`;
  const flat = Math.abs(last.seconds - first.seconds) < 0.1;
  console.log(`  input x${(last.size / first.size).toFixed(1)} -> ${flat ? 'time flat (within 0.1 s)' : `time above baseline x${growth.toFixed(1)}`}, ${memory}`);
  if (example) console.log(`  says: ${example.file}:${example.line}:${example.column} ${example.rule}: ${example.message.slice(0, 160)}`);
  console.log('');
}
rmSync(OUTPUT, { recursive: true, force: true });
process.exitCode = crashes > 0 ? 1 : 0;
