/** Percentiles and the table `npm run bench:lsp` prints. */

/** The nearest-rank percentile (0 < p ≤ 100) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;

function latencyRow(name, samples, target) {
  if (!samples) return { name, figure: 'not available', target: target === undefined ? '-' : `p95 ≤ ${target} ms`, verdict: '-' };
  const p95 = percentile(samples, 95);
  return {
    name,
    figure: `p50 ${ms(percentile(samples, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...samples))} (n=${samples.length})`,
    target: target === undefined ? '-' : `p95 ≤ ${target} ms`,
    verdict: target === undefined ? '-' : p95 <= target ? 'met' : 'MISSED',
  };
}

export function resultTable({ indexSeconds, editLatencies, hoverLatencies, completionLatencies, symbolLatencies, memory }) {
  const rows = [
    { name: 'initial index', figure: `${indexSeconds.toFixed(2)} s`, target: '≤ 5 s', verdict: indexSeconds <= 5 ? 'met' : 'MISSED' },
    latencyRow('edit → publishDiagnostics', editLatencies, 30),
    latencyRow('hover', hoverLatencies, 10),
    latencyRow('completion', completionLatencies, undefined),
    latencyRow('workspace symbols', symbolLatencies, undefined),
    {
      name: 'server memory after indexing',
      figure: `RSS ${mb(memory.rss)} (peak ${mb(memory.peak)})`,
      target: '≤ 600 MB',
      verdict: memory.rss <= 600e6 ? 'met' : 'MISSED',
    },
  ];
  const widths = ['name', 'figure', 'target'].map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
  const line = (cells) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ');
  return [line(['measure', 'figure', 'target', 'verdict']), line(widths.map((w) => '-'.repeat(w)).concat('-------')), ...rows.map((row) => line([row.name, row.figure, row.target, row.verdict]))];
}
