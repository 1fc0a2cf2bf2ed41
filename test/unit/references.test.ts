import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorReferencesAt, type ActorLocation } from '../../server/src/service/features/references';
import type { Range } from '../../server/src/service/types';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter } from './harness';

const DOC_A = `${frontMatter('', '[ttp, "pakistan-army"]').replace('test-doc', 'doc-a')}
The Pakistani Taliban claimed the attack; TTP fighters fled.
Later a Tehrik-e-Taliban statement named :actor[the group]{id=ttp}.

:event[Attack on the post]{id=post-attack date=2024-12-20 by="ttp, afghan-taliban" against=pakistan-army}
`;
const DOC_B = `${frontMatter('', "['ttp']").replace('test-doc', 'doc-b')}
A quiet day; Pakistan Army patrols found :casualty[two soldiers]{killed=2 by=ttp against=pakistan-army source="ISPR"} dead.
`;
const DOC_C = `${frontMatter().replace('test-doc', 'doc-c')}
The Afghan Taliban said nothing.
`;

function corpusOf(documents: Record<string, string>, config = CONFIG, registryFile = 'actors.yaml'): CorpusWorkspace {
  const corpus = new CorpusWorkspace({ configSource: config, readRegistry: (file) => (file === registryFile ? REGISTRY : undefined), today: TODAY });
  for (const [file, text] of Object.entries(documents)) corpus.setDocument(file, text);
  return corpus;
}

/** The range of the `nth` occurrence of `needle` in `text` (0 first), which must lie on one line. */
function at(text: string, needle: string, nth = 0): Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `${needle} #${nth} not in the text`);
  }
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

const inside = (range: Range, by = 1) => ({ line: range.start.line, character: range.start.character + by });
const brief = (locations: ActorLocation[] | undefined) => locations?.map(({ file, range, place }) => [file, place, range]);

const TTP_EVERYWHERE = [
  ['actors.yaml', 'registry', at(REGISTRY, 'ttp')],
  ['a.md', 'front-matter', at(DOC_A, 'ttp')],
  ['a.md', 'mention', at(DOC_A, 'Pakistani Taliban')],
  ['a.md', 'mention', at(DOC_A, 'TTP')],
  ['a.md', 'variant', at(DOC_A, 'Tehrik-e-Taliban')],
  ['a.md', 'id', at(DOC_A, 'ttp', 1)],
  ['a.md', 'by', at(DOC_A, 'ttp', 2)],
  ['b.md', 'front-matter', at(DOC_B, 'ttp')],
  ['b.md', 'by', at(DOC_B, 'ttp', 1)],
];

test('from a prose mention, every place of the actor across the corpus, the registry first', () => {
  const corpus = corpusOf({ 'b.md': DOC_B, 'a.md': DOC_A, 'c.md': DOC_C });
  assert.deepEqual(brief(actorReferencesAt(corpus, 'a.md', inside(at(DOC_A, 'Pakistani Taliban'), 5), true)), TTP_EVERYWHERE);
});

test('every kind of place finds the same references', () => {
  const corpus = corpusOf({ 'a.md': DOC_A, 'b.md': DOC_B, 'c.md': DOC_C });
  const starts = [
    ['a.md', inside(at(DOC_A, 'ttp'))],
    ['a.md', inside(at(DOC_A, 'ttp', 1))],
    ['a.md', inside(at(DOC_A, 'ttp', 2))],
    ['a.md', inside(at(DOC_A, 'Tehrik-e-Taliban'))],
    ['b.md', inside(at(DOC_B, 'ttp'), 0)],
    ['actors.yaml', { line: 0, character: 1 }],
  ] as const;
  for (const [file, position] of starts) assert.deepEqual(brief(actorReferencesAt(corpus, file, position, true)), TTP_EVERYWHERE, `${file} ${JSON.stringify(position)}`);
});

test('a quoted front-matter id is found without its quotes', () => {
  const corpus = corpusOf({ 'a.md': DOC_A, 'b.md': DOC_B });
  const armyInA = at(DOC_A, 'pakistan-army');
  assert.deepEqual(brief(actorReferencesAt(corpus, 'a.md', inside(armyInA), false)), [
    ['a.md', 'front-matter', armyInA],
    ['a.md', 'against', at(DOC_A, 'pakistan-army', 1)],
    ['b.md', 'mention', at(DOC_B, 'Pakistan Army')],
    ['b.md', 'against', at(DOC_B, 'pakistan-army')],
  ]);
});

test('without the declaration the registry is left out; a cursor just past an id still finds it', () => {
  const corpus = corpusOf({ 'a.md': DOC_A, 'b.md': DOC_B });
  const byTtp = at(DOC_A, 'ttp', 2);
  assert.deepEqual(brief(actorReferencesAt(corpus, 'a.md', byTtp.end, false)), TTP_EVERYWHERE.slice(1));
});

test('no actor at the position, a file the corpus does not hold, or a registry line that is not a key: no answer', () => {
  const corpus = corpusOf({ 'a.md': DOC_A });
  assert.equal(actorReferencesAt(corpus, 'a.md', inside(at(DOC_A, 'claimed')), true), undefined);
  assert.equal(actorReferencesAt(corpus, 'a.md', { line: 500, character: 0 }, true), undefined);
  assert.equal(actorReferencesAt(corpus, 'missing.md', { line: 0, character: 0 }, true), undefined);
  assert.equal(actorReferencesAt(corpus, 'actors.yaml', { line: 1, character: 4 }, true), undefined);
});

test('an id the registry does not know still has its references, without a definition', () => {
  const doc = `${frontMatter('', '[ttp-typo]')}\n:event[Raid]{id=raid date=2024-12-01 by=ttp-typo}\n`;
  const corpus = corpusOf({ 'a.md': doc });
  assert.deepEqual(brief(actorReferencesAt(corpus, 'a.md', inside(at(doc, 'ttp-typo')), true)), [
    ['a.md', 'front-matter', at(doc, 'ttp-typo')],
    ['a.md', 'by', at(doc, 'ttp-typo', 1)],
  ]);
});

test('the registry named with a path is recognised and listed by its corpus-relative path', () => {
  const corpus = corpusOf({ 'a.md': DOC_A }, `${CONFIG}actors: ./registry/../data/actors.yaml\n`, './registry/../data/actors.yaml');
  const found = actorReferencesAt(corpus, 'data/actors.yaml', { line: 0, character: 0 }, true);
  assert.deepEqual(found?.slice(0, 2).map(({ file, place }) => [file, place]), [
    ['data/actors.yaml', 'registry'],
    ['a.md', 'front-matter'],
  ]);
});

test('references follow an edited document and an edited registry', () => {
  const corpus = corpusOf({ 'a.md': DOC_A, 'b.md': DOC_B });
  corpus.setDocument('b.md', DOC_B.replace("['ttp']", '[]').replace('by=ttp ', ''));
  assert.deepEqual(brief(actorReferencesAt(corpus, 'a.md', inside(at(DOC_A, 'ttp')), true))?.map(([file]) => file), ['actors.yaml', ...Array(6).fill('a.md')]);
  corpus.setRegistry('actors.yaml', `# a comment line first\n${REGISTRY}`);
  assert.deepEqual(actorReferencesAt(corpus, 'a.md', inside(at(DOC_A, 'ttp')), true)?.[0].range, at(`\n${REGISTRY}`, 'ttp'));
});
