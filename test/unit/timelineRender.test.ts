import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acrossReports, countInWords, spanInWords } from '../../server/src/service/timeline/figureText';
import { escapeHtml, html } from '../../server/src/service/timeline/html';
import { renderTimelineHtml, type RenderOptions } from '../../server/src/service/timeline/render';
import { doc, timelineOf } from './timelineHarness';

const HOSTILE = '<img src=x onerror=alert(1)>';
const links: string[] = [];
const OPTIONS: RenderOptions = {
  theme: 'light',
  linkTarget: (file, line) => {
    links.push(`${file}:${line}`);
    return `open?file=${file}&line=${line}`;
  },
};

/** The text a person reads in a fragment of markup. */
const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

const TOLLS = {
  'a.md': doc('desk-a', ':event[Strike on a madrasa]{id=madrasa-strike date=2024-12-24 by=pakistan-army place="Barmal"}\n\nElders said :casualty[46 people]{killed=46 source="Taliban officials" event=madrasa-strike} died.'),
  'b.md': doc('desk-b', 'Officials said :casualty[40 to 52]{killed=40-52 source="district officials" event=madrasa-strike} died.'),
  'c.md': doc('desk-c', 'A clinic counted :casualty[about 44 bodies]{killed=~44 source=clinic event=madrasa-strike}.'),
};

test('figures in words: the first report, the span across all reports, agreement', () => {
  const page = renderTimelineHtml(timelineOf(TOLLS), OPTIONS);
  const figure = /<li class="figure conflict">(.*?)<ul class="reports">/.exec(page)![1];
  assert.equal(textOf(figure), 'killed 46 (Taliban officials) · 40–52 across 3 reports reports disagree');
  assert.equal(countInWords({ kind: 'atLeast', low: 1500, high: Infinity }), '1,500+');
  assert.equal(countInWords({ kind: 'range', low: 40, high: 52 }), '40–52');
  assert.equal(countInWords({ kind: 'about', low: 2000, high: 2000 }), '~2,000');
  assert.equal(spanInWords({ low: 30, high: Infinity }), '30+');
  assert.equal(spanInWords({ low: 8, high: 8 }), '8');
  const report = { count: { kind: 'exact' as const, low: 8, high: 8 }, location: { file: 'a.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } };
  assert.equal(acrossReports({ low: 8, high: 8, conflict: false, reports: [report, report] }), '2 reports agree');
  assert.equal(acrossReports({ low: 8, high: 8, conflict: false, reports: [report] }), undefined);
});

test('every corpus string is escaped, in text and in attributes', () => {
  const hostile = {
    'a.md': doc('desk-a', `:event[${HOSTILE}]{id=x-event date=2024-01-02 by=tpp place='"><script>alert(2)</script>'}`, { title: HOSTILE }),
  };
  const page = renderTimelineHtml(timelineOf(hostile), OPTIONS);
  assert.doesNotMatch(page, /<img|<script>alert/);
  assert.equal(page.split('&lt;img src=x onerror=alert(1)&gt;').length - 1, 2);
  assert.match(page, /&quot;&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
  assert.match(page, /href="open\?file=a\.md&amp;line=2"/);
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  assert.equal(html`<p>${['<b>', html`<i>ok</i>`, null, false, undefined, 3]}</p>`.markup, '<p>&lt;b&gt;<i>ok</i>3</p>');
});

test('links go through linkTarget with the corpus file and the 1-based line', () => {
  links.length = 0;
  renderTimelineHtml(timelineOf(TOLLS), OPTIONS);
  assert.deepEqual([...new Set(links)].sort(), ['a.md:10', 'a.md:2', 'a.md:8', 'b.md:2', 'b.md:8', 'c.md:2', 'c.md:8']);
});

test('with a nonce the page allows only its own style and script; the vscode theme has no theme switch', () => {
  const timeline = timelineOf(TOLLS);
  const locked = renderTimelineHtml(timeline, { ...OPTIONS, theme: 'vscode', nonce: 'n0nce' });
  assert.match(locked, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'">/);
  assert.equal(locked.match(/<style nonce="n0nce">/g)!.length, 1);
  assert.equal(locked.match(/<script nonce="n0nce">/g)!.length, 1);
  assert.equal(locked.match(/<(style|script)\b/g)!.length, 2);
  assert.doesNotMatch(locked, /\son[a-z]+=|style="|javascript:/i);
  assert.match(locked, /<html lang="en" data-theme="vscode">/);
  assert.doesNotMatch(locked, /<button/);
  const open = renderTimelineHtml(timeline, { ...OPTIONS, theme: 'dark' });
  assert.doesNotMatch(open, /Content-Security-Policy|nonce=/);
  assert.match(open, /<button type="button" id="theme-toggle">Light theme<\/button>/);
  assert.equal(renderTimelineHtml(timeline, { ...OPTIONS, theme: 'dark' }), open, 'rendering is pure');
});

test('the summary line counts events, reports outside them and publications, and entries whose reports disagree', () => {
  const alone = { 'd.md': doc('desk-d', 'Police said :casualty[three]{killed=3 source=police date=2024-12-25}.') };
  const page = renderTimelineHtml(timelineOf({ ...TOLLS, ...alone }), OPTIONS);
  const summary = /<p class="stats">(.*?)<\/p>/.exec(page)![1];
  assert.match(textOf(summary), /^1 event, 1 casualty report without an event, 4 publications · \S+ to \S+ · 1 entry where reports disagree$/);
  assert.match(summary, /<span class="stat-date">2024-12-24<\/span> to <span class="stat-date">2025-01-15<\/span>/, 'a date is never broken at its hyphens');
  assert.match(page, /\.stat-date\{white-space:nowrap\}/);
});

test('the page says when there is nothing dated and names undated events', () => {
  const page = renderTimelineHtml(timelineOf({ 'a.md': doc('desk-a', ':casualty[six]{killed=6 source=police event=no-date-event}', { published: '2999-01-01' }) }), OPTIONS);
  assert.match(page, /<p class="stats">No dated events, reports or documents\.<\/p>/);
  assert.match(page, /1 event without a valid date is not shown: <code>no-date-event<\/code>\./);
});
