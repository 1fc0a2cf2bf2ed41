import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Where files are read to, reused from call to call: reading thousands of files into fresh buffers costs more in garbage collection than in reading them. */
let scratch: Buffer = Buffer.allocUnsafe(1 << 16);

/**
 * The bytes of each file of `paths`, or the error that kept it from being read, one after another into
 * the same reused buffer: valid only until the next call. Like readFileSync, it stops once it has the
 * size a file had when opened, without a last read to find the end; a file that reports no size (as some
 * special files do) is read until a read returns nothing. A batch's system calls made together cost
 * about half as much as the same calls made each between two analyses, which leave the processor's
 * caches holding other things.
 */
export function readAllTransient(paths: readonly string[]): (Uint8Array | Error)[] {
  let buffer = scratch;
  let at = 0;
  let total = 0;
  const results = paths.map((path) => {
    try {
      const read = readFile(path, buffer, at);
      [buffer, at] = [read.buffer, read.end];
      total += read.end - read.start;
      return buffer.subarray(read.start, read.end);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
  // Outgrown: the next call, likely of a similar size, then fits in one buffer.
  if (total >= scratch.length) scratch = buffer.length > total ? buffer : Buffer.allocUnsafe(total + (total >> 3) + 1);
  return results;
}

/**
 * Reads the file at `path` into `buffer` from `at` on; when it does not fit, into a new buffer, so that the
 * bytes before `at` stay as they are. Returns the buffer used and where the file's bytes lie in it.
 */
function readFile(path: string, buffer: Buffer, at: number): { buffer: Buffer; start: number; end: number } {
  const fd = openSync(path, 'r');
  try {
    const expected = fstatSync(fd).size;
    if (buffer.length - at <= expected) [buffer, at] = [Buffer.allocUnsafe(Math.max(buffer.length, expected + 1 + (expected >> 3))), 0];
    let [start, end] = [at, at];
    for (;;) {
      if (end === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(buffer.length, (end - start) * 2));
        buffer.copy(grown, 0, start, end);
        [buffer, start, end] = [grown, 0, end - start];
      }
      const read = readSync(fd, buffer, end, buffer.length - end, null);
      end += read;
      if (read === 0 || (expected > 0 && end - start >= expected)) return { buffer, start, end };
    }
  } finally {
    closeSync(fd);
  }
}
