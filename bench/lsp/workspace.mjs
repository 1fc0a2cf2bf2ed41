/**
 * The folder the language-server benchmark opens: the generated corpus, hard-linked file by file so it
 * costs no disk space and `npm run bench` keeps its own folder untouched, plus one 100 KB document that
 * the benchmark edits (in memory only: edits are never saved).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildLargeDocument } from './largeDocument.mjs';

const MARKER = '.lsp-bench.json';
export const LARGE_DOCUMENT = 'articles/lsp-bench/large.md';

function listFiles(root, folder = '') {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

function linkOrCopy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Makes (or reuses, when it was made from the same generated corpus) the benchmark workspace at `dir`.
 * @returns {{dir: string, largeFile: string, largeText: string, reused: boolean}}
 */
export function prepareWorkspace(corpusDir, dir, targetBytes) {
  const source = readFileSync(join(corpusDir, '.generated.json'), 'utf8');
  const wanted = JSON.stringify({ source, targetBytes });
  const largeFile = join(dir, LARGE_DOCUMENT);
  let marker;
  try {
    marker = readFileSync(join(dir, MARKER), 'utf8');
  } catch {
    marker = undefined;
  }
  if (marker === wanted && existsSync(largeFile)) return { dir, largeFile, largeText: readFileSync(largeFile, 'utf8'), reused: true };

  rmSync(dir, { recursive: true, force: true });
  for (const file of listFiles(corpusDir)) {
    if (file !== '.generated.json') linkOrCopy(join(corpusDir, file), join(dir, file));
  }
  const largeText = buildLargeDocument(corpusDir, targetBytes);
  mkdirSync(dirname(largeFile), { recursive: true });
  writeFileSync(largeFile, largeText);
  writeFileSync(join(dir, MARKER), wanted);
  return { dir, largeFile, largeText, reused: false };
}
