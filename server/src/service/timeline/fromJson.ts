/**
 * The timeline model back from its JSON form (the language server's timeline answer), for the renderer.
 * JSON names actors but has no ids: each name gets an id made from it, stable across answers, so a saved
 * actor filter still means the same actor. Without `by` and `against` (JSON written without roles), every
 * actor is shown as acting. Undated events are not in the JSON; the page does not list them.
 */
import { parseCount } from '../parse/count';
import { COUNT_KINDS, type Count, type CountKind } from '../types';
import type { FigureJson, LocationJson, TimelineJson, TimelineJsonEntry } from './json';
import type { ActorRef, Figure, SourceLocation, Timeline, TimelineDate, TimelineEntry } from './types';

export function timelineFromJson(json: TimelineJson): Timeline {
  const actors = actorIds(json.entries);
  const ref = (name: string): ActorRef => ({ id: actors.get(name)!, name });
  return {
    entries: json.entries.map(
      (entry): TimelineEntry => ({
        id: entry.id,
        kind: entry.kind,
        date: dateOf(entry),
        label: entry.label,
        by: (entry.by ?? entry.actors).map(ref),
        against: (entry.against ?? []).map(ref),
        ...(entry.place !== null && { place: entry.place }),
        figures: figuresOf(entry),
        sources: entry.sources.map(location),
        documents: [],
      }),
    ),
    undated: [],
  };
}

/** `Tehreek-e-Taliban Pakistan` → `tehreek-e-taliban-pakistan`; a clash of two names takes a number. */
function actorIds(entries: readonly TimelineJsonEntry[]): Map<string, string> {
  const names = [...new Set(entries.flatMap((entry) => entry.actors))].sort();
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'actor';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}

function dateOf(entry: TimelineJsonEntry): TimelineDate {
  const start = entry.precision === 'day' ? entry.date : entry.precision === 'month' ? `${entry.date}-01` : `${entry.date}-01-01`;
  return { value: entry.date, precision: entry.precision, start };
}

function figuresOf(entry: TimelineJsonEntry): Partial<Record<CountKind, Figure>> {
  const figures: Partial<Record<CountKind, Figure>> = {};
  for (const kind of COUNT_KINDS) {
    const figure = entry.figures[kind];
    if (figure) figures[kind] = figureOf(figure);
  }
  return figures;
}

function figureOf(figure: FigureJson): Figure {
  return {
    low: figure.low,
    high: figure.high ?? Infinity,
    conflict: figure.conflict,
    reports: figure.reports.map((report) => ({
      count: parseCount(report.value) ?? spanOf(figure),
      ...(report.source !== null && { source: report.source }),
      location: location(report),
    })),
  };
}

/** formatCount wrote every value, so each parses; were one not to, the figure's span stands in for it. */
function spanOf(figure: FigureJson): Count {
  return figure.high === null ? { kind: 'atLeast', low: figure.low, high: Infinity } : { kind: 'range', low: figure.low, high: figure.high };
}

function location({ file, line, column }: LocationJson): SourceLocation {
  const position = { line: line - 1, character: column - 1 };
  return { file, range: { start: position, end: position } };
}
