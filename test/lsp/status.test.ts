import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { StatusRequest } from '../../server/src/protocol';
import { makeCorpus } from '../cli/run';
import { REGISTRY, frontMatter } from '../unit/harness';
import { LspClient } from './lspClient';

const named = makeCorpus({
  'corpus.yaml': 'name: Border desk\n',
  'actors.yaml': REGISTRY,
  'a.md': `${frontMatter()}\nA quiet day.\n`,
  'b.md': 'No front-matter.\n',
  'notes.txt': 'not a document',
});
const unnamed = makeCorpus({ 'corpus.yaml': 'documents: ["*.md"]\n', 'actors.yaml': REGISTRY, 'c.md': `${frontMatter()}\nA quiet day.\n` });
let client: LspClient;

before(async () => {
  client = new LspClient();
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    workspaceFolders: [named, unnamed].map((root) => ({ uri: pathToFileURL(root).href, name: basename(root) })),
  });
  await client.connection.sendNotification('initialized', {});
});

after(() => {
  client.kill();
  for (const root of [named, unnamed]) rmSync(root, { recursive: true, force: true });
});

test('corpusLint/status names each corpus with its documents and problem counts', async () => {
  const { corpora } = await client.connection.sendRequest(StatusRequest.type);
  const byRoot = new Map(corpora.map((corpus) => [corpus.root, corpus]));
  assert.deepEqual(byRoot.get(pathToFileURL(named).href), { name: 'Border desk', root: pathToFileURL(named).href, documents: 2, errors: 1, warnings: 0 });
  // No name: the folder's name stands in, and the missing name is itself a config error.
  assert.deepEqual(byRoot.get(pathToFileURL(unnamed).href), { name: basename(unnamed), root: pathToFileURL(unnamed).href, documents: 1, errors: 1, warnings: 0 });
  assert.equal(corpora.length, 2);
});
