/** Reading documents' bytes into the reused buffers: whole files of every size, batches, and files that report no size. */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readAllTransient } from '../../server/src/node/readBytes';

/** One file read alone; throws what keeps it from being read. */
function readBytesTransient(path: string): Uint8Array {
  const [read] = readAllTransient([path]);
  if (read instanceof Error) throw read;
  return read;
}

const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('each file comes back whole, smaller and larger than the buffer it is read into, one after another', () => {
  for (const size of [0, 1, 4096, 65_535, 65_536, 200_000, 3]) {
    const path = join(dir, `${size}.md`);
    const bytes = randomBytes(size);
    writeFileSync(path, bytes);
    assert.deepEqual(Buffer.from(readBytesTransient(path)), bytes, `${size} bytes`);
  }
});

test('a file that reports no size (a named pipe) is read until it ends, however its bytes arrive', { skip: process.platform === 'win32' && 'needs mkfifo' }, () => {
  const fifo = join(dir, 'pipe.md');
  execFileSync('mkfifo', [fifo]);
  const writer = spawn('sh', ['-c', 'exec > "$1"; printf first; sleep 0.2; printf " second"; sleep 0.2; printf " third"', 'sh', fifo], { stdio: 'ignore' });
  try {
    assert.equal(Buffer.from(readBytesTransient(fifo)).toString(), 'first second third');
  } finally {
    writer.kill();
  }
});

test('a batch keeps every file whole until the batch is read, across buffers it outgrows, with errors in their places', () => {
  const sizes = [10, 700_000, 0, 500_000, 65_536, 2_000_000, 5];
  const files = sizes.map((size, index) => ({ path: join(dir, `batch-${index}.md`), bytes: randomBytes(size) }));
  for (const { path, bytes } of files) writeFileSync(path, bytes);
  const paths = files.map((file) => file.path);
  paths.splice(3, 0, join(dir, 'missing.md'));
  for (let round = 0; round < 2; round++) {
    const read = readAllTransient(paths);
    assert.equal(read.length, paths.length);
    const missing = read.splice(3, 1)[0];
    assert.ok(missing instanceof Error && (missing as NodeJS.ErrnoException).code === 'ENOENT', 'the missing file in its place');
    read.forEach((bytes, index) => assert.deepEqual(Buffer.from(bytes as Uint8Array), files[index].bytes, `file ${index} of ${sizes[index]} bytes, round ${round}`));
  }
});
