import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, readFile, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WriteExpectation {
  /** The file's `mtimeMs` when it was read; a different value means someone else changed it. */
  expectedMtimeMs?: number;
  /** The file's size in bytes when it was read. */
  expectedSize?: number;
  /** SHA-256 (hex) of the file's bytes when it was read: catches a change that kept both size and modification time. */
  expectedSha256?: string;
}

/** The file changed on disk after it was read, so writing would lose the other change. */
export class FileChangedError extends Error {
  readonly code = 'ECHANGED';
}

/**
 * Replaces a file's content so that readers see either the old or the new file, never a mix: the data (whole,
 * or pieces written as they are made) goes
 * to a temporary file beside the target, is flushed to disk, takes the target's permissions and replaces
 * the target by rename. A symbolic link is followed, so the file it points to is replaced, not the link.
 *
 * With expectations, the file is left alone when it no longer matches them just before the rename (a
 * change in the few microseconds between that check and the rename cannot be detected). A file without
 * write permission is refused, as an in-place write would be, although the rename itself would succeed.
 * On any failure the temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
  options: WriteExpectation = {},
): Promise<void> {
  const expecting = options.expectedMtimeMs !== undefined || options.expectedSize !== undefined || options.expectedSha256 !== undefined;
  const target = await realpath(path).catch(() => path);
  const temp = join(dirname(target), `.${basename(target)}.corpus-lint-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    const original = await statIfExists(target);
    if (original) await access(target, constants.W_OK);
    handle = await open(temp, 'wx', original ? 0o600 : 0o666);
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const piece of data) await handle.writeFile(piece); // each call goes on where the last one ended
    if (original) {
      await handle.chmod(original.mode & 0o7777);
      // Keeps the owner when run as root; anyone else cannot give a file away, and that is no failure.
      await handle.chown(original.uid, original.gid).catch(() => undefined);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (expecting) await assertUnchanged(path, target, options);
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error instanceof FileChangedError ? error : explain(path, error);
  }
  await syncFolder(dirname(target));
}

async function statIfExists(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function assertUnchanged(path: string, target: string, expected: WriteExpectation): Promise<void> {
  const now = await statIfExists(target);
  if (!now) throw changed(path, 'deleted');
  const modified =
    (expected.expectedMtimeMs !== undefined && now.mtimeMs !== expected.expectedMtimeMs) ||
    (expected.expectedSize !== undefined && now.size !== expected.expectedSize);
  if (modified) throw changed(path, 'modified');
  if (expected.expectedSha256 !== undefined && createHash('sha256').update(await readFile(target)).digest('hex') !== expected.expectedSha256) {
    throw changed(path, 'modified');
  }
}

function changed(path: string, how: 'deleted' | 'modified'): FileChangedError {
  return new FileChangedError(`${path} was not written: it was ${how} after corpus-lint read it. Run corpus-lint again.`);
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
};

/** Names the target, not the temporary file that Node's message would mention, and keeps the code. */
function explain(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !(code in REASONS)) return error;
  return Object.assign(new Error(`cannot write ${path}: ${REASONS[code]} (${code})`, { cause: error }), { code });
}

/** Makes the rename itself durable. Not every platform can open a folder (Windows cannot); that is not a failure. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
