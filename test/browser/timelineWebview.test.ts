/**
 * The timeline panel's page in headless Chromium, with the example corpus's timeline as the real language
 * server answers it and a stand-in for VS Code's `acquireVsCodeApi` injected before the page runs: the CSP
 * stops a script without the nonce, clicks and the scope switch post well-formed messages, the page keeps
 * its state with setState and comes back to it. DOM code is passed as strings (no DOM library here).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { newNonce, timelinePanelHtml, type PanelPage } from '../../client/src/timeline/panelHtml';
import { TimelineRequest } from '../../server/src/protocol';
import type { TimelineJson } from '../../server/src/service/timeline/json';
import { parseWebviewMessage, parseWebviewState, type TimelineWebviewState } from '../../server/src/service/timeline/messages';
import { runCli } from '../cli/run';
import { LspClient } from '../lsp/lspClient';

const EXAMPLE = join(__dirname, '../../examples/corpus');
const PAKTIKA = 'articles/clean/paktika-airstrikes-2024-12.md';
const PAKTIKA_URI = pathToFileURL(join(EXAMPLE, PAKTIKA)).href;
/** What VS Code's `webview.cspSource` reads. */
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Stands in for VS Code: `acquireVsCodeApi` once only, messages and states recorded, getState from `__saved`. */
const FAKE_VSCODE_API = `(() => {
  let state = window.__saved;
  let acquired = false;
  window.__posted = [];
  window.__states = [];
  // Like VS Code's handler on the webview's window, which opens (or, for '#', scrolls to the top for) every link clicked.
  window.__linksToHost = [];
  window.addEventListener('click', (event) => {
    const link = event.composedPath().find((node) => node.tagName === 'A');
    if (link) window.__linksToHost.push(link.getAttribute('href'));
  });
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return Object.freeze({
      postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
      setState: (next) => { state = JSON.parse(JSON.stringify(next)); window.__states.push(state); return next; },
      getState: () => state,
    });
  };
})();`;

let browser: Browser;
let corpus: TimelineJson;
let paktika: TimelineJson;

