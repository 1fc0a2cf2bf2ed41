/**
 * The timeline page in headless Chromium (Debian's /usr/bin/chromium): order, filters, escaping, the CSP,
 * the VS Code theme, 5,000 entries, and a screenshot of the example corpus in test-output/ for a person.
 * Code that runs in the page and needs DOM globals is passed as a string: the project compiles without the DOM library.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderTimelineHtml } from '../../server/src/service/timeline/render';
import { buildTimeline } from '../../server/src/service/timeline/model';
import type { TimelineJson } from '../../server/src/service/timeline/json';
import type { DocumentSummary } from '../../server/src/service/summary';
import { makeCorpus, REGISTRY, runCli } from '../cli/run';

const EXAMPLE = join(__dirname, '../../examples/corpus');
const SCREENSHOT = join(__dirname, '../../test-output/timeline-example.png');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});
after(async () => {
  await browser.close();
});

interface Opened {
  page: Page;
  /** Alerts and other dialogs, console errors (CSP violations among them), uncaught errors, requests. */
  dialogs: string[];
  errors: string[];
  requests: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const opened: Opened = { page, dialogs: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => message.type() === 'error' && opened.errors.push(message.text()));
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return opened;
}

/** The ids of the entries no `hidden` ancestor hides, in page order. */
function shownIds(page: Page): Promise<string[]> {
  return page.$$eval('.entry', (entries) => entries.filter((entry) => !entry.closest('[hidden]')).map((entry) => entry.getAttribute('data-id')!));
}

/** Waits until the entry counter reads `text` (the text filter applies after a pause in typing). */
function countShows(page: Page, text: string) {
  return page.waitForSelector(`#filter-count:text-is(${JSON.stringify(text)})`);
}

function background(page: Page): Promise<string> {
  return page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
}

function timelineHtml(root: string, cwd: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'corpus-lint-page-')), 'timeline.html');
  const result = runCli(['timeline', root, '--format', 'html', '--out', out], cwd);
  assert.equal(result.status, 0, result.stderr);
  return out;
}

test('the example corpus: entries in timeline order, no network, no errors, and a screenshot for a person', async () => {
  const { entries } = JSON.parse(runCli(['timeline', EXAMPLE], process.cwd()).stdout) as TimelineJson;
  const { page, errors, requests } = await open(timelineHtml(EXAMPLE, process.cwd()));
  assert.deepEqual(await shownIds(page), entries.map((entry) => entry.id));
  assert.equal(await page.textContent('#filter-count'), `${entries.length} entries`);
  assert.equal(await page.textContent('h1'), 'Pakistan–Afghanistan conflict reporting (example): timeline');
  const figure = await page.$eval('.entry[data-id="border-clashes-2025-10"] .figure.conflict', (element) => {
    const headline = element.cloneNode(true) as typeof element;
    headline.querySelector('.reports')!.remove();
    return headline.textContent;
  });
  assert.equal(figure, 'killed 23 (ISPR) · 23–58 across 2 reports reports disagree');
  // As narrow as the VS Code panel: the summary line wraps between words, never inside a date.
  await page.setViewportSize({ width: 420, height: 900 });
  const summaryDates = await page.evaluate<unknown[]>(
    "[...document.querySelectorAll('.stats .stat-date')].map((date) => [date.textContent, getComputedStyle(date).display, date.getClientRects().length])",
  );
  assert.deepEqual(summaryDates, [
    [entries[0].date, 'inline', 1],
    [entries.at(-1)!.date, 'inline', 1],
  ]);
  await page.setViewportSize({ width: 1000, height: 900 });
  assert.deepEqual(errors, []);
  assert.equal(requests.length, 1);
  // Render every date group (they are skipped while off-screen), then size the viewport to the real height.
  const height = () => page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: 1000, height: await height() });
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.setViewportSize({ width: 1000, height: await height() });
  mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  await page.close();
});

