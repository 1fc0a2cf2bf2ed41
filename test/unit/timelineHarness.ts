/** Small corpora for the timeline tests: documents are parsed and summarised by the real service. */
import { parse } from 'csv-parse/sync';
import { analyzeDocument } from '../../server/src/service/analyze';
import { setupCorpus } from '../../server/src/service/corpus';
import type { DocumentSummary } from '../../server/src/service/summary';
import type { ExportRow } from '../../server/src/service/timeline/exportRows';
import { buildTimeline } from '../../server/src/service/timeline/model';
import type { Timeline } from '../../server/src/service/timeline/types';
import { CONFIG, REGISTRY, TODAY } from './harness';

/** A document with valid front-matter; `published` and `title` may be changed, the body is given. */
export function doc(id: string, body: string, fields: { published?: string; title?: string } = {}): string {
  const title = JSON.stringify(fields.title ?? `Report ${id}`);
  return `---\nid: ${id}\ntitle: ${title}\npublished: ${fields.published ?? '2025-01-15'}\nsource: The Test Desk\n---\n\n${body}\n`;
}

export function summaries(documents: Record<string, string>): DocumentSummary[] {
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  return Object.entries(documents).flatMap(([file, text]) => analyzeDocument(file, { text, bom: false, eol: '\n' }, env).summary ?? []);
}

export function timelineOf(documents: Record<string, string>): Timeline {
  const { registry } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  return buildTimeline(summaries(documents), { actors: registry.byId, today: TODAY });
}

/** The entries other than the documents' own publication entries. */
export function tagEntries(timeline: Timeline) {
  return timeline.entries.filter((entry) => entry.kind !== 'document');
}

const COUNT_COLUMNS = new Set(['killed_low', 'killed_high', 'injured_low', 'injured_high', 'missing_low', 'missing_high']);

/** Reads the CSV export back by its documented conventions: an empty field is null, count columns are numbers. */
export function rowsFromCsv(csv: string): ExportRow[] {
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  return records.map(
    (record) => Object.fromEntries(Object.entries(record).map(([column, cell]) => [column, cell === '' ? null : COUNT_COLUMNS.has(column) ? Number(cell) : cell])) as ExportRow,
  );
}
