import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, CodeAction, DocumentDiagnosticReport, InitializeResult, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { applyOffsetEdits, toOffsetEdits } from '../../server/src/service/applyEdits';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, frontMatter } from '../unit/harness';
import { LspClient } from './lspClient';

/** Line 8 (0-based) has two variants of ttp's name; line 10 names an actor missing from front-matter. */
const VARIANT_DOC = `${frontMatter('', '[ttp]').replace('test-doc', 'variant-doc')}
Fighters of the Tehreek e Taliban Pakistan attacked a post; the Tehreek e Taliban Pakistan said so.

The Pakistan Army answered.
`;
const CLEAN_DOC = `${frontMatter().replace('test-doc', 'clean-doc')}\nA quiet day at the border.\n`;

const roots: string[] = [];
const clients: LspClient[] = [];
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const rules = (diagnostics: readonly { code?: number | string }[]) => diagnostics.map((diagnostic) => diagnostic.code).sort();

function corpus(files: Record<string, string> = {}): { root: string; uriOf: (file: string) => string } {
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'articles/variant.md': VARIANT_DOC, 'articles/clean.md': CLEAN_DOC, ...files });
  roots.push(root);
  return { root, uriOf: (file) => pathToFileURL(join(root, file)).href };
}

/** A started server; `answer` gives the client's side of server-to-client requests. */
async function start(root: string, capabilities: ClientCapabilities, answer: Record<string, (params: any) => unknown> = {}): Promise<{ client: LspClient; result: InitializeResult }> {
  const client = new LspClient();
  clients.push(client);
  for (const [method, handler] of Object.entries(answer)) client.connection.onRequest(method, handler);
  const result: InitializeResult = await client.initialize([root], capabilities);
  await client.connection.sendNotification('initialized', {});
  return { client, result };
}

after(() => {
  for (const client of clients) client.kill();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

test('indexing reports work-done progress and then publishes closed documents', async () => {
  const { root, uriOf } = corpus();
  const progress: { kind: string; title?: string; message?: string }[] = [];
  const created: unknown[] = [];
  const { client } = await start(root, { window: { workDoneProgress: true } }, { 'window/workDoneProgress/create': (params) => (created.push(params), null) });
  client.connection.onNotification('$/progress', ({ value }) => void progress.push(value));
  const indexing: { done: number; total: number }[] = [];
  client.connection.onNotification('corpusLint/indexing', (params) => void indexing.push(params));
  const { diagnostics } = await client.diagnostics(uriOf('articles/variant.md'), (params) => params.diagnostics.length > 0);
  assert.deepEqual(rules(diagnostics), ['actor/not-listed', 'actor/variant', 'actor/variant']);
  assert.equal(created.length, 1);
  assert.equal(progress[0].kind, 'begin');
  assert.equal(progress[0].title, 'Corpus Lint: indexing');
  assert.equal(progress.at(-1)?.kind, 'end');
  assert.deepEqual(indexing.at(-1), { done: 2, total: 2 });
  assert.deepEqual((await client.diagnostics(uriOf('articles/clean.md'), () => true)).diagnostics, []);
});

test('an edit of an open document republishes the closed documents whose corpus-wide diagnostics it changes, and no others', async () => {
  const pair = `${frontMatter().replace('test-doc', 'pair-doc')}\nA quiet day in the valley.\n`;
  const { root, uriOf } = corpus({ 'articles/copy.md': CLEAN_DOC, 'articles/pair-a.md': pair, 'articles/pair-b.md': pair.replace('valley', 'hills') });
  const { client } = await start(root, {});
  const rulesOf = async (file: string) => rules((await client.diagnostics(uriOf(file), () => true)).diagnostics);
  assert.deepEqual(await rulesOf('articles/clean.md'), ['corpus/duplicate-id']);
  assert.deepEqual(await rulesOf('articles/pair-b.md'), ['corpus/duplicate-id']);
  const copy = uriOf('articles/copy.md');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: copy, languageId: 'markdown', version: 1, text: CLEAN_DOC } });
  await client.diagnostics(copy, (params) => params.version === 1);
  const publishedBefore = client.history.length;
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: copy, version: 2 }, contentChanges: [{ text: CLEAN_DOC.replace('clean-doc', 'copy-doc') }] });
  await client.diagnostics(uriOf('articles/clean.md'), (params) => params.diagnostics.length === 0);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const republished = client.history.slice(publishedBefore).map((params) => params.uri);
  assert.deepEqual(republished.sort(), [copy, uriOf('articles/clean.md')].sort());
});

test('files changed on disk are re-checked: a new document, a registry edit, a deleted document, a broken corpus.yaml', async () => {
  const { root, uriOf } = corpus();
  const { client } = await start(root, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, { 'client/registerCapability': () => null });
  await client.diagnostics(uriOf('articles/variant.md'), (params) => params.diagnostics.length === 3);
  const notify = (file: string, type: 1 | 2 | 3) => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type }] });

  writeFileSync(join(root, 'articles/new.md'), `${frontMatter().replace('test-doc', 'new-doc')}\nA Tehreek e Taliban Pakistan statement came late; the Pakistan Army did not reply.\n`);
  await notify('articles/new.md', 1);
  const added = await client.diagnostics(uriOf('articles/new.md'), () => true);
  assert.deepEqual(rules(added.diagnostics), ['actor/not-listed', 'actor/not-listed', 'actor/variant']);

  writeFileSync(join(root, 'actors.yaml'), REGISTRY.replace(/pakistan-army:\n(  .*\n)+/, ''));
  await notify('actors.yaml', 2);
  const withoutArmy = await client.diagnostics(uriOf('articles/variant.md'), (params) => params.diagnostics.length === 2);
  assert.deepEqual(rules(withoutArmy.diagnostics), ['actor/variant', 'actor/variant']);

  unlinkSync(join(root, 'articles/new.md'));
  await notify('articles/new.md', 3);
  await client.diagnostics(uriOf('articles/new.md'), (params) => params.diagnostics.length === 0);

  writeFileSync(join(root, 'corpus.yaml'), `${CONFIG}rules: [not, a, map]\n`);
  await notify('corpus.yaml', 2);
  const config = await client.diagnostics(uriOf('corpus.yaml'), (params) => params.diagnostics.length > 0);
  assert.deepEqual(rules(config.diagnostics), ['config/invalid']);
  const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('articles/variant.md') }, position: { line: 8, character: 20 } });
  assert.equal(hover, null, 'a closed document has no hover, and the server is still answering');
});

