/** The command line on a corpus large enough for worker threads reports what one thread finds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fixCorpus } from '../../server/src/cli/fix';
import { lintCorpus } from '../../server/src/cli/lint';
import { loadCorpus } from '../../server/src/node/loadCorpus';
import { WORKER_THRESHOLD } from '../../server/src/node/pool';
import { RULES } from '../../server/src/service/ruleMeta';
import type { FileReport } from '../../server/src/service/types';
import { CONFIG, formatReports, REGISTRY } from '../unit/harness';
import { sampleDocuments } from '../unit/sampleCorpus';
import { bundleWithDamagedWorker, CLI, makeCorpus, runCli } from './run';

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

test('worker threads write github lines, --quiet and a sub-folder as one thread does', async () => {
  const documents = sampleDocuments(WORKER_THRESHOLD + 30, 11);
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...documents });
  try {
    const reports = await lintCorpus(loadCorpus(root), { threads: 1 });
    const oneThread = (format: 'github' | 'json', shown: FileReport[]) => formatReports(format, shown, { cwd: root, color: false, rules: RULES, toolVersion: 'test' });
    const github = runCli(['--format', 'github', '.'], root);
    assert.equal(github.stdout, oneThread('github', reports));
    assert.match(github.stdout, /title=casualty\/conflict::[^]*title=actor\/variant::/, 'corpus-wide diagnostics merged with the documents\' own');

    const quiet = runCli(['--format', 'json', '--quiet', '.'], root);
    const errorsOnly = reports.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((d) => d.severity === 'error') }));
    assert.equal(quiet.stdout, oneThread('json', errorsOnly));
    assert.equal(quiet.status, github.status);

    const folder = Object.keys(documents)[0].split('/').slice(0, -1).join('/');
    const part = runCli(['--format', 'github', folder], root);
    assert.equal(part.stdout, oneThread('github', reports.filter((report) => report.file.startsWith(`${folder}/`))));
    assert.ok(part.stdout.length > 0 && part.stdout.length < github.stdout.length);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('worker threads that cannot start cost the run its speed, not its result: one line, then one thread', () => {
  const documents = sampleDocuments(WORKER_THRESHOLD + 30, 13);
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...documents });
  const broken = bundleWithDamagedWorker(CLI);
  try {
    const usual = runCli(['--format', 'json', '.'], root);
    assert.equal(usual.stderr, '');
    const fallback = runCli(['--format', 'json', '.'], root, broken);
    assert.equal(fallback.stdout, usual.stdout);
    assert.equal(fallback.status, usual.status);
    assert.equal(fallback.stderr, 'corpus-lint: analysis on worker threads failed, going on in one thread: this worker script is damaged\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(dirname(broken), { recursive: true, force: true });
  }
});

test('--fix on worker threads writes the files and reports what one thread does, and what remains is what a new lint finds', async () => {
  const documents = sampleDocuments(WORKER_THRESHOLD + 30, 17);
  const broken = '---\nid: broken\ntitle: [never closed\n---\n\nShare this article on Facebook\n';
  const files = { 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, ...documents, 'articles/broken.md': broken };
  const [workers, oneThread] = [makeCorpus(files), makeCorpus(files)];
  try {
    const fixed = runCli(['--fix', '--format', 'json', '.'], workers);
    assert.equal(fixed.stderr, '');
    // In this process the service runs from its sources, where there is no worker script: one thread.
    const outcome = await fixCorpus(loadCorpus(oneThread));
    assert.ok(outcome.written.length > 20, `the sample corpus has fixes to make (${outcome.written.length} files)`);
    for (const file of Object.keys(documents)) assert.equal(readFileSync(join(workers, file), 'utf8'), readFileSync(join(oneThread, file), 'utf8'), file);
    assert.equal(fixed.stdout, formatReports('json', outcome.reports, { cwd: oneThread, color: false, rules: RULES, toolVersion: 'test' }));
    assert.equal(readFileSync(join(workers, 'articles/broken.md'), 'utf8'), broken, 'a file whose front-matter does not parse is not touched');
    assert.match(fixed.stdout, /"file":"articles\/broken.md"[^}]*"rule":"document\/boilerplate"/, 'though its fixable diagnostics are reported');
    assert.equal(runCli(['--format', 'json', '.'], workers).stdout, fixed.stdout);
  } finally {
    rmSync(workers, { recursive: true, force: true });
    rmSync(oneThread, { recursive: true, force: true });
  }
});
