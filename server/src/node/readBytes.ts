import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes, read into one buffer reused from call to call: valid only until the next call. Reading
 * thousands of files into fresh buffers costs more in garbage collection than in reading them. Like
 * readFileSync, it stops once it has the size the file had when opened, without a last read to find the
 * end; a file that reports no size (as some special files do) is read until a read returns nothing.
 */
export function readBytesTransient(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    const expected = fstatSync(fd).size;
    if (scratch.length <= expected) scratch = Buffer.allocUnsafe(expected + 1 + (expected >> 3));
    for (;;) {
      if (length === scratch.length) {
        const grown = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      length += read;
      if (read === 0 || (expected > 0 && length >= expected)) break;
    }
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
