/** Loading the corpora of workspace folders from disk. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Corpora } from '../../server/src/node/corpora';
import { makeCorpus } from '../cli/run';
import { CONFIG, REGISTRY } from './harness';

test('a corpus under two nested workspace folders is loaded and read once', () => {
  const root = makeCorpus({ 'news/corpus.yaml': CONFIG, 'news/actors.yaml': REGISTRY, 'news/articles/a.md': '---\ntitle: A\n---\nText.\n' });
  try {
    const corpora = new Corpora({ error: (message) => assert.fail(message) });
    const heard: number[] = [];
    const beforeReading = (_: unknown, documents: number) => void heard.push(documents);
    corpora.addFolder(root, beforeReading);
    const [first] = corpora.all();
    corpora.addFolder(join(root, 'news'), beforeReading);
    assert.equal(corpora.all().length, 1);
    assert.equal(corpora.all()[0].workspace, first.workspace, 'the loaded workspace is kept');
    assert.deepEqual(heard, [1]);
    assert.deepEqual(first.workspace.files(), ['articles/a.md']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
