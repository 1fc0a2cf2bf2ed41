/**
 * Writes the deterministic benchmark corpus: corpus.yaml, an actor registry and Markdown documents.
 *
 *   node bench/generate.mjs [DIR] [--seed N] [--actors N] [--documents N]
 *
 * A marker file records the parameters and a hash of the generator's code; when it matches, the folder
 * is reused as it is. Without a marker, an existing non-empty folder is never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { actorsYaml, generateActors } from './generator/actors.mjs';
import { editedCopy, generateDocument, generateEvents, renderDocument } from './generator/documents.mjs';
import { createRandom } from './generator/random.mjs';

export const DEFAULT_OPTIONS = { dir: '.bench/corpus', seed: 1, actors: 5000, documents: 10000 };

const MARKER = '.generated.json';
const NEAR_DUPLICATE_SHARE = 0.01;
const DUPLICATE_ID_SHARE = 0.0005;
const EVENTS_PER_DOCUMENT = 0.3;
const CORPUS_YAML = 'name: Synthetic benchmark corpus\ndocuments: ["articles/**/*.md"]\n';

/** Changing any file of the generator changes this, so a stale corpus is regenerated. */
function generatorHash() {
  const generatorDir = fileURLToPath(new URL('generator/', import.meta.url));
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const name of readdirSync(generatorDir).sort()) hash.update(readFileSync(join(generatorDir, name)));
  return hash.digest('hex');
}

function readMarker(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function documentPath(index) {
  const folder = String(Math.floor(index / 100)).padStart(4, '0');
  return join('articles', folder, `doc-${String(index).padStart(5, '0')}.md`);
}

function writeCorpus(dir, { seed, actors: actorCount, documents: documentCount }) {
  const random = createRandom(seed);
  const actors = generateActors(random, actorCount);
  const events = generateEvents(random, actors, Math.round(documentCount * EVENTS_PER_DOCUMENT));
  const context = { actors, events };
  const written = [];
  let nearDuplicates = 0;
  let duplicateIds = 0;
  let bytes = 0;
  const write = (path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    bytes += Buffer.byteLength(text);
  };

  write('corpus.yaml', CORPUS_YAML);
  write('actors.yaml', actorsYaml(actors));
  for (let index = 0; index < documentCount; index++) {
    let document;
    if (index > 0 && random.chance(NEAR_DUPLICATE_SHARE)) {
      document = editedCopy(random, random.pick(written), index, random.chance(0.3));
      nearDuplicates++;
    } else {
      document = generateDocument(random, context, index);
    }
    if (index > 0 && random.chance(DUPLICATE_ID_SHARE)) {
      document.frontMatter.id = random.pick(written).frontMatter.id;
      duplicateIds++;
    }
    written.push(document);
    write(documentPath(index), renderDocument(document));
  }
  return { files: documentCount + 2, bytes, nearDuplicates, duplicateIds };
}

/**
 * Generates the corpus into `options.dir` (relative to the current folder) unless a matching one is there.
 * @returns {{dir: string, reused: boolean, seconds: number, seed: number, actors: number, documents: number,
 *   files: number, bytes: number, nearDuplicates: number, duplicateIds: number}}
 */
export function generateCorpus(options = {}) {
  const started = performance.now();
  const { dir: folder, ...parameters } = { ...DEFAULT_OPTIONS, ...options };
  const dir = resolve(folder);
  const wanted = { ...parameters, generator: generatorHash() };
  const marker = readMarker(dir);
  const matches = marker !== undefined && Object.entries(wanted).every(([key, value]) => marker[key] === value);
  if (matches) return { dir, reused: true, seconds: (performance.now() - started) / 1000, ...marker };

  if (marker !== undefined) rmSync(dir, { recursive: true, force: true });
  else if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} exists and was not written by this generator; choose another folder or empty it`);
  }
  const counts = writeCorpus(dir, parameters);
  writeFileSync(join(dir, MARKER), `${JSON.stringify({ ...wanted, ...counts }, null, 2)}\n`);
  return { dir, reused: false, seconds: (performance.now() - started) / 1000, ...wanted, ...counts };
}

export function formatSummary(summary) {
  const n = (value) => value.toLocaleString('en-US');
  const where = relative(process.cwd(), summary.dir) || '.';
  const verb = summary.reused ? 'Reused' : 'Generated';
  return (
    `${verb} ${where}: ${n(summary.files)} files, ${(summary.bytes / 1e6).toFixed(1)} MB ` +
    `(${n(summary.actors)} actors, ${n(summary.documents)} documents, ${n(summary.nearDuplicates)} near-duplicates, ` +
    `${n(summary.duplicateIds)} duplicate ids, seed ${summary.seed}) in ${summary.seconds.toFixed(1)} s`
  );
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, actors: { type: 'string' }, documents: { type: 'string' } },
  });
  const options = { dir: positionals[0] ?? DEFAULT_OPTIONS.dir };
  for (const [key, text] of Object.entries(values)) {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${key} must be a positive integer, got ${text}`);
    options[key] = value;
  }
  console.log(formatSummary(generateCorpus(options)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exitCode = 2;
  }
}
