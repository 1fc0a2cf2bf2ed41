import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { TimelineRequest } from '../../server/src/protocol';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY, frontMatter } from '../unit/harness';
import { LspClient } from './lspClient';

/** Line 5 is `actors: [ttp]`, line 8 has a variant of ttp's name, line 10 an :event tag. */
const OPENED = `${frontMatter('', '[ttp]')}
Fighters of the Tehreek e Taliban Pakistan attacked a post.

:event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}
`;
const ON_DISK = `${frontMatter()}\nA quiet day at the border.\n`;

const root = makeCorpus({
  'corpus.yaml': `${CONFIG}unknownKey: 1\n`,
  'actors.yaml': REGISTRY,
  'articles/opened.md': ON_DISK.replace('test-doc', 'opened-doc'),
  'articles/other.md': ON_DISK,
});
const uriOf = (file: string) => pathToFileURL(join(root, file)).href;
const OPENED_URI = uriOf('articles/opened.md');
const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.severity, d.range]);

let client: LspClient;

before(async () => {
  client = new LspClient();
  const result: InitializeResult = await client.initialize([root]);
  assert.equal(result.capabilities.hoverProvider, true);
  await client.connection.sendNotification('initialized', {});
});

after(() => {
  client.kill();
  rmSync(root, { recursive: true, force: true });
});

test('corpus.yaml is checked when the corpus loads', async () => {
  const { diagnostics } = await client.diagnostics(uriOf('corpus.yaml'), () => true);
  assert.deepEqual(summary(diagnostics), [['config/invalid', 1, range(1, 0, 10)]]);
});

test('an opened document gets diagnostics with rule codes, docs links and related locations', async () => {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: OPENED_URI, languageId: 'markdown', version: 1, text: OPENED } });
  const { diagnostics } = await client.diagnostics(OPENED_URI, (params) => params.version === 1);
  assert.deepEqual(summary(diagnostics), [
    ['actor/variant', 2, range(8, 16, 42)],
    ['actor/not-listed', 3, range(10, 73, 86)],
    ['corpus/duplicate-id', 1, range(1, 4, 12)],
  ]);
  assert.deepEqual(diagnostics[0].codeDescription, { href: 'https://github.com/corpus-lint/corpus-lint/blob/main/README.md#rule-actorvariant' });
  assert.equal(diagnostics[0].source, 'corpus-lint');
  assert.deepEqual(diagnostics[2].relatedInformation?.map((related) => [related.location.uri, related.location.range]), [[uriOf('articles/other.md'), range(1, 4, 12)]]);
});

test('hover on an actor name shows its registry card', async () => {
  const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: OPENED_URI }, position: { line: 8, character: 20 } });
  assert.deepEqual(hover, {
    contents: { kind: 'markdown', value: '**Tehreek\\-e\\-Taliban Pakistan** `ttp`\n\n*armed group · PK*\n\nAlso: TTP, Pakistani Taliban\n\nMentioned in 1 document' },
    range: range(8, 16, 42),
  });
});

test('go to definition leads from an actor id to the registry', async () => {
  const location = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: OPENED_URI }, position: { line: 10, character: 63 } });
  assert.deepEqual(location, { uri: uriOf('actors.yaml'), range: range(0, 0, 3) });
});

test('a code action at a diagnostic offers its fix', async () => {
  const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: OPENED_URI },
    range: range(8, 20, 20),
    context: { diagnostics: [] },
  });
  assert.deepEqual(actions.map(({ title, kind, isPreferred, edit }) => ({ title, kind, isPreferred, edit })), [
    {
      title: 'Write "Tehreek-e-Taliban Pakistan"',
      kind: 'quickfix',
      isPreferred: true,
      edit: { changes: { [OPENED_URI]: [{ range: range(8, 16, 42), newText: 'Tehreek-e-Taliban Pakistan' }] } },
    },
  ]);
});

test('a change that fixes a problem removes its diagnostic; no older version is published after a newer one', async () => {
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: OPENED_URI, version: 2 },
    contentChanges: [{ range: range(8, 0, 8), text: 'The ' }],
  });
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: OPENED_URI, version: 3 },
    contentChanges: [{ range: range(8, 0, 38), text: 'Fighters of the Tehreek-e-Taliban Pakistan' }],
  });
  const { diagnostics } = await client.diagnostics(OPENED_URI, (params) => params.version === 3);
  assert.deepEqual(summary(diagnostics), [
    ['actor/not-listed', 3, range(10, 73, 86)],
    ['corpus/duplicate-id', 1, range(1, 4, 12)],
  ]);
  // Version 2 may be published before version 3 arrives (a change after a pause is linted at once), never after it.
  const versions = client.history.filter((params) => params.uri === OPENED_URI && params.version !== undefined).map((params) => params.version);
  assert.deepEqual(versions, versions.includes(2) ? [1, 2, 3] : [1, 3]);
});

test('the timeline request returns the entries of a document', async () => {
  const timeline = await client.connection.sendRequest(TimelineRequest.type, { uri: OPENED_URI });
  assert.deepEqual(timeline?.entries.map((entry) => [entry.id, entry.date, entry.actors, entry.sources]), [
    ['post-attack', '2024-12-20', ['Tehreek-e-Taliban Pakistan', 'Pakistan Army'], [{ file: 'articles/opened.md', line: 11, column: 1 }]],
    ['articles/opened.md', '2024-12-26', [], [{ file: 'articles/opened.md', line: 2, column: 5 }]],
  ]);
  const whole = await client.connection.sendRequest(TimelineRequest.type, {});
  assert.deepEqual(whole?.entries.map((entry) => entry.id), ['post-attack', 'articles/opened.md', 'articles/other.md']);
});

test('an edit of corpus.yaml applies to its own diagnostics and to the open documents', async () => {
  const configUri = uriOf('corpus.yaml');
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: `${CONFIG}unknownKey: 1\n` } });
  await client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: configUri, version: 2 },
    contentChanges: [{ text: `${CONFIG}rules:\n  actor/not-listed: off\n` }],
  });
  await client.diagnostics(configUri, (params) => params.diagnostics.length === 0);
  const { diagnostics } = await client.diagnostics(OPENED_URI, (params) => params.diagnostics.length === 1);
  assert.deepEqual(summary(diagnostics), [['corpus/duplicate-id', 1, range(1, 4, 12)]]);
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: configUri } });
  const reverted = await client.diagnostics(configUri, (params) => params.diagnostics.length === 1);
  assert.deepEqual(summary(reverted.diagnostics), [['config/invalid', 1, range(1, 0, 10)]]);
});

test('closing a document clears its diagnostics', async () => {
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: OPENED_URI } });
  await client.diagnostics(OPENED_URI, (params) => params.diagnostics.length === 0);
});

test('shutdown and exit end the process with status 0', async () => {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  assert.equal(await client.exited, 0);
});
