/**
 * Indexing a corpus large enough for worker threads, through the bundled server: what it publishes and
 * answers must be what the service gives in this process, where every document is analysed on one thread.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, Location, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { toLocations } from '../../server/src/lsp/navigation';
import { Corpora, type LoadedWorkspace } from '../../server/src/node/corpora';
import { WORKER_THRESHOLD } from '../../server/src/node/pool';
import { hoverAt } from '../../server/src/service/features/hover';
import { referencesAt } from '../../server/src/service/features/references';
import type { SeveritySetting } from '../../server/src/service/types';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY } from '../unit/harness';
import { sampleDocuments } from '../unit/sampleCorpus';
import { LspClient } from './lspClient';

const DOCUMENTS = sampleDocuments(WORKER_THRESHOLD + 50);
const SPECIAL = {
  'articles/binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]),
  'articles/bom.md': `\uFEFF${Object.values(DOCUMENTS)[1].replace('doc-1', 'bom-doc')}`,
};
const RULES: Record<string, SeveritySetting> = { 'casualty/untagged': 'off', 'actor/variant': 'error', 'actor/not-listed': 'hint' };
/** Opened with new text as soon as indexing has begun, so that its first analysis (on a worker) is of the old text. */
const EDITED = Object.keys(DOCUMENTS)[0];
const EDITED_TEXT = `${DOCUMENTS[EDITED]}\nLater the Pakistani Taliban and the Tehreek e Taliban Pakistan spoke again.\n`;
const MENTION = (() => {
  const lines = EDITED_TEXT.split('\n');
  const line = lines.findIndex((text) => text.startsWith('Later the Pakistani Taliban'));
  return { line, character: 'Later the Pakistani'.length };
})();

const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...DOCUMENTS, ...SPECIAL });
const uriOf = (file: string) => pathToFileURL(join(root, file)).href;
const files = [...Object.keys(DOCUMENTS), ...Object.keys(SPECIAL)];
let client: LspClient;
/** A hover asked for while indexing: answered once the index is complete. */
let hoverWhileIndexing: Promise<Hover | null> | undefined;
const indexing: { done: number; total: number }[] = [];
const errors: string[] = [];

/** The same corpus in this process, with the same settings and (unless told otherwise) the edited text. */
function inProcess(edited = true): LoadedWorkspace {
  const corpora = new Corpora({ error: (message) => assert.fail(`the service in this process logged: ${message}`) });
  corpora.addFolder(root);
  const [corpus] = corpora.all();
  corpus.workspace.setOverrides(new Map(Object.entries(RULES)));
  if (edited) corpus.workspace.setDocument(EDITED, EDITED_TEXT);
  return corpus;
}

async function waitFor<T>(what: string, value: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = value();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

before(async () => {
  client = new LspClient();
  client.connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => ({ rules: RULES })));
  client.connection.onRequest('window/workDoneProgress/create', () => null);
  client.connection.onNotification('window/logMessage', ({ type, message }: { type: number; message: string }) => {
    if (type === 1) errors.push(message);
  });
  client.connection.onNotification('corpusLint/indexing', (params: { done: number; total: number }) => {
    indexing.push(params);
    if (indexing.length === 1) {
      void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(EDITED), languageId: 'markdown', version: 1, text: EDITED_TEXT } });
      hoverWhileIndexing = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(EDITED) }, position: MENTION });
    }
  });
  await client.initialize([root], { window: { workDoneProgress: true }, workspace: { configuration: true } });
  await client.connection.sendNotification('initialized', {});
  await waitFor('every document published', () => (files.every((file) => client.published.has(uriOf(file))) ? true : undefined));
});

after(() => {
  client.kill();
  rmSync(root, { recursive: true, force: true });
});

