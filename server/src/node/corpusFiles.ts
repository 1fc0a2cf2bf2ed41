import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { CorpusConfig } from '../service/config';

export const CONFIG_FILE = 'corpus.yaml';

/** The folder of the nearest corpus.yaml at or above `path`, or undefined. */
export function findCorpusRoot(path: string): string | undefined {
  let dir = resolve(path);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Corpus-relative paths (with `/`) of the documents corpus.yaml selects, sorted. */
export function listDocuments(root: string, config: CorpusConfig): string[] {
  return globSync(config.documents, {
    cwd: root,
    ignore: [...config.exclude, '**/node_modules/**', '**/.git/**'],
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
  }).sort();
}

export function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}
