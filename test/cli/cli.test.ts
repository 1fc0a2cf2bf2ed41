import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { test } from 'node:test';
import { article, CLI, lintJson, makeCorpus, REGISTRY, runCli } from './run';

const CLEAN = article('clean', 'The TTP issued a statement.');
const WARNS = article('warns', 'The TTP issued a statement.\n\nAdvertisement');
const ERRS = article('errs', 'The TTP counted :casualty[5 killed]{killed=6 source="police"}.');

test('exit 0 and no output for a clean corpus', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': CLEAN });
  const result = runCli([], root);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, '');
  assert.equal(result.status, 0);
});

test('exit 1 on errors; warnings alone exit 0 unless over --max-warnings', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': WARNS });
  assert.equal(runCli([], root).status, 0);
  assert.equal(runCli(['--max-warnings', '0'], root).status, 1);
  assert.equal(runCli(['--max-warnings', '1'], root).status, 0);
  assert.equal(runCli(['--max-warnings', '0', '--max-warnings', '-1'], root).status, 0);
  const hidden = runCli(['--quiet', '--max-warnings', '0'], root);
  assert.deepEqual([hidden.status, hidden.stdout], [1, '']);
  assert.match(hidden.stderr, /^corpus-lint: \d+ warnings?, more than --max-warnings 0 allows\n$/);
  assert.equal(runCli(['--max-warnings', '1'], root).stderr, '');
  const errors = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': ERRS });
  assert.equal(runCli([], errors).status, 1);
});

test('exit 2 with one line on standard error: no corpus.yaml, bad arguments, unreadable config, a path that does not exist', () => {
  const empty = makeCorpus({ 'a.md': CLEAN });
  const missing = runCli(['.'], empty);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^corpus-lint: no corpus\.yaml found in .+\n$/);
  for (const args of [['--format', 'xml'], ['--max-warnings', 'many'], ['--no-such-flag']]) {
    const bad = runCli(args, empty);
    assert.equal(bad.status, 2, args.join(' '));
    assert.equal(bad.stderr.trim().split('\n').length, 1, args.join(' '));
    assert.equal(bad.stdout, '');
  }
  const dirAsConfig = makeCorpus({ 'corpus.yaml/x': '', 'a.md': CLEAN });
  const unreadable = runCli(['a.md'], dirAsConfig);
  assert.equal(unreadable.status, 2);
  assert.match(unreadable.stderr, /cannot read .*corpus\.yaml/);
  const corpus = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': ERRS });
  for (const args of [['a.md', 'no-such.md'], ['timeline', 'no-such-folder']]) {
    const mistyped = runCli(args, corpus);
    assert.equal(mistyped.status, 2, args.join(' '));
    assert.match(mistyped.stderr, /^corpus-lint: .*no-such[^/]*: no such file or folder\.\n$/, args.join(' '));
    assert.equal(mistyped.stdout, '');
  }
});

test('--format json: the spec shape, sorted, 1-based, corpus-relative paths', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'b/z.md': WARNS, 'a.md': ERRS });
  const { status, diagnostics } = lintJson(root);
  assert.equal(status, 1);
  assert.deepEqual(diagnostics.map((d) => d.file), ['a.md', 'b/z.md']);
  assert.deepEqual(diagnostics[0], {
    file: 'a.md',
    line: 9,
    column: 27,
    endLine: 9,
    endColumn: 35,
    severity: 'error',
    rule: 'casualty/mismatch',
    message: diagnostics[0].message,
    fixable: true,
  });
  assert.deepEqual(Object.keys(diagnostics[1]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'fixable']);
  assert.equal(diagnostics[1].rule, 'document/boilerplate');
});

test('--quiet reports errors only; a path narrows the report to the files under it, not a sibling that starts alike', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'b/z.md': WARNS, 'bb/x.md': article('sibling', 'The TTP issued a statement.\n\nAdvertisement'), 'a.md': ERRS });
  assert.deepEqual(lintJson(root, ['--quiet']).diagnostics.map((d) => d.severity), ['error']);
  const narrowed = runCli(['--format', 'json', 'b'], root);
  assert.deepEqual((JSON.parse(narrowed.stdout) as { file: string }[]).map((d) => d.file), ['b/z.md']);
  assert.equal(narrowed.status, 0);
});

test('--format sarif and github', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': ERRS });
  const sarif = JSON.parse(runCli(['--format', 'sarif'], root).stdout);
  assert.equal(sarif.version, '2.1.0');
  const result = sarif.runs[0].results[0];
  assert.equal(result.ruleId, 'casualty/mismatch');
  assert.equal(result.locations[0].physicalLocation.region.startLine, 9);
  const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
  assert.equal(rule.id, 'casualty/mismatch');
  assert.match(rule.helpUri, /#rule-casualtymismatch$/);
  const github = runCli(['--format', 'github'], root).stdout;
  assert.match(github, /^::error file=a\.md,line=9,col=27,endLine=9,endColumn=35,title=casualty\/mismatch::/m);
});

test('stylish prints the file, rows and a summary', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': ERRS });
  const out = runCli([], root).stdout;
  assert.match(out, /a\.md/);
  assert.match(out, /^\s+9:27\s+error\s+.+\s+casualty\/mismatch$/m);
  assert.match(out, /1 problem/);
});

test('--out and -o write the report to a file, whole or not at all, and keep the exit status', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': ERRS, 'b.md': WARNS });
  const printed = runCli(['--format', 'sarif', '.'], root);
  const written = runCli(['--format', 'sarif', '--out', 'report.sarif', '.'], root);
  assert.deepEqual([written.status, written.stdout, written.stderr], [1, '', '']);
  assert.equal(readFileSync(join(root, 'report.sarif'), 'utf8'), printed.stdout);
  const colored = { ...process.env, FORCE_COLOR: '1', NO_COLOR: undefined };
  const stylish = spawnSync(process.execPath, [CLI, '-o', 'report.txt', '.'], { cwd: root, encoding: 'utf8', env: colored });
  assert.equal(stylish.status, 1);
  const report = readFileSync(join(root, 'report.txt'), 'utf8');
  assert.ok(report.includes('casualty/mismatch') && report.endsWith('\n') && !report.includes('\u001b['), report);
  mkdirSync(join(root, 'taken'));
  writeFileSync(join(root, 'taken', 'inside.txt'), 'kept\n');
  const onFolder = runCli(['--format', 'json', '--out', 'taken', '.'], root);
  assert.deepEqual([onFolder.status, onFolder.stdout], [2, '']);
  assert.match(onFolder.stderr, /^corpus-lint: could not write taken \(E[A-Z]+\)\n$/);
  assert.deepEqual(readdirSync(join(root, 'taken')), ['inside.txt']);
  assert.ok(!readdirSync(root).some((name) => name.endsWith('.tmp')), 'no temporary file is left behind');
  const missingFolder = runCli(['--out', 'no/such/folder/report.txt', '.'], root);
  assert.deepEqual([missingFolder.status, missingFolder.stdout], [2, '']);
  assert.match(missingFolder.stderr, /^corpus-lint: could not write no\/such\/folder\/report\.txt \(ENOENT\)\n$/);
});

test('a reader that closes the pipe early ends the run quietly, with its usual exit status', async () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`e${i}.md`, ERRS])) });
  const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [status] = (await once(child, 'close')) as [number | null];
  assert.equal(stderr, '');
  assert.equal(status, 1);
});
