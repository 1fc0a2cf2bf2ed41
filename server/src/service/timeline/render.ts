/**
 * The timeline as one self-contained HTML page: a vertical chronology grouped by year and date, with a filter
 * by actor and by text. Pure: the same model and options give the same string. With a nonce, the page
 * carries a CSP that allows only its own style and script. With `webview` (and a nonce) it is the editor's
 * timeline panel: clicks on entries and links and the scope switch become messages to the extension.
 */
import { dateInWords } from './dates';
import { Html, html } from './html';
import { PAGE_SCRIPT } from './pageScript';
import { PAGE_STYLE } from './pageStyle';
import { renderEntry, type LinkTarget } from './renderEntry';
import type { ActorRef, Timeline, TimelineEntry } from './types';
import { notice, scopeSwitch, stateAttribute, WEBVIEW_STYLE, webviewCsp, type WebviewPageOptions } from './webviewPage';
import { WEBVIEW_SCRIPT } from './webviewScript';

export interface RenderOptions {
  /** `vscode` follows the editor's theme variables; `light` and `dark` can be switched in the page. */
  theme: 'light' | 'dark' | 'vscode';
  nonce?: string;
  /** Where a link to a line of a corpus file (corpus-relative, line from 1) goes. */
  linkTarget: LinkTarget;
  /** The page heading, e.g. the corpus's name. */
  title?: string;
  /** Render the editor's timeline panel (needs `nonce`); links then carry their file and line for the page script. */
  webview?: WebviewPageOptions;
}

export function renderTimelineHtml(timeline: Timeline, options: RenderOptions): string {
  const { nonce, webview } = options;
  if (webview && !nonce) throw new Error('the webview page needs a nonce');
  const title = options.title ? `${options.title}: timeline` : 'Corpus timeline';
  const csp = webview && nonce
    ? webviewCsp(nonce, webview.cspSource)
    : nonce && html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">`;
  return html`<!DOCTYPE html>
<html lang="en" data-theme="${options.theme}"${webview && html` data-state="${stateAttribute(webview.state)}"`}>
<head>
<meta charset="utf-8">
${csp}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style${nonce && html` nonce="${nonce}"`}>${ownText(webview ? PAGE_STYLE + WEBVIEW_STYLE : PAGE_STYLE)}</style>
</head>
<body>
<header class="bar"><div class="bar-inner">
<h1>${title}</h1>
<p class="stats">${stats(timeline)}</p>
${controls(timeline.entries, options.theme, webview)}
</div></header>
<main>
${webview && notice(webview)}${years(timeline.entries, options.linkTarget, webview !== undefined)}
<p id="no-match" hidden>No entry matches the filter.</p>
${undatedNote(timeline)}
</main>
<script${nonce && html` nonce="${nonce}"`}>${ownText(webview ? PAGE_SCRIPT + WEBVIEW_SCRIPT : PAGE_SCRIPT)}</script>
</body>
</html>
`.markup;
}

/** Our own style or script text, inserted as it is: it must not close its element. */
function ownText(text: string): Html {
  if (/<\/(style|script)/i.test(text)) throw new Error('inline style or script text must not close its element');
  return new Html(text);
}

function stats(timeline: Timeline): Html | string {
  const { entries } = timeline;
  if (entries.length === 0) return 'No dated events, reports or documents.';
  const conflicts = entries.filter((entry) => Object.values(entry.figures).some((figure) => figure.conflict)).length;
  const parts = [
    plural(entries.filter((entry) => entry.kind === 'event').length, 'event'),
    // A report that names an event is counted in that event's entry, not here.
    `${plural(entries.filter((entry) => entry.kind === 'casualty').length, 'casualty report')} without an event`,
    plural(entries.filter((entry) => entry.kind === 'document').length, 'publication'),
  ];
  // A narrow panel would otherwise break a date at its hyphens.
  const date = (entry: TimelineEntry) => html`<span class="stat-date">${entry.date.value}</span>`;
  return html`${parts.join(', ')} · ${date(entries[0])} to ${date(entries[entries.length - 1])}${conflicts > 0 && ` · ${plural(conflicts, 'entry')} where reports disagree`}`;
}

function controls(entries: readonly TimelineEntry[], theme: RenderOptions['theme'], webview: WebviewPageOptions | undefined): Html {
  const actors = new Map<string, { actor: ActorRef; count: number }>();
  for (const entry of entries) {
    for (const actor of new Map([...entry.by, ...entry.against].map((ref) => [ref.id, ref])).values()) {
      const known = actors.get(actor.id);
      if (known) known.count++;
      else actors.set(actor.id, { actor, count: 1 });
    }
  }
  const options = [...actors.values()].sort((a, b) => a.actor.name.localeCompare(b.actor.name, 'en'));
  return html`<div class="controls" role="search">
${webview && scopeSwitch(webview)}<input type="search" id="filter-text" placeholder="Filter by text" aria-label="Filter by text">
<select id="filter-actor" aria-label="Filter by actor"><option value="">All actors</option>${options.map(
    ({ actor, count }) => html`<option value="${actor.id}">${actor.name} (${count})</option>`,
  )}</select>
<label><input type="checkbox" id="filter-documents" checked> Publications</label>
${theme !== 'vscode' && html`<button type="button" id="theme-toggle">${theme === 'dark' ? 'Light theme' : 'Dark theme'}</button>`}
<output id="filter-count">${plural(entries.length, 'entry')}</output>
</div>`;
}

/** Sections by year, and in them one group per date as written, in the model's order. */
function years(entries: readonly TimelineEntry[], link: LinkTarget, revealable: boolean): Html[] {
  const byYear = new Map<string, Map<string, TimelineEntry[]>>();
  for (const entry of entries) {
    const year = entry.date.start.slice(0, 4);
    const dates = byYear.get(year) ?? byYear.set(year, new Map()).get(year)!;
    // `2024-12` and `2024-12-01` sort at the same day, ids interleaving them; each date keeps one group.
    const group = dates.get(entry.date.value) ?? dates.set(entry.date.value, []).get(entry.date.value)!;
    group.push(entry);
  }
  return [...byYear].map(
    ([year, dates]) => html`<section class="year"><h2>${year}</h2><ol class="days">${[...dates.values()].map((group) => day(group, link, revealable))}</ol></section>\n`,
  );
}

function day(group: readonly TimelineEntry[], link: LinkTarget, revealable: boolean): Html {
  const date = group[0].date;
  const words = date.precision === 'year' ? `sometime in ${date.value}` : dateInWords(date);
  return html`<li class="day"><h3 class="date"><time datetime="${date.value}">${date.value}</time><span class="words">${words}</span></h3><ol class="entries">${group.map((entry) => renderEntry(entry, link, revealable))}</ol></li>\n`;
}

function undatedNote(timeline: Timeline): Html | undefined {
  const { undated } = timeline;
  if (undated.length === 0) return undefined;
  return html`<p class="undated">${plural(undated.length, 'event')} without a valid date ${undated.length === 1 ? 'is' : 'are'} not shown: ${undated.map(
    (entry, index) => html`${index > 0 && ', '}<code>${entry.id}</code>`,
  )}.</p>`;
}

function plural(count: number, noun: string): string {
  const plain = count === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${count.toLocaleString('en-US')} ${plain}`;
}
