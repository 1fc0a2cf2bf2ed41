/**
 * A corpus whose every string is an injection attempt, exported as the timeline page and opened in headless
 * Chromium: each string must read back as the text it was, no script may run and nothing may be fetched.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { makeCorpus, runCli } from '../cli/run';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Each payload, if it ran, would set `window.pwned` or fetch from 127.0.0.9. */
const PAYLOADS = [
  '<script>window.pwned = 1</script>',
  '"><img src=x onerror="window.pwned = 2">',
  "'><svg onload=\"window.pwned = 3\">",
  '</style><script>window.pwned = 4</script>',
  '<a href="javascript:window.pwned = 5">click</a>',
  '<iframe srcdoc="<script>parent.pwned = 6</script>"></iframe>',
  '<img src="http://127.0.0.9/beacon.png">',
  '<!-- <script>window.pwned = 7</script> -->',
  '${window.pwned = 8}',
  '\u2028<script>window.pwned = 9</script>\u2029',
];

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});
after(async () => {
  await browser.close();
});

const quoted = (text: string) => JSON.stringify(text);

function hostileCorpus(): string {
  const registry = PAYLOADS.map((payload, index) => `actor-${index}:\n  name: ${quoted(`Actor ${index} ${payload}`)}\n  type: armed-group\n`).join('');
  const files: Record<string, string> = { 'corpus.yaml': `name: ${quoted(PAYLOADS[0])}\n`, 'actors.yaml': registry };
  PAYLOADS.forEach((payload, index) => {
    const attribute = payload.replaceAll('"', '&quot;').replaceAll('}', '');
    files[`articles/${index}-${payload.replaceAll('/', '_')}.md`] = `---
id: hostile-${index}
title: ${quoted(payload)}
published: 2024-11-${String(index + 10)}
source: ${quoted(payload)}
actors: [actor-${index}]
---

Actor ${index} was named. :event[${payload.replaceAll('[', '(').replaceAll(']', ')')}]{id=event-${index} date=2024-10-${String(index + 10)} by=actor-${index} place="${attribute}"}
:casualty[${index + 3} people]{killed=${index + 3} source="${attribute}" date=2024-10-${String(index + 10)} event=event-${index}}
`;
  });
  return makeCorpus(files);
}

test('every corpus string of a hostile corpus reads back as text; nothing runs and nothing is fetched', async () => {
  const root = hostileCorpus();
  const out = join(mkdtempSync(join(tmpdir(), 'corpus-lint-hostile-')), 'timeline.html');
  const result = runCli(['timeline', root, '--format', 'html', '--out', out], root);
  assert.equal(result.status, 0, result.stderr);
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(out).href);
  await page.waitForTimeout(300);

  assert.equal(await page.evaluate('window.pwned'), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(requests, [pathToFileURL(out).href]);
  assert.equal(await page.locator('main img, main svg, main iframe, main a[href^="javascript"], main script').count(), 0);

  const text = (await page.textContent('body')) ?? '';
  for (const payload of PAYLOADS) {
    const visible = payload.replace(/[\u2028\u2029]/g, '').trim();
    assert.ok(text.includes(visible), `the page shows ${JSON.stringify(visible)} as text`);
  }
  const html = readFileSync(out, 'utf8');
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.ok(scripts.every((tag) => /\bnonce="[^"]+"/.test(tag)), `every script element carries the nonce: ${scripts.join(' ')}`);
  assert.match(html, /Content-Security-Policy[^>]*script-src 'nonce-/);
  await page.close();
});
