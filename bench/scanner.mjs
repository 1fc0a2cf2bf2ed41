/**
 * `npm run bench:scanner`: why the Markdown scanner is hand-written. Reads every document of the generated
 * corpus once with micromark and its directive extension (the parser markdownlint uses, events only, no
 * tree) and once with corpus-lint's own document parser (front-matter, block and inline scan, tags), and
 * prints the time and throughput of each. Both run in this process on the same texts after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, postprocess, preprocess } from 'micromark';
import { directive } from 'micromark-extension-directive';
import { globSync } from 'tinyglobby';
import { parseCorpusDocument } from '../server/src/service/document.ts';
import { DEFAULT_OPTIONS, formatSummary, generateCorpus } from './generate.mjs';

const root = join(fileURLToPath(new URL('..', import.meta.url)), DEFAULT_OPTIONS.dir);
console.log(formatSummary(generateCorpus({ dir: root })));
const texts = globSync('articles/**/*.md', { cwd: root, absolute: true }).map((file) => readFileSync(file, 'utf8'));
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

function measure(name, read) {
  for (const text of texts.slice(0, 300)) read(text);
  const started = performance.now();
  for (const text of texts) read(text);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name.padEnd(42)} ${seconds.toFixed(2).padStart(6)} s  ${(megabytes / seconds).toFixed(1).padStart(6)} MB/s`);
}

console.log(`${texts.length} documents, ${megabytes.toFixed(1)} MB`);
measure('micromark + directive extension (events)', (text) => postprocess(parse({ extensions: [directive()] }).document().write(preprocess()(text, undefined, true))));
measure('corpus-lint document parser', (text) => parseCorpusDocument('document.md', text));
