import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeFileAtomic } from '../../server/src/cli/writeFileAtomic';

const folders: string[] = [];
after(async () => {
  for (const folder of folders) {
    await chmod(folder, 0o700);
    await rm(folder, { recursive: true, force: true });
  }
});

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'corpus-lint-write-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

const original = '---\nid: kurram-clashes\n---\nThe clashes left 12 dead.\n';
const fixed = '---\nid: kurram-clashes\n---\nThe clashes left :casualty[12 dead]{killed=12}.\n';

test('replaces the content and leaves no temporary file', async () => {
  const folder = await folderWith({ 'a.md': original });
  await writeFileAtomic(join(folder, 'a.md'), fixed);
  assert.equal(await readFile(join(folder, 'a.md'), 'utf8'), fixed);
  assert.deepEqual(await readdir(folder), ['a.md']);
});

test('writes bytes as given', async () => {
  const folder = await folderWith({ 'a.md': original });
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a]);
  await writeFileAtomic(join(folder, 'a.md'), bytes);
  assert.deepEqual(new Uint8Array(await readFile(join(folder, 'a.md'))), bytes);
});

test('keeps the permissions of the file it replaces', async () => {
  const folder = await folderWith({ 'a.md': original, 'b.md': original });
  await chmod(join(folder, 'a.md'), 0o640);
  await chmod(join(folder, 'b.md'), 0o755);
  await writeFileAtomic(join(folder, 'a.md'), fixed);
  await writeFileAtomic(join(folder, 'b.md'), fixed);
  assert.equal((await stat(join(folder, 'a.md'))).mode & 0o777, 0o640);
  assert.equal((await stat(join(folder, 'b.md'))).mode & 0o777, 0o755);
});

test('creates a file that does not exist yet', async () => {
  const folder = await folderWith({});
  await writeFileAtomic(join(folder, 'timeline.html'), '<!doctype html>');
  assert.equal(await readFile(join(folder, 'timeline.html'), 'utf8'), '<!doctype html>');
  assert.deepEqual(await readdir(folder), ['timeline.html']);
});

test('replaces the file a symbolic link points to and keeps the link', async () => {
  const folder = await folderWith({ 'a.md': original });
  await symlink('a.md', join(folder, 'link.md'));
  await writeFileAtomic(join(folder, 'link.md'), fixed);
  assert.equal(await readFile(join(folder, 'a.md'), 'utf8'), fixed);
  assert.equal((await stat(join(folder, 'link.md'))).isFile(), true);
  assert.deepEqual((await readdir(folder)).sort(), ['a.md', 'link.md']);
});

test('does not overwrite a file that changed since it was read', async () => {
  const folder = await folderWith({ 'a.md': original });
  const path = join(folder, 'a.md');
  const read = await stat(path);
  const edited = `${original}A sentence the author added meanwhile.\n`;
  await writeFile(path, edited);
  await assert.rejects(writeFileAtomic(path, fixed, { expectedMtimeMs: read.mtimeMs, expectedSize: read.size }), {
    code: 'ECHANGED',
    message: `${path} was not written: it was modified after corpus-lint read it. Run corpus-lint again.`,
  });
  assert.equal(await readFile(path, 'utf8'), edited);
  assert.deepEqual(await readdir(folder), ['a.md']);
});

test('a changed modification time alone counts as a change; a match writes', async () => {
  const folder = await folderWith({ 'a.md': original });
  const path = join(folder, 'a.md');
  const read = await stat(path);
  await assert.rejects(writeFileAtomic(path, fixed, { expectedMtimeMs: read.mtimeMs - 1000, expectedSize: read.size }), { code: 'ECHANGED' });
  await writeFileAtomic(path, fixed, { expectedMtimeMs: read.mtimeMs, expectedSize: read.size });
  assert.equal(await readFile(path, 'utf8'), fixed);
});

test('does not recreate a file deleted since it was read', async () => {
  const folder = await folderWith({ 'a.md': original });
  const path = join(folder, 'a.md');
  const read = await stat(path);
  await rm(path);
  await assert.rejects(writeFileAtomic(path, fixed, { expectedMtimeMs: read.mtimeMs, expectedSize: read.size }), {
    code: 'ECHANGED',
    message: `${path} was not written: it was deleted after corpus-lint read it. Run corpus-lint again.`,
  });
  assert.deepEqual(await readdir(folder), []);
});

test('a failing rename removes the temporary file', async () => {
  const folder = await folderWith({});
  const target = join(folder, 'a.md');
  await mkdir(target);
  await writeFile(join(target, 'inside.md'), original);
  await assert.rejects(writeFileAtomic(target, fixed), (error: NodeJS.ErrnoException) => {
    assert.ok(['EISDIR', 'ENOTEMPTY', 'EEXIST', 'EPERM'].includes(error.code!), error.code);
    assert.ok(error.message.startsWith(`cannot write ${target}: `), error.message);
    return true;
  });
  assert.deepEqual(await readdir(folder), ['a.md']);
  assert.deepEqual(await readdir(target), ['inside.md']);
});

/** Root may write into a read-only folder; then a path under a plain file stands in for an unwritable place. */
test('an unwritable place fails with a clear error and leaves nothing behind', async () => {
  const folder = await folderWith({ 'a.md': original, 'plain-file': '' });
  await chmod(folder, 0o555);
  const permissionsApply = await writeFile(join(folder, 'probe'), '').then(
    () => rm(join(folder, 'probe')).then(() => false),
    () => true,
  );
  const path = permissionsApply ? join(folder, 'a.md') : join(folder, 'plain-file', 'a.md');
  const [code, reason] = permissionsApply ? ['EACCES', 'permission denied'] : ['ENOTDIR', 'a part of its path is not a folder'];
  await assert.rejects(writeFileAtomic(path, fixed), { code, message: `cannot write ${path}: ${reason} (${code})` });
  assert.equal(await readFile(join(folder, 'a.md'), 'utf8'), original);
  assert.deepEqual((await readdir(folder)).sort(), ['a.md', 'plain-file']);
});

test('a file without write permission is refused, where permissions apply', async () => {
  const folder = await folderWith({ 'a.md': original });
  const path = join(folder, 'a.md');
  await chmod(path, 0o444);
  const permissionsApply = process.getuid?.() !== 0;
  const attempt = writeFileAtomic(path, fixed);
  if (permissionsApply) {
    await assert.rejects(attempt, { code: 'EACCES', message: `cannot write ${path}: permission denied (EACCES)` });
    assert.equal(await readFile(path, 'utf8'), original);
  } else {
    await attempt;
    assert.equal(await readFile(path, 'utf8'), fixed);
    assert.equal((await stat(path)).mode & 0o777, 0o444);
  }
  assert.deepEqual(await readdir(folder), ['a.md']);
});
