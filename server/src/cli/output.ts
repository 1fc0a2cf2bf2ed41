/** Where a command's output goes: standard output, or a file replaced only once the output is complete. */
import { resolve } from 'node:path';
import { writeFileAtomic } from './writeFileAtomic';

/** The non-empty pieces, the last one ending with a line break (or a line break after it). */
export function* endingWithLineBreak(pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let last: string | Uint8Array | undefined;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    if (last !== undefined) yield last;
    last = piece;
  }
  if (last === undefined) return;
  yield last;
  if (!endsWithLineBreak(last)) yield '\n';
}

/**
 * Writes the pieces as they come (a piece may be made only when asked for) to standard output, or to the
 * file `out`, which is replaced only once every piece is written. Resolves once the last piece is written,
 * with false when the file could not be written (said on standard error).
 */
export async function writeOut(pieces: Iterable<string | Uint8Array>, out: string | undefined): Promise<boolean> {
  if (out !== undefined) {
    try {
      await writeFileAtomic(resolve(out), pieces);
      return true;
    } catch (error) {
      process.stderr.write(`corpus-lint: could not write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return false;
    }
  }
  let last: string | Uint8Array | undefined;
  for (const piece of pieces) {
    if (last !== undefined) process.stdout.write(last);
    last = piece;
  }
  if (last === undefined) return true;
  const final = last;
  await new Promise<void>((done) => process.stdout.write(final, () => done()));
  return true;
}

function endsWithLineBreak(piece: string | Uint8Array): boolean {
  return typeof piece === 'string' ? piece.endsWith('\n') : piece[piece.length - 1] === 0x0a;
}