before(async () => {
  const server = new LspClient();
  try {
    await server.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(EXAMPLE).href, name: 'example' }] });
    await server.connection.sendNotification('initialized', {});
    corpus = (await server.connection.sendRequest(TimelineRequest.type, { uri: pathToFileURL(join(EXAMPLE, 'corpus.yaml')).href }))!;
    paktika = (await server.connection.sendRequest(TimelineRequest.type, { uri: PAKTIKA_URI }))!;
  } finally {
    server.kill();
  }
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});
after(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

/** The panel's page for `timeline`, opened with the fake API; `saved` is what getState returns at first. */
async function openPanel(timeline: TimelineJson, state: TimelineWebviewState, saved?: unknown, extra: Partial<PanelPage> = {}): Promise<Opened> {
  const file = join(mkdtempSync(join(tmpdir(), 'corpus-lint-panel-')), 'panel.html');
  writeFileSync(file, timelinePanelHtml({ timeline, cspSource: CSP_SOURCE, state, title: 'Example', documentName: 'paktika-airstrikes-2024-12.md', ...extra }));
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const opened: Opened = { page, errors: [], requests: [] };
  page.on('console', (message) => message.type() === 'error' && opened.errors.push(message.text()));
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('request', (request) => opened.requests.push(request.url()));
  await page.addInitScript(`window.__saved = ${JSON.stringify(saved ?? null)} ?? undefined;\n${FAKE_VSCODE_API}`);
  await page.goto(pathToFileURL(file).href);
  return opened;
}

/** Polls (waitForFunction would evaluate a string, which the page's CSP forbids). */
async function waitFor<T>(get: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Lets the page draw `count` frames (the page scrolls back over several while off-screen dates get drawn). */
function frames(page: Page, count: number): Promise<unknown> {
  return page.evaluate(`new Promise((done) => { let left = ${count}; const next = () => (--left > 0 ? requestAnimationFrame(next) : done()); requestAnimationFrame(next); })`);
}

const posted = (page: Page) => page.evaluate<unknown[]>('window.__posted');
const states = (page: Page) => page.evaluate<unknown[]>('window.__states');

test('the panel shows the entries the server returns, in order, without errors or requests, and saves its state', async () => {
  assert.ok(corpus.entries.length >= 20, 'the example corpus has a full timeline');
  const { page, errors, requests } = await openPanel(corpus, { scope: 'corpus', uri: PAKTIKA_URI });
  const ids = await page.$$eval('.entry', (entries) => entries.map((entry) => entry.getAttribute('data-id')));
  assert.deepEqual(ids, corpus.entries.map((entry) => entry.id));
  assert.equal(await page.textContent('h1'), 'Example: timeline');
  assert.equal(await page.getAttribute('button[data-scope="corpus"]', 'aria-pressed'), 'true');
  const [state] = await states(page);
  assert.deepEqual(state, { scope: 'corpus', uri: PAKTIKA_URI, view: { text: '', actor: '', publications: true, scrollY: 0 } });
  assert.deepEqual(parseWebviewState(state), state);
  assert.deepEqual(await posted(page), []);
  assert.deepEqual(errors, []);
  assert.equal(requests.length, 1);
  await page.close();
});

test('the CSP runs only the nonce script: an injected script without the nonce does not run, one with it does', async () => {
  const { page, errors } = await openPanel(corpus, { scope: 'corpus' });
  const csp = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'))!;
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
  assert.equal(csp, `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${CSP_SOURCE}`);
  await page.evaluate(`(() => {
    const plain = document.createElement('script');
    plain.textContent = 'window.__plainRan = true';
    document.body.append(plain);
    const handler = document.createElement('div');
    handler.setAttribute('onclick', 'window.__handlerRan = true');
    document.body.append(handler);
    handler.click();
    const withNonce = document.createElement('script');
    withNonce.nonce = ${JSON.stringify(nonce)};
    withNonce.textContent = 'window.__nonceRan = true';
    document.body.append(withNonce);
  })()`);
  assert.deepEqual(await page.evaluate('[window.__plainRan, window.__handlerRan, window.__nonceRan]'), [undefined, undefined, true]);
  assert.ok(errors.some((error) => /Content Security Policy/.test(error)), errors.join('\n'));
  const again = timelinePanelHtml({ timeline: corpus, cspSource: CSP_SOURCE, state: { scope: 'corpus' } });
  assert.doesNotMatch(again, new RegExp(`nonce-${nonce.replace(/[+/]/g, '\\$&')}`), 'each render has a fresh nonce');
  assert.notEqual(newNonce(), newNonce());
  await page.close();
});

test('clicking an entry, a report or a source line posts a well-formed reveal of that place', async () => {
  const { page, errors } = await openPanel(corpus, { scope: 'corpus' });
  const clashes = corpus.entries.find((entry) => entry.id === 'border-clashes-2025-10')!;
  const [first, second] = clashes.figures.killed!.reports;
  await page.click('.entry[data-id="border-clashes-2025-10"] .label');
  await page.click(`.entry[data-id="border-clashes-2025-10"] .reports li:nth-child(2) a`);
  await page.click('.entry[data-id="border-clashes-2025-10"] .sources a >> nth=0');
  const document = corpus.entries.find((entry) => entry.kind === 'document')!;
  await page.click(`.entry[data-id="${document.id}"] .label a`);
  await page.selectOption('#filter-actor', { index: 1 });
  await page.fill('#filter-text', 'clash');
  const messages = await posted(page);
  assert.deepEqual(messages, [
    { type: 'reveal', file: clashes.sources[0].file, line: clashes.sources[0].line },
    { type: 'reveal', file: second.file, line: second.line },
    { type: 'reveal', file: clashes.sources[0].file, line: clashes.sources[0].line },
    { type: 'reveal', file: document.sources[0].file, line: document.sources[0].line },
  ]);
  assert.notDeepEqual([first.file, first.line], [second.file, second.line]);
  for (const message of messages) assert.deepEqual(parseWebviewMessage(message), message);
  assert.equal(page.url().endsWith('panel.html'), true, 'a link click does not navigate');
  assert.deepEqual(await page.evaluate('window.__linksToHost'), [], "VS Code's link handler never sees a handled click");
  assert.deepEqual(errors, []);
  await page.close();
});

test('an entry takes the focus and Enter reveals it; selecting text in an entry reveals nothing', async () => {
  const { page } = await openPanel(paktika, { scope: 'document', uri: PAKTIKA_URI });
  const entry = paktika.entries.find((candidate) => candidate.kind === 'event')!;
  await page.focus(`.entry[data-id="${entry.id}"]`);
  await page.keyboard.press('Enter');
  await page.evaluate(`(() => {
    const label = document.querySelector('.entry[data-id="${entry.id}"] .label');
    getSelection().selectAllChildren(label);
    label.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  })()`);
  assert.deepEqual(await posted(page), [{ type: 'reveal', file: entry.sources[0].file, line: entry.sources[0].line }]);
  await page.close();
});

test('the scope switch posts the other scope; the pressed one and a missing document post nothing', async () => {
  const { page } = await openPanel(paktika, { scope: 'document', uri: PAKTIKA_URI });
  assert.deepEqual(
    await page.$$eval('.entry', (entries) => entries.map((entry) => entry.getAttribute('data-id'))),
    paktika.entries.map((entry) => entry.id),
  );
  assert.ok(paktika.entries.length < corpus.entries.length);
  assert.equal(await page.textContent('button[data-scope="document"]'), 'paktika-airstrikes-2024-12.md');
  await page.click('button[data-scope="document"]');
  await page.click('button[data-scope="corpus"]');
  assert.deepEqual(await posted(page), [{ type: 'scope', scope: 'corpus' }]);
  assert.deepEqual(parseWebviewMessage({ type: 'scope', scope: 'corpus' }), { type: 'scope', scope: 'corpus' });
  await page.close();

  const alone = await openPanel(corpus, { scope: 'corpus' }, undefined, { documentName: undefined, notice: 'No document to follow.' });
  assert.equal(await alone.page.isDisabled('button[data-scope="document"]'), true);
  assert.equal(await alone.page.textContent('.notice'), 'No document to follow.');
  await alone.page.click('button[data-scope="document"]', { force: true });
  assert.deepEqual(await posted(alone.page), []);
  await alone.page.close();
});

test('the filters and the scroll position are saved, and a new render with the saved state comes back to them', async () => {
  const state: TimelineWebviewState = { scope: 'corpus', uri: PAKTIKA_URI };
  const { page } = await openPanel(corpus, state);
  const actor = (await page.getAttribute('#filter-actor option:nth-child(2)', 'value'))!;
  await page.selectOption('#filter-actor', actor);
  await page.uncheck('#filter-documents');
  const byActor = await page.textContent('#filter-count');
  await page.fill('#filter-text', 'pakistan');
  // The text filter applies after a pause in typing.
  const filtered = await waitFor(async () => {
    const count = await page.textContent('#filter-count');
    return count !== byActor ? count : undefined;
  });
  const saved = (await states(page)).at(-1) as TimelineWebviewState;
  assert.deepEqual(saved.view, { text: 'pakistan', actor, publications: false, scrollY: 0 });
  await page.close();

  // Long enough to scroll: every filter off again, then scrolled down.
  const long = await openPanel(corpus, state);
  await long.page.evaluate('window.scrollTo(0, 600)');
  const scrolled = await waitFor(async () => (await states(long.page)).find((saved) => (saved as TimelineWebviewState).view?.scrollY === 600));
  await long.page.close();

  const back = await openPanel(corpus, state, saved);
  assert.equal(await back.page.inputValue('#filter-text'), 'pakistan');
  assert.equal(await back.page.inputValue('#filter-actor'), actor);
  assert.equal(await back.page.isChecked('#filter-documents'), false);
  assert.equal(await back.page.textContent('#filter-count'), filtered);
  await back.page.close();

  const again = await openPanel(corpus, state, scrolled);
  await frames(again.page, 30);
  assert.equal(await again.page.evaluate('window.scrollY'), 600);
  await again.page.close();
  const otherScope = await openPanel(corpus, { scope: 'document', uri: PAKTIKA_URI }, scrolled);
  await frames(otherScope.page, 30);
  assert.equal(await otherScope.page.evaluate('window.scrollY'), 0, 'the scroll position belongs to the scope it was saved in');
  await otherScope.page.close();
});

test('the panel renders the server answer as the CLI page renders the corpus: the same text for every entry', async () => {
  const cliPage = join(mkdtempSync(join(tmpdir(), 'corpus-lint-panel-')), 'timeline.html');
  assert.equal(runCli(['timeline', EXAMPLE, '--format', 'html', '--out', cliPage], process.cwd()).status, 0);
  const standalone = await browser.newPage();
  await standalone.goto(pathToFileURL(cliPage).href);
  const { page } = await openPanel(corpus, { scope: 'corpus' });
  const texts = (target: Page) => target.$$eval('.entry', (entries) => entries.map((entry) => entry.textContent));
  const panelTexts = await texts(page);
  assert.equal(panelTexts.length, corpus.entries.length);
  assert.deepEqual(panelTexts, await texts(standalone));
  const optionTexts = (target: Page) => target.$$eval('#filter-actor option', (options) => options.map((option) => option.textContent));
  assert.deepEqual(await optionTexts(page), await optionTexts(standalone));
  await page.selectOption('#filter-actor', { label: 'Tehreek-e-Taliban Pakistan (4)' });
  await standalone.selectOption('#filter-actor', { label: 'Tehreek-e-Taliban Pakistan (4)' });
  assert.equal(await page.textContent('#filter-count'), await standalone.textContent('#filter-count'));
  await page.close();
  await standalone.close();
});
