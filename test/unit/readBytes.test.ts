/** Reading a document's bytes into the reused buffer: whole files of every size, and files that report no size. */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readBytesTransient } from '../../server/src/node/readBytes';

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
