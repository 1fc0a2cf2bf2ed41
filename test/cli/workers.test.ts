/** The command line on a corpus large enough for worker threads reports what one thread finds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { formatReports } from '../../server/src/cli/format/index';
import { lintCorpus } from '../../server/src/cli/lint';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { WORKER_THRESHOLD } from '../../server/src/node/pool';
import { RULES } from '../../server/src/service/ruleMeta';
import { CONFIG, REGISTRY } from '../unit/harness';
import { sampleDocuments } from '../unit/sampleCorpus';
import { makeCorpus, runCli } from './run';

test('a corpus above the worker threshold gets the diagnostics of a one-thread run, unreadable files included', async () => {
  const documents = sampleDocuments(WORKER_THRESHOLD + 30, 7);
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...documents, 'articles/binary.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00]) });
  try {
    const cli = runCli(['--format', 'json', '.'], root);
    assert.equal(cli.status, 1, cli.stderr);
    // In this process the service runs from its sources, where there is no worker script: one thread.
    const reports = await lintCorpus(loadCorpus(root), { threads: 1 });
    const expected = formatReports('json', reports, { cwd: root, color: false, rules: RULES, toolVersion: 'test' });
    assert.ok(expected.split('\n').length > Object.keys(documents).length, 'the sample corpus has diagnostics to compare');
    assert.equal(cli.stdout, expected);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
