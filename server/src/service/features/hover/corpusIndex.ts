/**
 * What hover and completion look up across the whole corpus: the reports of each event, the sources and
 * places tags name, the documents' ids. Kept up to date from the documents' summaries: after an edit only
 * the changed documents' parts are taken out and put back.
 */
import type { CasualtyReport, DocumentSummary, EventReport } from '../../summary';
import type { Range } from '../../types';
import type { CorpusWorkspace } from '../../workspace';

interface Placed {
  file: string;
  /** The document's front-matter `id`, or its file when it has none. */
  document: string;
}

export interface PlacedEvent extends Placed {
  event: EventReport;
}

export interface PlacedCasualty extends Placed {
  casualty: CasualtyReport;
}

export interface EventReports {
  /** The :event tags declaring the id, in corpus order. */
  declarations: PlacedEvent[];
  /** The :casualty tags naming it with `event=`, in corpus order. */
  reports: PlacedCasualty[];
}

export class CorpusIndex {
  readonly events = new Map<string, EventReports>();
  /** Values of `source=` and `place=` in tags, with how many tags give each. */
  readonly sources = new Map<string, number>();
  readonly places = new Map<string, number>();
  /** Each front-matter `id`, with the files that have it. */
  readonly documents = new Map<string, string[]>();
  /** Grows with every update: caches built on the index compare it. */
  version = 0;
  private readonly indexed = new Map<string, DocumentSummary>();

  /** Takes in the corpus's current summaries: only those that are new or changed are indexed again. */
  update(summaries: readonly DocumentSummary[]): void {
    const touched = new Set<string>();
    const current = new Set<string>();
    for (const summary of summaries) {
      current.add(summary.file);
      const previous = this.indexed.get(summary.file);
      if (previous === summary) continue;
      if (previous) this.remove(previous, touched);
      this.add(summary, touched);
      this.indexed.set(summary.file, summary);
    }
    for (const [file, previous] of this.indexed) {
      if (current.has(file)) continue;
      this.remove(previous, touched);
      this.indexed.delete(file);
    }
    for (const id of touched) sortGroup(this.events.get(id));
    this.version++;
  }

  private add(summary: DocumentSummary, touched: Set<string>): void {
    const placed = { file: summary.file, document: summary.id?.value ?? summary.file };
    if (summary.id) this.documents.set(summary.id.value, [...(this.documents.get(summary.id.value) ?? []), summary.file]);
    const group = (id: string) => {
      touched.add(id);
      return this.events.get(id) ?? this.events.set(id, { declarations: [], reports: [] }).get(id)!;
    };
    for (const event of summary.events) group(event.id).declarations.push({ ...placed, event });
    for (const casualty of summary.casualties) {
      if (casualty.event) group(casualty.event).reports.push({ ...placed, casualty });
      if (casualty.source) count(this.sources, casualty.source, 1);
    }
    for (const tag of [...summary.events, ...summary.casualties]) if (tag.place) count(this.places, tag.place, 1);
  }

  private remove(summary: DocumentSummary, touched: Set<string>): void {
    const file = summary.file;
    if (summary.id) {
      const files = (this.documents.get(summary.id.value) ?? []).filter((other) => other !== file);
      if (files.length > 0) this.documents.set(summary.id.value, files);
      else this.documents.delete(summary.id.value);
    }
    const ids = new Set([...summary.events.map((event) => event.id), ...summary.casualties.flatMap((casualty) => casualty.event ?? [])]);
    for (const id of ids) {
      const group = this.events.get(id);
      if (!group) continue;
      touched.add(id);
      group.declarations = group.declarations.filter((placed) => placed.file !== file);
      group.reports = group.reports.filter((placed) => placed.file !== file);
      if (group.declarations.length === 0 && group.reports.length === 0) this.events.delete(id);
    }
    for (const casualty of summary.casualties) if (casualty.source) count(this.sources, casualty.source, -1);
    for (const tag of [...summary.events, ...summary.casualties]) if (tag.place) count(this.places, tag.place, -1);
  }

}

function count(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

/** Corpus order: by file, then by place in the file. */
function sortGroup(group: EventReports | undefined): void {
  group?.declarations.sort((a, b) => compareTags(a.file, a.event.range, b.file, b.event.range));
  group?.reports.sort((a, b) => compareTags(a.file, a.casualty.range, b.file, b.casualty.range));
}

function compareTags(fileA: string, a: Range, fileB: string, b: Range): number {
  if (fileA !== fileB) return fileA < fileB ? -1 : 1;
  return a.start.line - b.start.line || a.start.character - b.start.character;
}

const indexes = new WeakMap<CorpusWorkspace, { generation: number; index: CorpusIndex }>();

export function corpusIndex(workspace: CorpusWorkspace): CorpusIndex {
  let entry = indexes.get(workspace);
  if (!entry) {
    entry = { generation: -1, index: new CorpusIndex() };
    indexes.set(workspace, entry);
  }
  if (entry.generation !== workspace.generation) {
    entry.index.update(workspace.summaries());
    entry.generation = workspace.generation;
  }
  return entry.index;
}