test('closed documents get the diagnostics the service gives in one thread, editor settings applied', () => {
  const { workspace } = inProcess();
  assert.deepEqual(indexing.at(-1), { done: files.length, total: files.length });
  let compared = 0;
  for (const file of files.filter((file) => file !== EDITED)) {
    const expected = workspace.diagnostics(file).map((diagnostic) => toLspDiagnostic(diagnostic, root));
    assert.deepEqual(client.published.get(uriOf(file))?.diagnostics, expected, file);
    compared += expected.length;
  }
  assert.ok(compared > files.length, 'the sample corpus has diagnostics to compare');
  assert.ok(client.history.some(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.code === 'document/unreadable')));
  assert.deepEqual(errors, []);
});

test('a document opened with new text while indexing ends with the diagnostics of that text', () => {
  const { workspace } = inProcess();
  const published: PublishDiagnosticsParams | undefined = client.published.get(uriOf(EDITED));
  assert.equal(published?.version, 1);
  assert.deepEqual(published?.diagnostics, workspace.diagnostics(EDITED).map((diagnostic) => toLspDiagnostic(diagnostic, root)));
  assert.ok(published?.diagnostics.some((diagnostic) => diagnostic.code === 'actor/variant' && diagnostic.range.start.line === MENTION.line));
});

test('after indexing the open document is published before any closed one', () => {
  const publishedAt = (file: string) => client.history.findIndex((params) => params.uri === uriOf(file));
  const open = publishedAt(EDITED);
  const closed = files.filter((file) => file !== EDITED).map(publishedAt);
  assert.ok(open >= 0 && closed.every((index) => index >= 0), 'every document was published');
  assert.ok(open < Math.min(...closed), `the open document came at ${open}, a closed one at ${Math.min(...closed)}`);
});

test('references and hover mention counts are those of the service in one thread', async () => {
  const { workspace } = inProcess();
  const position = MENTION;
  const locations: Location[] = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uriOf(EDITED) }, position, context: { includeDeclaration: true } });
  const expected = referencesAt(workspace, EDITED, position, true);
  assert.ok(expected && expected.length > 100, 'the actor is named across the corpus');
  assert.deepEqual(locations, toLocations(expected, root));
  const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(EDITED) }, position });
  assert.deepEqual(hover.contents, { kind: 'markdown', value: hoverAt(workspace, EDITED, position)?.markdown });
  assert.match(JSON.stringify(hover.contents), /\d+ documents/);
  assert.deepEqual(await hoverWhileIndexing, hover, 'a hover asked for while indexing gets the same answer');
});

test('cancelling the indexing progress stops the workers; every document is still checked when asked for', async () => {
  const cancelled = new LspClient();
  try {
    const reports: { kind: string; message?: string }[] = [];
    const logged: string[] = [];
    cancelled.connection.onRequest('workspace/configuration', ({ items }: { items: unknown[] }) => items.map(() => ({ rules: RULES })));
    cancelled.connection.onRequest('window/workDoneProgress/create', () => null);
    cancelled.connection.onNotification('window/logMessage', ({ type, message }: { type: number; message: string }) => {
      if (type === 1) logged.push(message);
    });
    cancelled.connection.onNotification('$/progress', ({ token, value }: { token: string; value: { kind: string; message?: string } }) => {
      reports.push(value);
      if (value.kind === 'begin') void cancelled.connection.sendNotification('window/workDoneProgress/cancel', { token });
    });
    await cancelled.initialize([root], { window: { workDoneProgress: true }, workspace: { configuration: true } });
    await cancelled.connection.sendNotification('initialized', {});
    await waitFor('every document published', () => (files.every((file) => cancelled.published.has(uriOf(file))) ? true : undefined));
    assert.equal(reports.at(-1)?.kind, 'end');
    assert.ok(!reports.some((report) => report.message === 'corpus-wide rules'), 'the eager pass stopped before the corpus-wide rules');
    const { workspace } = inProcess(false);
    for (const file of files) {
      assert.deepEqual(cancelled.published.get(uriOf(file))?.diagnostics, workspace.diagnostics(file).map((diagnostic) => toLspDiagnostic(diagnostic, root)), file);
    }
    assert.deepEqual(logged, []);
  } finally {
    cancelled.kill();
  }
});
