import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleWithDamagedWorker, makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, frontMatter } from '../unit/harness';
import { WORKER_THRESHOLD } from '../../server/src/node/pool';
import { sampleDocuments } from '../unit/sampleCorpus';
import { LspClient, SERVER } from './lspClient';

const VARIANT_DOC = (id: string) => `${frontMatter('', '[ttp]').replace('test-doc', id)}
A statement of the Tehreek e Taliban Pakistan came late, and the Pakistan Army said nothing.
`;

const roots: string[] = [];
const clients: LspClient[] = [];
after(() => {
  for (const client of clients) client.kill();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function start(env: NodeJS.ProcessEnv = {}) {
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'a.md': VARIANT_DOC('doc-a'), 'b.md': VARIANT_DOC('doc-b') });
  roots.push(root);
  const client = new LspClient(env);
  clients.push(client);
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', ({ message }) => void logs.push(message));
  await client.initialize([root]);
  await client.connection.sendNotification('initialized', {});
  const uriOf = (file: string) => pathToFileURL(join(root, file)).href;
  const open = (file: string, text: string) => client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'markdown', version: 1, text } });
  return { root, client, logs, uriOf, open };
}

const codes = (diagnostics: readonly { code?: number | string }[]) => diagnostics.map((diagnostic) => diagnostic.code).sort();

test('a rule that throws is logged once and skipped; the other rules still report', async () => {
  const { client, logs, uriOf, open } = await start({ CORPUS_LINT_FAULTY_RULE: 'actor/variant' });
  await open('a.md', VARIANT_DOC('doc-a'));
  await open('b.md', VARIANT_DOC('doc-b'));
  for (const file of ['a.md', 'b.md']) {
    const { diagnostics } = await client.diagnostics(uriOf(file), (params) => params.version === 1);
    assert.deepEqual(codes(diagnostics), ['actor/not-listed']);
  }
  assert.equal(logs.filter((message) => message.includes('rule actor/variant failed')).length, 1);
  assert.match(logs.find((message) => message.includes('rule actor/variant failed')) ?? '', /fault injected into actor\/variant/);
});

test('requests and notifications about documents the server does not know are answered, not fatal', async () => {
  const { client, uriOf, open } = await start();
  const unknown = 'file:///nowhere/at/all.md';
  const position = { line: 0, character: 0 };
  assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position }), null);
  assert.equal(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: unknown }, position }), null);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: unknown, version: 2 }, contentChanges: [{ text: 'x' }] });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
  await open('a.md', VARIANT_DOC('doc-a'));
  const { diagnostics } = await client.diagnostics(uriOf('a.md'), (params) => params.version === 1);
  assert.deepEqual(codes(diagnostics), ['actor/not-listed', 'actor/variant']);
});

test('edits that arrive out of order end with the text of the last one received', async () => {
  const { client, uriOf, open } = await start();
  const uri = uriOf('a.md');
  await open('a.md', VARIANT_DOC('doc-a'));
  const clean = `${frontMatter('', '[ttp]').replace('test-doc', 'doc-a')}\nThe TTP said nothing today.\n`;
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: VARIANT_DOC('doc-a') }] });
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text: clean }] });
  const { diagnostics } = await client.diagnostics(uri, (params) => params.version === 4);
  assert.deepEqual(diagnostics, []);
});

test('a thousand rapid edits are coalesced and the server stays small', async () => {
  const { client, uriOf, open } = await start();
  const uri = uriOf('a.md');
  await open('a.md', VARIANT_DOC('doc-a'));
  for (let version = 2; version <= 1001; version++) {
    const text = version % 2 ? VARIANT_DOC('doc-a') : VARIANT_DOC('doc-a').replace('Tehreek e', `Tehreek-e`);
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }
  const { diagnostics } = await client.diagnostics(uri, (params) => params.version === 1001, 20000);
  assert.deepEqual(codes(diagnostics), ['actor/not-listed', 'actor/variant']);
  const publications = client.history.filter((params) => params.uri === uri && params.version !== undefined).length;
  assert.ok(publications < 50, `${publications} publications for 1000 edits`);
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.pid}/status`, 'utf8'))?.[1]);
  assert.ok(rssKb < 300 * 1024, `server RSS ${rssKb} KB after 1000 edits`);
});

test('corpus.yaml deleted while open: closing it drops the corpus and clears its diagnostics', async () => {
  const { root, client, uriOf, open } = await start();
  await client.diagnostics(uriOf('b.md'), (params) => params.diagnostics.length > 0);
  const configUri = uriOf('corpus.yaml');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: CONFIG } });
  unlinkSync(join(root, 'corpus.yaml'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri } });
  await client.diagnostics(uriOf('b.md'), (params) => params.diagnostics.length === 0);
  await open('a.md', VARIANT_DOC('doc-a'));
  assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('a.md') }, position: { line: 8, character: 30 } }), null);
});

test('worker threads that cannot start are logged once; the server indexes every document on its own thread', async () => {
  const documents = sampleDocuments(WORKER_THRESHOLD + 20, 5);
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...documents });
  roots.push(root);
  const broken = bundleWithDamagedWorker(SERVER);
  roots.push(dirname(broken));
  const client = new LspClient({}, broken);
  clients.push(client);
  const logs: string[] = [];
  client.connection.onNotification('window/logMessage', ({ message }) => void logs.push(message));
  await client.initialize([root]);
  await client.connection.sendNotification('initialized', {});
  const uris = Object.keys(documents).map((file) => pathToFileURL(join(root, file)).href);
  const deadline = Date.now() + 60_000;
  while (!uris.every((uri) => client.published.has(uri)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(uris.every((uri) => client.published.has(uri)), 'every document published');
  assert.ok(uris.some((uri) => (client.published.get(uri)?.diagnostics.length ?? 0) > 0), 'with diagnostics');
  const failures = logs.filter((message) => message.includes('worker threads failed'));
  assert.equal(failures.length, 1, logs.join('\n'));
  assert.match(failures[0], /this worker script is damaged/);
});
