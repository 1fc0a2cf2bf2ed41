/**
 * Runs a Node program once: wall-clock time, CPU time, exit status and peak RSS (read through the peak-rss
 * preload).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('peak-rss.cjs', import.meta.url));

/** Where a tool's standard output and error go; the last run's files are kept for inspection. */
export function outputFiles(tool, outputDir) {
  return {
    stdout: join(outputDir, `${tool.name}.stdout`),
    stderr: join(outputDir, `${tool.name}.stderr`),
    peakRss: join(outputDir, `${tool.name}.peak-rss`),
  };
}

/** The largest figure any process of the run recorded, in bytes; undefined if none did (killed by a signal). */
function readPeakRss(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const kibibytes = text.split('\n').filter(Boolean).map(Number);
  return kibibytes.length > 0 ? Math.max(...kibibytes) * 1024 : undefined;
}

const CLOCK_TICKS_PER_SECOND = clockTicksPerSecond();

function clockTicksPerSecond() {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(answer.stdout?.trim());
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
}

/**
 * CPU seconds (user and system, every thread) of this process's children that have ended: `cutime` and
 * `cstime` of /proc/self/stat. Undefined where there is no /proc.
 */
function endedChildrenCpuSeconds() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // After the command name in parentheses come the fields from the third on; cutime and cstime are the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
}

/**
 * @param {{name: string, script: string, args: string[], cwd: string}} tool  a Node script and its arguments
 * @returns {{seconds: number, cpuSeconds: number | undefined, status: number | null, signal: string | null, peakRssBytes: number | undefined}}
 */
export function runOnce(tool, outputDir) {
  const files = outputFiles(tool, outputDir);
  rmSync(files.peakRss, { force: true });
  const stdout = openSync(files.stdout, 'w');
  const stderr = openSync(files.stderr, 'w');
  const cpuBefore = endedChildrenCpuSeconds();
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, tool.script, ...tool.args], {
    cwd: tool.cwd,
    stdio: ['ignore', stdout, stderr],
    env: { ...process.env, BENCH_PEAK_RSS_FILE: files.peakRss },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = endedChildrenCpuSeconds();
  const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  closeSync(stdout);
  closeSync(stderr);
  if (result.error) throw result.error;
  return { seconds, cpuSeconds, status: result.status, signal: result.signal, peakRssBytes: readPeakRss(files.peakRss) };
}
