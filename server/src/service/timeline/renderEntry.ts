import { COUNT_KINDS, type CountKind } from '../types';
import { acrossReports, countInWords } from './figureText';
import { html, type Html } from './html';
import type { ActorRef, EntryKind, Figure, SourceLocation, TimelineEntry } from './types';

export type LinkTarget = (file: string, line: number) => string;

const KIND_NAMES: Record<EntryKind, string> = { event: 'Event', casualty: 'Casualties', document: 'Published' };

/** One entry: kind, label, actors and place, figures with every report, and links to where it is written. */
export function renderEntry(entry: TimelineEntry, link: LinkTarget): Html {
  const actorIds = [...new Set([...entry.by, ...entry.against].map((actor) => actor.id))].join(' ');
  const label =
    entry.kind === 'document'
      ? html`<h4 class="label"><a href="${href(entry.sources[0], link)}">${entry.label}</a></h4>`
      : html`<h4 class="label">${entry.label}</h4>`;
  const figures = COUNT_KINDS.flatMap((kind) => {
    const figure = entry.figures[kind];
    return figure ? [renderFigure(kind, figure, link)] : [];
  });
  return html`<li class="entry" data-id="${entry.id}" data-kind="${entry.kind}" data-actors="${actorIds}"><div class="entry-head"><span class="kind">${KIND_NAMES[entry.kind]}</span>${label}</div>${renderMeta(entry)}${
    figures.length > 0 && html`<ul class="figures">${figures}</ul>`
  }${entry.kind !== 'document' && renderSources(entry.sources, link)}</li>`;
}

function renderMeta(entry: TimelineEntry): Html | undefined {
  const parts: Html[] = [];
  if (entry.by.length > 0 && entry.against.length > 0) parts.push(html`${actors(entry.by)} against ${actors(entry.against)}`);
  else if (entry.by.length > 0) parts.push(html`by ${actors(entry.by)}`);
  else if (entry.against.length > 0) parts.push(html`against ${actors(entry.against)}`);
  if (entry.place) parts.push(html`<span class="place">${entry.place}</span>`);
  if (parts.length === 0) return undefined;
  return html`<p class="meta">${parts.map((part, index) => (index === 0 ? part : html` · ${part}`))}</p>`;
}

function actors(list: readonly ActorRef[]): Html {
  return html`${list.map((actor, index) => html`${index > 0 && ', '}<span class="actor">${actor.name}</span>`)}`;
}

/** `killed 46 (Taliban officials) · 40–52 across 3 reports`, then each report with its link when there are several. */
function renderFigure(kind: CountKind, figure: Figure, link: LinkTarget): Html {
  const [first] = figure.reports;
  const across = acrossReports(figure);
  const reports =
    figure.reports.length > 1 &&
    html`<ul class="reports">${figure.reports.map(
      (report) => html`<li><span class="value">${countInWords(report.count)}</span> ${report.source ?? 'no source'} <a href="${href(report.location, link)}" title="${report.location.file}">${place(report.location)}</a></li>`,
    )}</ul>`;
  return html`<li class="figure${figure.conflict ? ' conflict' : ''}"><span class="count-kind">${kind}</span> <span class="value">${countInWords(first.count)}</span>${
    first.source && html` <span class="source">(${first.source})</span>`
  }${across && html` <span class="across">· ${across}</span>`}${figure.conflict && html` <span class="badge">reports disagree</span>`}${reports}</li>`;
}

/** `paktika.md: 19, 21 · other.md: 20`: each file once, each line once, every line a link. */
function renderSources(sources: readonly SourceLocation[], link: LinkTarget): Html {
  const lines = new Map<string, Set<number>>();
  for (const source of sources) {
    const line = source.range.start.line + 1;
    lines.get(source.file)?.add(line) ?? lines.set(source.file, new Set([line]));
  }
  const files = [...lines].map(
    ([file, numbers], index) =>
      html`${index > 0 && ' · '}<span title="${file}">${baseName(file)}:</span> ${[...numbers].map((line, i) => html`${i > 0 && ', '}<a href="${link(file, line)}">${line}</a>`)}`,
  );
  return html`<p class="sources">${files}</p>`;
}

/** `file.md:21`: the file's name without its folders, which the link's title shows. */
function place(location: SourceLocation): string {
  return `${baseName(location.file)}:${location.range.start.line + 1}`;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function href(location: SourceLocation, link: LinkTarget): string {
  return link(location.file, location.range.start.line + 1);
}
