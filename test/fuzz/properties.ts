/** The fuzz properties, shared by the short campaign of `npm test` and the long one of `npm run fuzz`. */
import fc from 'fast-check';
import { randomDocument, mutatedDocument } from './arbitraries/documents';
import { aliasBomb, deepNesting } from './arbitraries/frontMatter';
import { registry } from './arbitraries/registry';
import { checkBytes, mutatedBytes } from './bytes';
import { checkEachFix, roundsToFixedPoint } from './fixes';
import { checkIncremental, type Edit } from './incremental';
import { checkCorpus } from './invariants';
import { EXAMPLE_CONFIG, EXAMPLE_REGISTRY, SEED_DOCUMENTS } from './sources';
import type { FuzzCorpus } from './corpus';

export interface FuzzProperty {
  name: string;
  property: fc.IProperty<[unknown]>;
  /** Runs in the short campaign, relative to the others (some inputs cost more). */
  weight: number;
}

/** Makes fast-check print a failing corpus as `describe` says, instead of the long texts every input shares. */
function shown(corpus: FuzzCorpus, describe: () => string): FuzzCorpus {
  return Object.defineProperty(corpus, fc.toStringMethod, { value: describe, enumerable: false });
}

/** A mutated document beside an unchanged seed, so that corpus-wide rules (duplicates) have a partner. */
const mutatedCorpus: fc.Arbitrary<FuzzCorpus> = fc
  .tuple(mutatedDocument, fc.constantFrom(...SEED_DOCUMENTS))
  .map(([doc, partner]) => shown({ config: EXAMPLE_CONFIG, registry: EXAMPLE_REGISTRY, documents: { 'a.md': doc, 'b.md': partner } }, () => `a.md = ${JSON.stringify(doc)}`));

const CONFIG_PIECES = ['name: T', 'documents: ["**/*.md"]', 'actors: actors.yaml', 'actors: missing.yaml', 'rules: {actor/variant: off}', 'rules: {casualty/untagged: hint}', 'rules: {nope: error}', 'nearDuplicateThreshold: 0', 'nearDuplicateThreshold: 1', 'nearDuplicateThreshold: -1', 'frontMatter: {required: []}', 'frontMatter: {fields: {region: {type: enum, values: [a]}}}', 'unknown: 1', '[', ': x'];

/** An entry whose fields include `yaml`, indented under it. */
function insideEntry(yaml: string): string {
  return `bomb:\n  name: Bomb\n  type: other\n${yaml.replace(/^/gm, '  ')}\n`;
}

/** A random registry, a document built from its names, and a possibly broken corpus.yaml. */
const randomCorpus: fc.Arbitrary<FuzzCorpus> = registry.chain((reg) =>
  fc
    .tuple(
      fc.array(randomDocument(reg.forms), { minLength: 1, maxLength: 3 }),
      fc.subarray(CONFIG_PIECES),
      fc.option(fc.tuple(fc.oneof(aliasBomb, deepNesting), fc.constantFrom('registry', 'entry', 'config')), { freq: 6 }),
    )
    .map(([docs, pieces, bomb]) => ({
      config: ['name: T', ...pieces, ...(bomb?.[1] === 'config' ? [bomb[0]] : [])].join('\n'),
      registry: bomb === null || bomb[1] === 'config' ? reg.source : bomb[1] === 'registry' ? `${reg.source}${bomb[0]}\n` : `${reg.source}${insideEntry(bomb[0])}`,
      documents: Object.fromEntries(docs.map((doc, i) => [`d${i}.md`, doc])),
    }))
    .map((corpus) => shown(corpus, () => JSON.stringify(corpus))),
);

/** A sequence of edits to a corpus of files a.md, b.md and c.md, its registry and its corpus.yaml. */
const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('document' as const), file: fc.constantFrom('a.md', 'b.md', 'c.md'), text: fc.option(mutatedDocument, { freq: 6, nil: undefined }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('registry' as const), text: fc.option(registry.map((r) => r.source), { freq: 4, nil: undefined }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('config' as const), text: fc.constantFrom(EXAMPLE_CONFIG, 'name: T\n', 'name: T\nrules: {actor/variant: off}\n', 'name: T\nactors: other.yaml\n', '[') }) },
  ),
  { maxLength: 6 },
);

/** Positions where editors ask for hovers and definitions, some past the end of the line or the text. */
const positions = fc.array(fc.record({ line: fc.integer({ min: -1, max: 60 }), character: fc.integer({ min: -1, max: 200 }) }), { maxLength: 8 });

const openThenEdited = fc.tuple(mutatedCorpus, edits, positions);

export { stats } from './stats';

export const PROPERTIES: FuzzProperty[] = [
  { name: 'mutated documents: nothing throws or is logged, every range lies inside its file', property: fc.property(mutatedCorpus, checkCorpus), weight: 3 },
  { name: 'random registries, configs and documents: the same invariants', property: fc.property(randomCorpus, checkCorpus), weight: 3 },
  { name: 'mutated bytes: readable files decode and encode to the same bytes, unreadable ones say so', property: fc.property(mutatedBytes, checkBytes), weight: 2 },
  {
    name: 'edits to an open workspace: the same answers as a workspace opened fresh on the final texts',
    property: fc.property(openThenEdited, ([corpus, changes, where]) => checkIncremental(corpus, changes, where)),
    weight: 1,
  },
  { name: 'mutated documents: each fix alone removes its diagnostic and keeps the text parseable', property: fc.property(mutatedCorpus, (c) => checkEachFix(c, 'a.md')), weight: 1 },
  { name: 'random documents: each fix alone removes its diagnostic and keeps the text parseable', property: fc.property(randomCorpus, (c) => checkEachFix(c, 'd0.md')), weight: 1 },
  { name: 'mutated documents: applying all fixes keeps the front-matter and settles within the --fix round limit', property: fc.property(mutatedCorpus, (c) => void roundsToFixedPoint(c, 'a.md')), weight: 1 },
  { name: 'random documents: applying all fixes keeps the front-matter and settles within the --fix round limit', property: fc.property(randomCorpus, (c) => void roundsToFixedPoint(c, 'd0.md')), weight: 1 },
];
