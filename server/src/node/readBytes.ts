import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes, read into one buffer reused from call to call: valid only until the next call. Reading
 * thousands of files into fresh buffers costs more in garbage collection than in reading them.
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
      if (read === 0) break;
      length += read;
    }
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
