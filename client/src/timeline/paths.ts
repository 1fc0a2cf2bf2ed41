/**
 * Path checks for the timeline panel, kept free of `vscode` so node:test can load them: a file the webview
 * names must lie inside the corpus root, and a document belongs to the nearest corpus above it.
 */
import { isAbsolute, relative, resolve, sep, win32 } from 'node:path';

/**
 * The absolute path of `file` (corpus-relative, `/` separators, as the timeline gives it) when it lies
 * strictly inside `root`; undefined for an absolute path, a NUL byte, or a way out through `..`.
 */
export function resolveInsideRoot(root: string, file: string): string | undefined {
  if (file.length === 0 || file.includes('\0') || isAbsolute(file) || win32.isAbsolute(file)) return undefined;
  const base = resolve(root);
  const target = resolve(base, ...file.split('/'));
  const inside = relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return target;
}

/** Of corpus roots (absolute folder paths), the nearest at or above `path`, as the server picks it. */
export function nearestRoot(roots: readonly string[], path: string): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const inside = relative(resolve(root), resolve(path));
    const contains = inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
    if (contains && (best === undefined || root.length > best.length)) best = root;
  }
  return best;
}
