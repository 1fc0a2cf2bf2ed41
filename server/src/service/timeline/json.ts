/** `corpus-lint timeline --format json` (spec section 7): the model in plain JSON, lines and columns from 1. */
import { formatCount } from '../parse/count';
import type { DatePrecision } from '../text/dates';
import { COUNT_KINDS, type CountKind } from '../types';
import type { EntryKind, Figure, SourceLocation, Timeline, TimelineEntry } from './types';

export interface TimelineJson {
  entries: TimelineJsonEntry[];
}

export interface TimelineJsonEntry {
  id: string;
  kind: EntryKind;
  date: string;
  precision: DatePrecision;
  label: string;
  /** Canonical names of the actors by and against, each once. */
  actors: string[];
  /**
   * The same names split by role, as the export's actors_by and actors_against: only with `roles` (the
   * language server's answer, for the editor's panel); the CLI prints the spec's shape.
   */
  by?: string[];
  against?: string[];
  place: string | null;
  figures: Partial<Record<CountKind, FigureJson>>;
  sources: LocationJson[];
}

export interface FigureJson {
  low: number;
  /** null when a report is open-ended (`N+`): the figure has no upper bound. */
  high: number | null;
  conflict: boolean;
  reports: ReportJson[];
}

export interface ReportJson {
  /** The count in attribute syntax: `46`, `40-52`, `1500+`, `~40`. */
  value: string;
  source: string | null;
  file: string;
  line: number;
  column: number;
}

export interface LocationJson {
  file: string;
  line: number;
  column: number;
}

export interface TimelineJsonOptions {
  /** Add `by` and `against` to every entry. */
  roles?: boolean;
}

export function toTimelineJson(timeline: Timeline, options: TimelineJsonOptions = {}): TimelineJson {
  return { entries: timeline.entries.map((entry) => entryJson(entry, options)) };
}

function entryJson(entry: TimelineEntry, options: TimelineJsonOptions): TimelineJsonEntry {
  const figures: Partial<Record<CountKind, FigureJson>> = {};
  for (const kind of COUNT_KINDS) {
    const figure = entry.figures[kind];
    if (figure) figures[kind] = figureJson(figure);
  }
  return {
    id: entry.id,
    kind: entry.kind,
    date: entry.date.value,
    precision: entry.date.precision,
    label: entry.label,
    actors: [...new Set([...entry.by, ...entry.against].map((actor) => actor.name))],
    ...(options.roles && { by: [...new Set(entry.by.map((actor) => actor.name))], against: [...new Set(entry.against.map((actor) => actor.name))] }),
    place: entry.place ?? null,
    figures,
    sources: entry.sources.map(locationJson),
  };
}

function figureJson(figure: Figure): FigureJson {
  return {
    low: figure.low,
    high: upperBound(figure.high),
    conflict: figure.conflict,
    reports: figure.reports.map((report) => ({ value: formatCount(report.count), source: report.source ?? null, ...locationJson(report.location) })),
  };
}

export function locationJson(location: SourceLocation): LocationJson {
  return { file: location.file, line: location.range.start.line + 1, column: location.range.start.character + 1 };
}

/** JSON has no Infinity: an open upper bound is null. */
export function upperBound(high: number): number | null {
  return Number.isFinite(high) ? high : null;
}
