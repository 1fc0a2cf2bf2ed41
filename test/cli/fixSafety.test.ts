/**
 * --fix must never lose a byte: each test runs the built CLI on a real temporary corpus and breaks the
 * write in a different way. Faults are injected into the CLI process itself by a preloaded module that
 * wraps `fs.promises.open` (see FAULTS); the read-only cases use `chattr +i` when the tests run as root,
 * since root ignores a file's mode, and `chmod` otherwise.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeFileAtomic } from '../../server/src/cli/writeFileAtomic';
import { article, CLI, makeCorpus, PLAIN_ENV, REGISTRY, type CliResult } from './run';

/**
 * Preloaded into the CLI. CORPUS_LINT_FAULT is `mode|file|argument`; when the CLI opens the temporary
 * file for `file`: `edit` saves `argument` into the real file first (another editor saving meanwhile),
 * `fail` writes half the data and then fails as a full disk does, `kill` writes half and kills the process.
 */
const FAULTS = `
const fsp = require('node:fs/promises');
const fs = require('node:fs');
const path = require('node:path');
const [mode, target, argument] = (process.env.CORPUS_LINT_FAULT || '').split('|');
const realOpen = fsp.open;
fsp.open = async function (file, ...rest) {
  const handle = await realOpen.call(this, file, ...rest);
  if (!path.basename(String(file)).startsWith('.' + target + '.corpus-lint-')) return handle;
  if (mode === 'edit') {
    fs.writeFileSync(path.join(path.dirname(String(file)), target), argument);
    return handle;
  }
  const realWrite = handle.writeFile.bind(handle);
  handle.writeFile = async (data) => {
    const bytes = Buffer.from(data);
    await realWrite(bytes.subarray(0, bytes.length >> 1));
    await handle.sync();
    if (mode === 'kill') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
  return handle;
};
`;

const dirty = (id: string) => article(id, ['The Tehreek e Taliban Pakistan said so.', '', 'Advertisement', '', 'Follow us on:'].join('\n'));
const DIRTY = dirty('dirty');
const CONFIG = 'name: T\n';

function corpus(files: Record<string, string | Uint8Array>): string {
  const root = makeCorpus({ 'corpus.yaml': CONFIG, 'actors.yaml': REGISTRY, 'faults.cjs': FAULTS, ...files });
  return root;
}

