import { COUNT_KINDS, type CountKind } from '../types';
import { acrossReports, countInWords } from './figureText';
import { html, type Html } from './html';
import type { ActorRef, EntryKind, Figure, SourceLocation, TimelineEntry } from './types';

export type LinkTarget = (file: string, line: number) => string;

const KIND_NAMES: Record<EntryKind, string> = { event: 'Event', casualty: 'Casualties', document: 'Published' };

/**
 * One entry: kind, label, actors and place, figures with every report, and links to where it is written.
 * `revealable` (the editor's panel): the entry and each link also carry `data-file` and `data-line`, and the
 * entry can take the focus, for the page script to ask the editor to show that place.
 */
export function renderEntry(entry: TimelineEntry, link: LinkTarget, revealable = false): Html {
  const actorIds = [...new Set([...entry.by, ...entry.against].map((actor) => actor.id))].join(' ');
  const anchor: Anchor = (file, line, text, title) =>
    html`<a href="${link(file, line)}"${title !== undefined && html` title="${title}"`}${revealable && html` data-file="${file}" data-line="${line}"`}>${text}</a>`;
  const label =
    entry.kind === 'document'
      ? html`<h4 class="label">${anchorTo(entry.sources[0], entry.label, anchor)}</h4>`
      : html`<h4 class="label">${entry.label}</h4>`;
  const figures = COUNT_KINDS.flatMap((kind) => {
    const figure = entry.figures[kind];
    return figure ? [renderFigure(kind, figure, anchor)] : [];
  });
  const [first] = entry.sources;
  const place = revealable && first && html` data-file="${first.file}" data-line="${first.range.start.line + 1}" tabindex="0"`;
  return html`<li class="entry" data-id="${entry.id}" data-kind="${entry.kind}" data-actors="${actorIds}"${place}><div class="entry-head"><span class="kind">${KIND_NAMES[entry.kind]}</span>${label}</div>${renderMeta(entry)}${
    figures.length > 0 && html`<ul class="figures">${figures}</ul>`
  }${entry.kind !== 'document' && renderSources(entry.sources, anchor)}</li>`;
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
function renderFigure(kind: CountKind, figure: Figure, anchor: Anchor): Html {
  const [first] = figure.reports;
  const across = acrossReports(figure);
  const reports =
    figure.reports.length > 1 &&
    html`<ul class="reports">${figure.reports.map(
      (report) => html`<li><span class="value">${countInWords(report.count)}</span> ${report.source ?? 'no source'} ${anchorTo(report.location, place(report.location), anchor, report.location.file)}</li>`,
    )}</ul>`;
  return html`<li class="figure${figure.conflict ? ' conflict' : ''}"><span class="count-kind">${kind}</span> <span class="value">${countInWords(first.count)}</span>${
    first.source && html` <span class="source">(${first.source})</span>`
  }${across && html` <span class="across">· ${across}</span>`}${figure.conflict && html` <span class="badge">reports disagree</span>`}${reports}</li>`;
}

/** `paktika.md: 19, 21 · other.md: 20`: each file once, each line once, every line a link. */
function renderSources(sources: readonly SourceLocation[], anchor: Anchor): Html {
  const lines = new Map<string, Set<number>>();
  for (const source of sources) {
    const line = source.range.start.line + 1;
    lines.get(source.file)?.add(line) ?? lines.set(source.file, new Set([line]));
  }
  const files = [...lines].map(
    ([file, numbers], index) =>
      html`${index > 0 && ' · '}<span title="${file}">${baseName(file)}:</span> ${[...numbers].map((line, i) => html`${i > 0 && ', '}${anchor(file, line, String(line))}`)}`,
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

/** A link to a line of a corpus file (from 1), with its text and an optional title. */
type Anchor = (file: string, line: number, text: string, title?: string) => Html;

function anchorTo(location: SourceLocation, text: string, anchor: Anchor, title?: string): Html {
  return anchor(location.file, location.range.start.line + 1, text, title);
}
