/**
 * Runs a Node program once: wall-clock time, exit status, and peak RSS and CPU time (read through the
 * resource-usage preload).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('resource-usage.cjs', import.meta.url));

/** Where a tool's standard output and error go; the last run's files are kept for inspection. */
export function outputFiles(tool, outputDir) {
  return {
    stdout: join(outputDir, `${tool.name}.stdout`),
    stderr: join(outputDir, `${tool.name}.stderr`),
    usage: join(outputDir, `${tool.name}.usage`),
  };
}

/**
 * What the run's processes recorded: the largest peak RSS, in bytes, and the CPU time of them all, in
 * seconds; undefined where none recorded (killed by a signal).
 */
function readUsage(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { peakRssBytes: undefined, cpuSeconds: undefined };
  }
  const records = text.split('\n').filter(Boolean).map((line) => line.split(' ').map(Number));
  if (records.length === 0) return { peakRssBytes: undefined, cpuSeconds: undefined };
  return {
    peakRssBytes: Math.max(...records.map(([kibibytes]) => kibibytes)) * 1024,
    cpuSeconds: records.reduce((sum, [, microseconds]) => sum + microseconds, 0) / 1e6,
  };
}

/**
 * @param {{name: string, script: string, args: string[], cwd: string}} tool  a Node script and its arguments
 * @returns {{seconds: number, cpuSeconds: number | undefined, status: number | null, signal: string | null, peakRssBytes: number | undefined}}
 */
export function runOnce(tool, outputDir) {
  const files = outputFiles(tool, outputDir);
  rmSync(files.usage, { force: true });
  const stdout = openSync(files.stdout, 'w');
  const stderr = openSync(files.stderr, 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, tool.script, ...tool.args], {
    cwd: tool.cwd,
    stdio: ['ignore', stdout, stderr],
    env: { ...process.env, BENCH_USAGE_FILE: files.usage },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(stdout);
  closeSync(stderr);
  if (result.error) throw result.error;
  return { seconds, status: result.status, signal: result.signal, ...readUsage(files.usage) };
}
