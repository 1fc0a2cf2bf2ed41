import { documentRange, type CasualtyReport, type DocumentSummary, type EventReport } from '../summary';
import { compareStrings } from '../text/compare';
import type { ActorEntry, Range } from '../types';
import { bestDate, compareByDateThenId, timelineDate } from './dates';
import { combineFigures, type PlacedCasualty } from './figures';
import type { ActorRef, SourceLocation, Timeline, TimelineDate, TimelineEntry, UndatedEntry } from './types';

export interface TimelineOptions {
  /** The registry's actors by id, to give each actor its canonical name. */
  actors: ReadonlyMap<string, Pick<ActorEntry, 'name'>>;
  /** `YYYY-MM-DD`. A date after it is one the linter rejects, so it places nothing on the timeline. */
  today: string;
}

interface PlacedEvent {
  file: string;
  event: EventReport;
}

interface EventGroup {
  declarations: PlacedEvent[];
  reports: PlacedCasualty[];
}

/**
 * Builds the timeline of a corpus from its documents' summaries: one entry per event id (its :event tag and
 * every :casualty report naming it), per dated :casualty tag without `event`, and per dated document.
 */
export function buildTimeline(summaries: readonly DocumentSummary[], options: TimelineOptions): Timeline {
  const ordered = byFile(summaries);
  const builder = new EntryBuilder(options, new Map(ordered.map((summary) => [summary.file, summary.id?.value ?? summary.file])));
  const entries: TimelineEntry[] = [];
  for (const summary of ordered) {
    for (const casualty of summary.casualties) if (!casualty.event) entries.push(...builder.casualtyEntry(summary.file, casualty));
    entries.push(...builder.documentEntry(summary));
  }
  const undated: UndatedEntry[] = [];
  for (const [id, { declarations, reports }] of eventGroups(ordered)) {
    const { date, entry } = builder.eventEntry(id, declarations, reports);
    if (date) entries.push({ ...entry, date });
    else undated.push(entry);
  }
  return { entries: entries.sort(compareByDateThenId), undated: undated.sort(byId) };
}

/**
 * The figures of each event, in the order of the timeline's entries, dated then undated. Only events
 * combine several reports, so only their figures can be in conflict; this skips the rest of the timeline.
 */
export function eventFigures(summaries: readonly DocumentSummary[], today: string): Pick<UndatedEntry, 'id' | 'figures'>[] {
  const dated: Pick<TimelineEntry, 'id' | 'date' | 'figures'>[] = [];
  const undated: Pick<UndatedEntry, 'id' | 'figures'>[] = [];
  for (const [id, { declarations, reports }] of eventGroups(byFile(summaries))) {
    const date = eventDate(declarations, reports, today);
    const figures = combineFigures(byReportLocation(reports));
    if (date) dated.push({ id, date, figures });
    else undated.push({ id, figures });
  }
  return [...dated.sort(compareByDateThenId), ...undated.sort(byId)];
}

function byFile(summaries: readonly DocumentSummary[]): DocumentSummary[] {
  return [...summaries].sort((a, b) => compareStrings(a.file, b.file));
}

/** The :event tags and the :casualty reports of each event id, in the order of `ordered` and of each document. */
function eventGroups(ordered: readonly DocumentSummary[]): Map<string, EventGroup> {
  const groups = new Map<string, EventGroup>();
  const group = (id: string) => groups.get(id) ?? groups.set(id, { declarations: [], reports: [] }).get(id)!;
  for (const { file, events, casualties } of ordered) {
    for (const event of events) group(event.id).declarations.push({ file, event });
    for (const casualty of casualties) if (casualty.event) group(casualty.event).reports.push({ file, casualty });
  }
  return groups;
}

/** The date of the first :event tag, else the best date of the reports. */
function eventDate(declarations: readonly PlacedEvent[], reports: readonly PlacedCasualty[], today: string): TimelineDate | undefined {
  return (
    timelineDate(declarations[0]?.event.date, today) ??
    bestDate(reports.flatMap(({ casualty }) => timelineDate(casualty.date, today) ?? []))
  );
}

function byReportLocation(reports: readonly PlacedCasualty[]): PlacedCasualty[] {
  return [...reports].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : byStart(a.casualty.range, b.casualty.range)));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : 1;
}

class EntryBuilder {
  constructor(
    private readonly options: TimelineOptions,
    private readonly documentIds: ReadonlyMap<string, string>,
  ) {}

  /** Label, date and place come from the first :event tag; actors from every tag; figures from the reports. */
  eventEntry(id: string, declarations: readonly PlacedEvent[], reports: readonly PlacedCasualty[]): { date?: TimelineDate; entry: UndatedEntry } {
    const declaration = declarations[0]?.event;
    const tags = [...declarations.map(({ file, event }) => ({ file, tag: event })), ...reports.map(({ file, casualty }) => ({ file, tag: casualty }))];
    const place = declaration?.place || tags.find(({ tag }) => tag.place)?.tag.place;
    const date = eventDate(declarations, reports, this.options.today);
    const entry: UndatedEntry = {
      id,
      kind: 'event',
      label: oneLine(declaration?.label ?? '') || id,
      by: this.actors(tags.flatMap(({ tag }) => tag.by)),
      against: this.actors(tags.flatMap(({ tag }) => tag.against)),
      ...(place && { place }),
      figures: combineFigures(byReportLocation(reports)),
      sources: tags.map(({ file, tag }) => locationOf(file, tag)).sort(byLocation),
      documents: unique(tags.map(({ file }) => this.documentIds.get(file)!)),
    };
    return { date, entry };
  }

  /** A dated :casualty tag without `event` is an entry of its own; one without a valid date or count is none. */
  casualtyEntry(file: string, casualty: CasualtyReport): TimelineEntry[] {
    const date = timelineDate(casualty.date, this.options.today);
    if (!date || Object.keys(casualty.counts).length === 0) return [];
    const { line, character } = casualty.range.start;
    return [
      {
        id: `${file}#${line + 1}:${character + 1}`,
        kind: 'casualty',
        date,
        label: oneLine(casualty.label) || 'Casualty report',
        by: this.actors(casualty.by),
        against: this.actors(casualty.against),
        ...(casualty.place && { place: casualty.place }),
        figures: combineFigures([{ file, casualty }]),
        sources: [{ file, range: casualty.range }],
        documents: [this.documentIds.get(file)!],
      },
    ];
  }

  /** A document with a valid `published` date is an entry whose id is its file. */
  documentEntry(summary: DocumentSummary): TimelineEntry[] {
    const date = timelineDate(summary.published, this.options.today);
    if (!date) return [];
    const documentId = this.documentIds.get(summary.file)!;
    return [
      {
        id: summary.file,
        kind: 'document',
        date,
        label: oneLine(summary.title ?? '') || documentId,
        by: [],
        against: [],
        figures: {},
        sources: [{ file: summary.file, range: documentRange(summary) }],
        documents: [documentId],
      },
    ];
  }

  private actors(ids: readonly string[]): ActorRef[] {
    return unique(ids).map((id) => ({ id, name: this.options.actors.get(id)?.name ?? id }));
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function locationOf(file: string, tag: { range: Range }): SourceLocation {
  return { file, range: tag.range };
}

function byLocation(a: SourceLocation, b: SourceLocation): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return byStart(a.range, b.range);
}

function byStart(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character;
}
