/** `corpus-lint timeline` and `corpus-lint export` (spec sections 6 and 7). */
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { EXPORT_COLUMNS, toExportRows, type ExportRow } from '../service/timeline/exportRows';
import { toTimelineJson } from '../service/timeline/json';
import { buildTimeline } from '../service/timeline/model';
import { renderTimelineHtml } from '../service/timeline/render';
import type { Timeline } from '../service/timeline/types';
import { loadCorpus, type LoadedCorpus } from '../node/loadCorpus';
import type { CliOptions } from './args';
import { analyzeDocuments, summariesOf } from './lint';
import { Progress } from './progress';
import { writeOut } from './output';

/**
 * Writes the timeline or the export of the corpus at `root` to --out or standard output, keeping the entries
 * that draw on a file `selected` accepts (by absolute path). Returns the exit status.
 */
export async function runTimeline(options: CliOptions, root: string, selected: (path: string) => boolean): Promise<number> {
  const corpus = loadCorpus(root);
  const progress = new Progress(process.stderr);
  const analyses = await analyzeDocuments(corpus, { onProgress: (done, total) => progress.update(done, total) });
  progress.done();
  const whole = buildTimeline(summariesOf(analyses), { actors: corpus.registry.byId, today: corpus.env.today });
  const drawsOnSelection = (entry: { sources: { file: string }[] }) => entry.sources.some((source) => selected(join(root, source.file)));
  const timeline: Timeline = { entries: whole.entries.filter(drawsOnSelection), undated: whole.undated.filter(drawsOnSelection) };
  for (const entry of timeline.undated) {
    const [first] = entry.sources;
    process.stderr.write(`corpus-lint: event ${entry.id} (${first.file}:${first.range.start.line + 1}) has no valid date and is left out.\n`);
  }
  return (await writeOut([format(options, timeline, corpus)], options.out)) ? 0 : 2;
}

function format(options: CliOptions, timeline: Timeline, corpus: LoadedCorpus): string {
  if (options.command === 'timeline' && options.format === 'html') return formatHtml(timeline, corpus, options.out);
  if (options.command === 'timeline') return `${JSON.stringify(toTimelineJson(timeline), null, 2)}\n`;
  return formatExport(toExportRows(timeline), options.format === 'json' ? 'json' : 'csv', { escapeFormulas: options.escapeFormulas });
}

/**
 * CSV by RFC 4180 (a header row, CRLF between records, a field with a comma, a quote or a line break quoted,
 * null as an empty field), or a JSON array with one row per line. With `escapeFormulas`, a CSV text field that
 * starts with = + - @, a tab or a CR gets a leading `'` (numbers are left alone), as spreadsheets advise for
 * untrusted text; the file then no longer reads back to the same values.
 */
export function formatExport(rows: readonly ExportRow[], format: 'csv' | 'json', { escapeFormulas = false } = {}): string {
  if (format === 'json') return rows.length === 0 ? '[]\n' : `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
  return stringify([...rows], {
    header: true,
    columns: [...EXPORT_COLUMNS],
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    escape_formulas: escapeFormulas,
  });
}

/**
 * The page links to the documents by paths relative to where it is written, so it keeps working when moved
 * together with the corpus. Its nonce is derived from the content: the same corpus gives the same file.
 */
function formatHtml(timeline: Timeline, corpus: LoadedCorpus, out: string | undefined): string {
  const base = out ? dirname(resolve(out)) : process.cwd();
  const nonce = createHash('sha256').update(JSON.stringify(toTimelineJson(timeline))).digest('base64url').slice(0, 22);
  return renderTimelineHtml(timeline, {
    theme: 'light',
    nonce,
    title: corpus.config.name || undefined,
    linkTarget: (file) => {
      const path = relative(base, join(corpus.root, file)).split(sep).map(encodeURIComponent).join('/');
      return path.startsWith('../') ? path : `./${path}`;
    },
  });
}