test('the actor, text and publication filters hide and show entries and empty dates', async () => {
  const { entries } = JSON.parse(runCli(['timeline', EXAMPLE], process.cwd()).stdout) as TimelineJson;
  const { page, errors } = await open(timelineHtml(EXAMPLE, process.cwd()));
  const withTtp = entries.filter((entry) => entry.actors.includes('Tehreek-e-Taliban Pakistan')).map((entry) => entry.id);
  const days = new Set(entries.filter((entry) => withTtp.includes(entry.id)).map((entry) => entry.date)).size;
  assert.deepEqual([withTtp.length, days], [4, 3]);
  await page.selectOption('#filter-actor', 'ttp');
  assert.deepEqual(await shownIds(page), withTtp);
  assert.equal(await page.textContent('#filter-count'), `4 of ${entries.length} entries`);
  assert.equal(await page.locator('.day:not([hidden])').count(), 3);
  assert.equal(await page.locator('.year:not([hidden])').count(), 2);
  assert.equal(await page.locator('.entry[data-id="bajaur-rally-bombing-2023-07"]').isVisible(), false);

  await page.fill('#filter-text', 'barmal PAKTIKA');
  await countShows(page, '1 of 30 entries');
  assert.deepEqual(await shownIds(page), ['paktika-airstrikes-2024-12']);
  await page.selectOption('#filter-actor', '');
  await page.fill('#filter-text', '');
  await countShows(page, '30 entries');
  assert.deepEqual(await shownIds(page), entries.map((entry) => entry.id));

  await page.uncheck('#filter-documents');
  assert.deepEqual(await shownIds(page), entries.filter((entry) => entry.kind !== 'document').map((entry) => entry.id));
  await page.fill('#filter-text', 'no entry says this');
  await page.waitForSelector('#no-match:not([hidden])');

  assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
  await page.click('#theme-toggle');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.textContent('#theme-toggle'), 'Light theme');
  assert.equal(await background(page), 'rgb(15, 19, 24)');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a hostile title and label show as text and run nothing', async () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const root = makeCorpus({
    'corpus.yaml': 'name: "<script>alert(3)</script>"\n',
    'actors.yaml': REGISTRY,
    'a.md': `---\nid: desk-a\ntitle: "${hostile}"\npublished: 2024-11-22\nsource: Test Desk\n---\n\n:event[<script>alert(2)</script>]{id=x-event date=2024-11-21 place='"><svg onload=alert(4)>'}\n`,
  });
  const { page, dialogs, requests } = await open(timelineHtml(root, root));
  assert.equal(await page.textContent('.entry[data-kind="document"] .label'), hostile);
  assert.equal(await page.textContent('.entry[data-id="x-event"] .label'), '<script>alert(2)</script>');
  assert.equal(await page.textContent('.entry[data-id="x-event"] .place'), '"><svg onload=alert(4)>');
  assert.equal(await page.textContent('h1'), '<script>alert(3)</script>: timeline');
  assert.equal(await page.locator('img, svg, main script').count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(dialogs, []);
  assert.equal(requests.length, 1);
  await page.close();
});

test('in the VS Code theme the page takes the editor theme variables and still filters under its CSP', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'corpus-lint-page-')), 'vscode.html');
  writeFileSync(file, renderTimelineHtml(syntheticTimeline(20), { theme: 'vscode', nonce: 'test-nonce', linkTarget: (path, line) => `command:open?${path}:${line}` }));
  const { page, errors } = await open(file);
  await page.evaluate(`document.documentElement.style.setProperty('--vscode-editor-background', 'rgb(1, 2, 3)')`);
  assert.equal(await background(page), 'rgb(1, 2, 3)');
  assert.equal(await page.locator('#theme-toggle').count(), 0);
  await page.selectOption('#filter-actor', 'iskp');
  assert.equal(await page.textContent('#filter-count'), '10 of 60 entries');
  assert.deepEqual(errors, []);
  await page.close();
});

test('5,000 entries: the page loads and filters (timings are reported, not asserted)', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'corpus-lint-page-')), 'large.html');
  const timeline = syntheticTimeline(1700);
  assert.equal(timeline.entries.length, 5100);
  writeFileSync(file, renderTimelineHtml(timeline, { theme: 'light', nonce: 'n', linkTarget: (path) => path }));
  let started = Date.now();
  const { page, errors } = await open(file);
  const loaded = Date.now() - started;
  started = Date.now();
  await page.selectOption('#filter-actor', 'ttp');
  assert.equal(await page.textContent('#filter-count'), '850 of 5,100 entries');
  const byActor = Date.now() - started;
  started = Date.now();
  await page.fill('#filter-text', 'attack 1236 ');
  await countShows(page, '1 of 5,100 entries');
  const byText = Date.now() - started;
  t.diagnostic(`5,100 entries: load ${loaded} ms, actor filter ${byActor} ms, text filter ${byText} ms (including the 120 ms typing pause)`);
  assert.deepEqual(await shownIds(page), ['ev-1236']);
  assert.deepEqual(errors, []);
  await page.close();
});

/** `days` days, each with a publication, an event with two agreeing reports, and a report of its own; one actor a day. */
function syntheticTimeline(days: number) {
  const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 20 } });
  const actors = ['ttp', 'afghan-taliban', 'pakistan-army', 'iskp'];
  const summaries: DocumentSummary[] = Array.from({ length: days }, (_, d) => {
    const date = `${2000 + (d % 25)}-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
    const report = (line: number, event?: string) => ({ range: range(line), label: 'nine people', date, event, source: 'police', by: [], against: event ? [] : [actors[d % 4]], counts: { killed: { kind: 'exact' as const, low: 9, high: 9 } } });
    return {
      file: `articles/${d}.md`,
      eol: '\n' as const,
      title: `Coverage of day ${d}`,
      published: date,
      events: [{ id: `ev-${d}`, range: range(8), label: `Attack ${d} on a border post`, date, place: 'Border post', by: [actors[d % 4]], against: [] }],
      casualties: [report(10, `ev-${d}`), report(12, `ev-${d}`), report(14)],
      suppressions: [],
    };
  });
  const names = new Map(actors.map((id) => [id, { name: `Actor ${id}` }]));
  return buildTimeline(summaries, { actors: names, today: '2026-01-01' });
}