function fix(root: string, fault?: string): CliResult {
  const result = spawnSync(process.execPath, ['--require', join(root, 'faults.cjs'), CLI, '--fix', '--format', 'json', '.'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...PLAIN_ENV, CORPUS_LINT_FAULT: fault ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bytesOf = (root: string, file: string) => readFileSync(join(root, file));
const isFixed = (root: string, file: string) => !bytesOf(root, file).toString('utf8').includes('Advertisement');
/** Everything in a folder that is not one of the corpus's own files: temporary files left behind. */
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.'));

const immutable: string[] = [];
after(() => {
  for (const path of immutable) spawnSync('chattr', ['-i', path]);
});

/** Makes a file or folder unwritable even for root (chattr +i), or by its mode for anyone else. */
function makeReadOnly(path: string): void {
  if (process.getuid?.() === 0) {
    const result = spawnSync('chattr', ['+i', path], { encoding: 'utf8' });
    assert.equal(result.status, 0, `chattr +i is needed to make a file read-only for root: ${result.stderr || result.error?.message}`);
    immutable.push(path);
  } else {
    chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  }
}

test('a write that fails halfway leaves the original bytes, no temporary file, and the other files fixed', () => {
  const root = corpus({ 'a.md': DIRTY, 'b.md': DIRTY });
  const before = bytesOf(root, 'a.md');
  const result = fix(root, 'fail|a.md');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /could not write a\.md: cannot write .*a\.md: no space left on the device \(ENOSPC\)/);
  assert.doesNotMatch(result.stderr, /internal error/);
  assert.deepEqual(bytesOf(root, 'a.md'), before);
  assert.ok(isFixed(root, 'b.md'));
  assert.deepEqual(leftovers(root), []);
  const reported = JSON.parse(result.stdout) as { file: string; rule: string }[];
  assert.ok(reported.some((d) => d.file === 'a.md' && d.rule === 'document/boilerplate'), 'the unwritten file is reported as it is on disk');
});

test('many files written at once: one failing write leaves that file as it was and every other one fixed', () => {
  const names = Array.from({ length: 50 }, (_, i) => `f-${String(i).padStart(2, '0')}.md`);
  const root = corpus(Object.fromEntries(names.map((name) => [name, dirty(name.slice(0, -3))])));
  const before = bytesOf(root, 'f-17.md');
  const result = fix(root, 'fail|f-17.md');
  assert.equal(result.status, 2);
  assert.equal(result.stderr.match(/could not write/g)?.length, 1, result.stderr);
  assert.match(result.stderr, /could not write f-17\.md: .*\(ENOSPC\)/);
  assert.deepEqual(bytesOf(root, 'f-17.md'), before);
  assert.deepEqual(names.filter((name) => !isFixed(root, name)), ['f-17.md']);
  assert.deepEqual(leftovers(root), []);
});

test('a process killed in the middle of a write leaves the original intact; its temporary file is not linted', () => {
  const root = corpus({ 'a.md': DIRTY });
  const before = bytesOf(root, 'a.md');
  const result = fix(root, 'kill|a.md');
  assert.equal(result.status, null);
  assert.deepEqual(bytesOf(root, 'a.md'), before);
  const [temp] = leftovers(root);
  assert.match(temp, /^\.a\.md\.corpus-lint-\d+-[0-9a-f]+\.tmp$/);
  assert.ok(bytesOf(root, temp).length < before.length, 'the temporary file holds the half-written data');
  const again = fix(root);
  assert.equal(again.status, 0, again.stderr);
  assert.ok(isFixed(root, 'a.md'));
  assert.deepEqual((JSON.parse(again.stdout) as { file: string }[]).filter((d) => d.file.includes('.tmp')), []);
});

test('a file saved by someone else between read and write is left as they saved it, with a warning', () => {
  const root = corpus({ 'a.md': DIRTY, 'b.md': DIRTY });
  const theirs = `${DIRTY}A paragraph the author added while corpus-lint ran.\n`;
  const result = fix(root, `edit|a.md|${theirs}`);
  assert.match(result.stderr, /^corpus-lint: warning: .*a\.md was not written: it was modified after corpus-lint read it\. Run corpus-lint again\.$/m);
  assert.notEqual(result.status, 2, 'a skipped file is a warning, not a failed run');
  assert.equal(bytesOf(root, 'a.md').toString('utf8'), theirs);
  assert.ok(isFixed(root, 'b.md'));
  assert.deepEqual(leftovers(root), []);
});

test('a change that keeps the size and the modification time is still caught, by the content hash', async () => {
  const root = corpus({ 'a.md': DIRTY });
  const path = join(root, 'a.md');
  const when = new Date('2025-01-01T00:00:00Z');
  utimesSync(path, when, when);
  const read = statSync(path);
  const { createHash } = await import('node:crypto');
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  const theirs = DIRTY.replace('Advertisement', 'Advertisemenu');
  writeFileSync(path, theirs);
  utimesSync(path, when, when);
  assert.equal(statSync(path).mtimeMs, read.mtimeMs);
  assert.equal(statSync(path).size, read.size);
  await assert.rejects(writeFileAtomic(path, 'fixed', { expectedMtimeMs: read.mtimeMs, expectedSize: read.size, expectedSha256: sha256 }), { code: 'ECHANGED' });
  assert.equal(readFileSync(path, 'utf8'), theirs);
  assert.deepEqual(leftovers(root), []);
});

test('a read-only file is reported on standard error, not a crash, and the other files are fixed', () => {
  const root = corpus({ 'a.md': DIRTY, 'b.md': DIRTY });
  const before = bytesOf(root, 'a.md');
  makeReadOnly(join(root, 'a.md'));
  const result = fix(root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /could not write a\.md: cannot write .*a\.md: (operation not permitted \(EPERM\)|permission denied \(EACCES\))/);
  assert.doesNotMatch(result.stderr, /internal error/);
  assert.deepEqual(bytesOf(root, 'a.md'), before);
  assert.ok(isFixed(root, 'b.md'));
  assert.deepEqual(leftovers(root), []);
});

test('a read-only folder refuses the temporary file; its files stay as they were and the others are fixed', () => {
  const root = corpus({ 'locked/a.md': DIRTY, 'open/b.md': DIRTY });
  const before = bytesOf(root, 'locked/a.md');
  makeReadOnly(join(root, 'locked'));
  const result = fix(root);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /could not write locked\/a\.md: cannot write .*locked\/a\.md: (operation not permitted \(EPERM\)|permission denied \(EACCES\))/);
  assert.deepEqual(bytesOf(root, 'locked/a.md'), before);
  assert.ok(isFixed(root, 'open/b.md'));
  assert.deepEqual(leftovers(join(root, 'locked')), []);
});

test('permissions, CRLF line ends and a BOM are kept, and a second --fix changes nothing', () => {
  const crlf = dirty('crlf').replace(/\n/g, '\r\n');
  const root = corpus({ 'crlf.md': crlf, 'bom.md': `\uFEFF${dirty('bom')}`, 'plain.md': dirty('plain') });
  chmodSync(join(root, 'crlf.md'), 0o600);
  chmodSync(join(root, 'bom.md'), 0o664);
  const first = fix(root);
  assert.equal(first.status, 0, first.stderr);
  const crlfAfter = bytesOf(root, 'crlf.md').toString('utf8');
  assert.ok(isFixed(root, 'crlf.md') && isFixed(root, 'bom.md') && isFixed(root, 'plain.md'));
  assert.equal(crlfAfter.split('\r\n').join('').includes('\n'), false, 'every line end is still CRLF');
  assert.deepEqual([...bytesOf(root, 'bom.md').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(statSync(join(root, 'crlf.md')).mode & 0o7777, 0o600);
  assert.equal(statSync(join(root, 'bom.md')).mode & 0o7777, 0o664);
  const files = ['crlf.md', 'bom.md', 'plain.md'];
  const snapshot = files.map((file) => [bytesOf(root, file), statSync(join(root, file)).mtimeMs]);
  const second = fix(root);
  assert.equal(second.status, 0, second.stderr);
  assert.equal(second.stdout, first.stdout);
  assert.deepEqual(files.map((file) => [bytesOf(root, file), statSync(join(root, file)).mtimeMs]), snapshot);
  assert.deepEqual(leftovers(root), []);
});