test('settings from workspace/configuration override severities and can turn checking off', async () => {
  const { root, uriOf } = corpus();
  let settings: object = { enable: true, rules: { 'actor/variant': 'off', 'actor/not-listed': 'error', 'no/such-rule': 'error' } };
  const asked: unknown[] = [];
  const { client } = await start(root, { workspace: { configuration: true } }, {
    'workspace/configuration': (params) => {
      asked.push(params);
      return [settings];
    },
  });
  const uri = uriOf('articles/variant.md');
  const { diagnostics } = await client.diagnostics(uri, (params) => params.diagnostics.length > 0);
  assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['actor/not-listed', 1]]);
  assert.deepEqual(asked[0], { items: [{ scopeUri: pathToFileURL(root).href, section: 'corpusLint' }] });

  settings = { enable: false };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.diagnostics(uri, (params) => params.diagnostics.length === 0);
  settings = { enable: true, checkClosedFiles: true };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const back = await client.diagnostics(uri, (params) => params.diagnostics.length === 3);
  assert.deepEqual(rules(back.diagnostics), ['actor/not-listed', 'actor/variant', 'actor/variant']);
});

test('a client that pulls gets reports with result ids, "unchanged" when nothing changed, and closed documents from workspace/diagnostic', async () => {
  const { root, uriOf } = corpus();
  const { client, result } = await start(root, { textDocument: { diagnostic: { dynamicRegistration: false } } }, { 'workspace/diagnostic/refresh': () => null });
  assert.deepEqual(result.capabilities.diagnosticProvider, { identifier: 'corpus-lint', interFileDependencies: true, workspaceDiagnostics: true });
  const uri = uriOf('articles/variant.md');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: VARIANT_DOC } });
  const first: DocumentDiagnosticReport = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(first.kind, 'full');
  assert.deepEqual(rules(first.kind === 'full' ? first.items : []), ['actor/not-listed', 'actor/variant', 'actor/variant']);
  const again: DocumentDiagnosticReport = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
  assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

  const workspace: WorkspaceDiagnosticReport = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
  const byUri = new Map(workspace.items.map((item) => [item.uri, item]));
  assert.deepEqual([...byUri.keys()].sort(), [uriOf('actors.yaml'), uriOf('articles/clean.md'), uriOf('articles/variant.md'), uriOf('corpus.yaml')].sort());
  assert.equal(byUri.get(uri)?.version, 1);
  assert.equal(byUri.get(uriOf('articles/clean.md'))?.version, null);
  assert.equal(client.history.length, 0, 'a pulling client gets no pushed diagnostics');
});

test('fix-all: one quick fix per rule for the whole file, and source.fixAll.corpus-lint for saving', async () => {
  const { root, uriOf } = corpus();
  const { client } = await start(root, {});
  const uri = uriOf('articles/variant.md');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: VARIANT_DOC } });
  await client.diagnostics(uri, (params) => params.version === 1);
  const quick: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: range(8, 20, 20), context: { diagnostics: [] } });
  assert.deepEqual(quick.map((action) => action.title), ['Write "Tehreek-e-Taliban Pakistan"', 'Fix all actor/variant problems in this file']);
  const applyAction = (action: CodeAction) => applyOffsetEdits(VARIANT_DOC, toOffsetEdits(VARIANT_DOC, action.edit!.changes![uri]));
  assert.equal(applyAction(quick[1]), VARIANT_DOC.replaceAll('Tehreek e Taliban Pakistan', 'Tehreek-e-Taliban Pakistan'));

  const onSave: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: range(0, 0, 0),
    context: { diagnostics: [], only: ['source.fixAll.corpus-lint'] },
  });
  assert.deepEqual(onSave.map((action) => [action.title, action.kind]), [['Fix all Corpus Lint problems', 'source.fixAll.corpus-lint']]);
  const fixed = applyAction(onSave[0]);
  assert.match(fixed, /^actors: \[ttp, pakistan-army\]$/m);
  assert.equal(fixed.includes('Tehreek e Taliban'), false);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  const after = await client.diagnostics(uri, (params) => params.version === 2);
  assert.deepEqual(after.diagnostics, []);
});

test('requests about places that do not exist get empty answers', async () => {
  const { root, uriOf } = corpus();
  const { client } = await start(root, {});
  const uri = uriOf('articles/variant.md');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: VARIANT_DOC } });
  const far = { line: 9999, character: 9999 };
  assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: far }), null);
  assert.equal(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: far }), null);
  assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf('nowhere.md') }, range: range(0, 0, 0), context: { diagnostics: [] } }), []);
  assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: far }), null);
});

test('shutdown, then exit, ends the server with status 0', async () => {
  const { root } = corpus();
  const { client } = await start(root, {});
  assert.equal(await client.connection.sendRequest('shutdown'), null);
  await client.connection.sendNotification('exit');
  assert.equal(await client.exited, 0);
});
