/** `corpus-lint export` (spec section 7): one row per dated entry with figures, in event-dataset columns. */
import type { CountKind } from '../types';
import { upperBound } from './json';
import type { Timeline, TimelineEntry } from './types';

export const EXPORT_COLUMNS = [
  'event_id',
  'date',
  'date_precision',
  'label',
  'actors_by',
  'actors_against',
  'place',
  'killed_low',
  'killed_high',
  'injured_low',
  'injured_high',
  'missing_low',
  'missing_high',
  'sources',
  'documents',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** A value that is absent is null (an empty cell in CSV); lists are joined with `; `. */
export type ExportRow = Record<ExportColumn, string | number | null>;

export const LIST_SEPARATOR = '; ';

export function toExportRows(timeline: Timeline): ExportRow[] {
  return timeline.entries.filter((entry) => Object.keys(entry.figures).length > 0).map(exportRow);
}

function exportRow(entry: TimelineEntry): ExportRow {
  const reports = Object.values(entry.figures).flatMap((figure) => figure.reports);
  const bounds = (kind: CountKind) => {
    const figure = entry.figures[kind];
    return [figure?.low ?? null, figure ? upperBound(figure.high) : null] as const;
  };
  const [killed_low, killed_high] = bounds('killed');
  const [injured_low, injured_high] = bounds('injured');
  const [missing_low, missing_high] = bounds('missing');
  return {
    event_id: entry.id,
    date: entry.date.value,
    date_precision: entry.date.precision,
    label: entry.label,
    actors_by: list(entry.by.map((actor) => actor.name)),
    actors_against: list(entry.against.map((actor) => actor.name)),
    place: entry.place ?? null,
    killed_low,
    killed_high,
    injured_low,
    injured_high,
    missing_low,
    missing_high,
    sources: list(reports.flatMap((report) => (report.source ? [report.source] : []))),
    documents: list(entry.documents),
  };
}

function list(items: readonly string[]): string | null {
  return items.length > 0 ? [...new Set(items)].join(LIST_SEPARATOR) : null;
}
