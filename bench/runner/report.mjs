/** Turns measured runs and the tools' output into the lines the benchmark prints. */

const RATIO_TARGET = 10;
const PEAK_RSS_TARGET_MB = 500;

const number = (value) => value.toLocaleString('en-US');
const seconds = (value) => `${value.toFixed(2)} s`;
const megabytes = (bytes) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1e6)} MB`);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The largest peak of the runs, or undefined when a run recorded none. */
export function peakRss(runs) {
  const peaks = runs.map((run) => run.peakRssBytes);
  return peaks.includes(undefined) ? undefined : Math.max(...peaks);
}

/** The median CPU time of the runs, or undefined when a run could not measure it. */
export function medianCpu(runs) {
  const times = runs.map((run) => run.cpuSeconds);
  return times.includes(undefined) ? undefined : median(times);
}

/**
 * Wall time is what the target is about; CPU time (user and system, all threads) says how much work a run
 * did, whatever number of threads it spread the work over.
 * @param {{name: string, runs: {seconds: number, cpuSeconds?: number, peakRssBytes?: number}[]}[]} results
 */
export function timingTable(results) {
  const rows = [
    ['tool', 'median', 'timed runs', 'CPU (median)', 'peak RSS'],
    ...results.map(({ name, runs }) => {
      const cpu = medianCpu(runs);
      return [
        name,
        seconds(median(runs.map((run) => run.seconds))),
        runs.map((run) => run.seconds.toFixed(2)).join(' '),
        cpu === undefined ? 'n/a' : seconds(cpu),
        megabytes(peakRss(runs)),
      ];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('   ').trimEnd());
}

/** corpus-lint's `--format json` output as counts per rule, most frequent first. */
export function diagnosticsByRule(jsonText) {
  let diagnostics;
  try {
    diagnostics = JSON.parse(jsonText);
  } catch (error) {
    return [`corpus-lint's output is not JSON (${error.message}); it starts: ${jsonText.slice(0, 120)}`];
  }
  if (!Array.isArray(diagnostics)) return ["corpus-lint's output is not a JSON array"];
  const counts = new Map();
  for (const { rule } of diagnostics) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(0, ...rows.map(([rule]) => rule.length));
  return [
    `corpus-lint diagnostics: ${number(diagnostics.length)} in ${number(files)} files`,
    ...rows.map(([rule, count]) => `  ${rule.padEnd(width)}  ${number(count).padStart(8)}`),
  ];
}

/** markdownlint-cli2's closing line ("Summary: N issues in M files"), as a check that it linted. */
export function markdownlintSummary(stdoutText) {
  const summary = /^Summary: (\d+) issues? in (\d+) files?$/m.exec(stdoutText);
  if (!summary) return 'markdownlint-cli2 printed no summary line';
  return `markdownlint-cli2 issues: ${number(Number(summary[1]))} in ${number(Number(summary[2]))} files`;
}

export function targetChecks(ratio, corpusLintPeakRss) {
  const yesNo = (ok) => (ok ? 'yes' : 'no');
  const rss = corpusLintPeakRss === undefined ? 'unknown' : yesNo(corpusLintPeakRss <= PEAK_RSS_TARGET_MB * 1e6);
  const ratioOk = yesNo(ratio >= RATIO_TARGET);
  return `Targets: ratio ≥ ${RATIO_TARGET}: ${ratioOk}; peak RSS ≤ ${PEAK_RSS_TARGET_MB} MB: ${rss}`;
}
