/** The timeline model (spec section 7): what the corpus says happened, in order, and who reported it. */
import type { DatePrecision } from '../text/dates';
import type { Count, CountKind, Range } from '../types';

/**
 * `event`: the :event tag and :casualty reports sharing one `event` id; `casualty`: a dated :casualty tag
 * without `event`; `document`: a document's `published` date.
 */
export type EntryKind = 'event' | 'casualty' | 'document';

export interface TimelineDate {
  /** As written: `2024-12-24`, `2024-12` or `2024`. */
  value: string;
  precision: DatePrecision;
  /** The first day the date covers, `YYYY-MM-DD`: the key entries sort by. */
  start: string;
}

/** A place in the corpus; `file` is corpus-relative with `/` separators. */
export interface SourceLocation {
  file: string;
  range: Range;
}

export interface ActorRef {
  id: string;
  /** The registry's canonical name, or the id when the registry does not know it. */
  name: string;
}

/** One :casualty tag's count of one kind. */
export interface FigureReport {
  count: Count;
  source?: string;
  location: SourceLocation;
}

/** Every report of one count kind for one entry, combined. */
export interface Figure {
  /** The smallest lower bound. */
  low: number;
  /** The largest upper bound; `Infinity` when a report is open-ended (`N+`). */
  high: number;
  /** True when the reports do not all state the same count. */
  conflict: boolean;
  /** In corpus order: by file, then position. */
  reports: FigureReport[];
}

export interface TimelineEntry {
  id: string;
  kind: EntryKind;
  date: TimelineDate;
  label: string;
  by: ActorRef[];
  against: ActorRef[];
  place?: string;
  figures: Partial<Record<CountKind, Figure>>;
  /** The tags (or, for a document entry, the document) the entry comes from, in corpus order. */
  sources: SourceLocation[];
  /** The ids (or, without an id, the files) of the documents the entry comes from. */
  documents: string[];
}

/** An event whose :event tag and reports carry no valid date: it has figures but no place in time. */
export type UndatedEntry = Omit<TimelineEntry, 'date'>;

export interface Timeline {
  /** Sorted by date (the first day it covers), then by id. */
  entries: TimelineEntry[];
  undated: UndatedEntry[];
}
