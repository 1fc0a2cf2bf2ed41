/** The real texts the fuzzers start from: the example corpus and the raw scraped articles. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/corpus');
const SEEDS = process.env.FUZZ_SEEDS_DIR ?? join(ROOT, '../shared/seeds');

function filesUnder(folder: string, ending: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

/** Example articles (front-matter and tags) and raw scraped pages (no front-matter), as text. */
export const SEED_DOCUMENTS: readonly string[] = [
  ...filesUnder(join(EXAMPLE, 'articles'), '.md'),
  ...filesUnder(SEEDS, '.txt'),
].map((path) => readFileSync(path).toString('utf8'));

export const EXAMPLE_REGISTRY = readFileSync(join(EXAMPLE, 'actors.yaml'), 'utf8');
export const EXAMPLE_CONFIG = readFileSync(join(EXAMPLE, 'corpus.yaml'), 'utf8');

if (SEED_DOCUMENTS.length === 0) throw new Error('No seed documents found for the fuzzers.');
