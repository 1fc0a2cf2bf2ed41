/**
 * A document of about `targetBytes`, made of the bodies of generated documents one after another: the
 * same mix of actor mentions, casualty tags, figures and boilerplate as the corpus, at twenty times the size.
 * Their :event declarations become plain text, so the document declares no event a second time, and its
 * front-matter lists the actors of every document it borrows from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_SOURCE = 5000;
const EVENT_TAG = /:event\[([^\]]*)\]\{[^}]*\}/g;

function split(text) {
  const end = text.indexOf('\n---\n', 4);
  return { frontMatter: text.slice(4, end), body: text.slice(end + 5).trim() };
}

function listedActors(frontMatter) {
  const line = frontMatter.split('\n').find((entry) => entry.startsWith('actors:'));
  return line ? line.slice(line.indexOf('[') + 1, line.lastIndexOf(']')).split(',').map((id) => id.trim()).filter(Boolean) : [];
}

export function buildLargeDocument(corpusDir, targetBytes) {
  const bodies = [];
  const actors = new Set();
  let bytes = 0;
  for (let index = FIRST_SOURCE; bytes < targetBytes; index++) {
    const folder = String(Math.floor(index / 100)).padStart(4, '0');
    const { frontMatter, body } = split(readFileSync(join(corpusDir, 'articles', folder, `doc-${String(index).padStart(5, '0')}.md`), 'utf8'));
    for (const id of listedActors(frontMatter)) actors.add(id);
    const text = body.replace(EVENT_TAG, '$1');
    bodies.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const header = [
    '---',
    'id: lsp-bench-large',
    'title: "Benchmark: a long compiled report"',
    'published: 2025-06-01',
    'source: "Frontier Ledger"',
    'url: https://frontier-ledger.example.org/2025/lsp-bench-large',
    'language: en',
    `actors: [${[...actors].join(', ')}]`,
    '---',
    '',
  ].join('\n');
  return `${header}\n${bodies.join('\n\n')}\n`;
}
