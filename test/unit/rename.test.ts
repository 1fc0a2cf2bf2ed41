import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareRename, renameAt, type FileEdits } from '../../server/src/service/features/rename';
import type { Position } from '../../server/src/service/types';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, applyTextEdits, frontMatter, rangeOf } from './harness';

const DOC_A = `${frontMatter('', '[ttp, "pakistan-army"]').replace('test-doc', 'doc-a')}
The Pakistani Taliban claimed the attack; TTP fighters fled.
A statement named :actor[the group]{id=ttp} again.

:event[Attack on the post]{id=post-attack date=2024-12-20 by="afghan-taliban, ttp" against=pakistan-army}
`;
const DOC_B = `${frontMatter('', "\n  - 'ttp'\n  - afghan-taliban").replace('test-doc', 'doc-b')}
Soldiers died: :casualty[two soldiers]{killed=2 by=ttp against=pakistan-army source="ISPR"}.
`;

function corpusOf(registry = REGISTRY): { corpus: CorpusWorkspace; texts: Map<string, string> } {
  const texts = new Map([
    ['actors.yaml', registry],
    ['a.md', DOC_A],
    ['b.md', DOC_B],
  ]);
  const corpus = new CorpusWorkspace({ configSource: CONFIG, readRegistry: (file) => texts.get(file), today: TODAY });
  for (const file of ['a.md', 'b.md']) corpus.setDocument(file, texts.get(file)!);
  return { corpus, texts };
}

/** The position `by` characters into the `nth` occurrence of `needle` (0 first). */
function find(text: string, needle: string, nth = 0, by = 1): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} #${nth} not in the text`);
  const before = text.slice(0, offset + by).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyAll(texts: Map<string, string>, changes: FileEdits[]): Map<string, string> {
  const result = new Map(texts);
  for (const { file, edits } of changes) result.set(file, applyTextEdits(texts.get(file)!, edits));
  return result;
}

test('prepareRename gives the id under the cursor without quotes', () => {
  const { corpus } = corpusOf();
  assert.deepEqual(prepareRename(corpus, 'a.md', find(DOC_A, 'ttp', 1)), { range: rangeOf(DOC_A, 'ttp', 1), placeholder: 'ttp' });
  assert.deepEqual(prepareRename(corpus, 'a.md', find(DOC_A, 'pakistan-army', 0, 0)), { range: rangeOf(DOC_A, 'pakistan-army'), placeholder: 'pakistan-army' });
  assert.deepEqual(prepareRename(corpus, 'b.md', find(DOC_B, 'ttp')), { range: rangeOf(DOC_B, 'ttp'), placeholder: 'ttp' });
  assert.deepEqual(prepareRename(corpus, 'actors.yaml', { line: 7, character: 3 }), { range: rangeOf(REGISTRY, 'afghan-taliban'), placeholder: 'afghan-taliban' });
});

test('prepareRename refuses a name in the prose and an id the registry does not know, and has nothing elsewhere', () => {
  const { corpus } = corpusOf();
  const onName = prepareRename(corpus, 'a.md', find(DOC_A, 'Pakistani Taliban'));
  assert.ok(onName && 'error' in onName && /name in the text, not an actor id/.test(onName.error), JSON.stringify(onName));
  assert.ok(onName && 'error' in onName && onName.error.includes('`ttp`'));
  corpus.setDocument('c.md', `${frontMatter('', '[ttp-typo]').replace('test-doc', 'doc-c')}`);
  const unknown = prepareRename(corpus, 'c.md', { line: 5, character: 10 });
  assert.deepEqual(unknown, { error: '`ttp-typo` is not an actor of the registry, so there is no actor to rename.' });
  assert.equal(prepareRename(corpus, 'a.md', find(DOC_A, 'claimed')), undefined);
  assert.equal(prepareRename(corpus, 'actors.yaml', { line: 1, character: 4 }), undefined);
  assert.equal(prepareRename(corpus, 'missing.md', { line: 0, character: 0 }), undefined);
});

test('rename edits the registry key, every front-matter list and every tag attribute, and no prose', () => {
  const { corpus, texts } = corpusOf();
  const changes = renameAt(corpus, 'a.md', find(DOC_A, 'ttp', 2), 'pakistani-taliban');
  assert.ok(Array.isArray(changes));
  assert.deepEqual(changes.map((change) => change.file), ['actors.yaml', 'a.md', 'b.md']);
  const renamed = applyAll(texts, changes);
  assert.equal(renamed.get('actors.yaml'), REGISTRY.replace('ttp:', 'pakistani-taliban:'));
  assert.equal(
    renamed.get('a.md'),
    DOC_A.replace('[ttp,', '[pakistani-taliban,').replace('id=ttp}', 'id=pakistani-taliban}').replace('afghan-taliban, ttp"', 'afghan-taliban, pakistani-taliban"'),
  );
  assert.equal(renamed.get('b.md'), DOC_B.replace("'ttp'", "'pakistani-taliban'").replace('by=ttp', 'by=pakistani-taliban'));
});

test('after a rename is applied the diagnostics are as before and the new id is an actor', () => {
  const { corpus, texts } = corpusOf();
  const rules = () => ['a.md', 'b.md'].flatMap((file) => corpus.diagnostics(file).map((d) => `${file} ${d.rule} ${d.range.start.line}`));
  const before = rules();
  const changes = renameAt(corpus, 'actors.yaml', { line: 0, character: 0 }, 'tehreek');
  assert.ok(Array.isArray(changes));
  const renamed = applyAll(texts, changes);
  corpus.setRegistry('actors.yaml', renamed.get('actors.yaml'));
  for (const file of ['a.md', 'b.md']) corpus.setDocument(file, renamed.get(file)!);
  assert.deepEqual(rules(), before);
  assert.deepEqual(prepareRename(corpus, 'a.md', find(renamed.get('a.md')!, 'tehreek')), { range: rangeOf(renamed.get('a.md')!, 'tehreek'), placeholder: 'tehreek' });
});

test('a new id must be valid and free; the same id changes nothing', () => {
  const { corpus } = corpusOf();
  const at = find(DOC_A, 'ttp', 1);
  for (const bad of ['TTP', '-ttp', 'ttp group', 'ttp_2', '']) {
    const refused = renameAt(corpus, 'a.md', at, bad);
    assert.ok(refused && 'error' in refused && refused.error.includes('is not a valid actor id'), `${bad}: ${JSON.stringify(refused)}`);
  }
  assert.deepEqual(renameAt(corpus, 'a.md', at, 'afghan-taliban'), { error: '`afghan-taliban` is already the id of another actor in the registry.' });
  assert.deepEqual(renameAt(corpus, 'a.md', at, 'ttp'), []);
  const onName = renameAt(corpus, 'a.md', find(DOC_A, 'TTP fighters'), 'tehreek');
  assert.ok(onName && 'error' in onName);
});

test('a quoted registry key is replaced whole', () => {
  const registry = REGISTRY.replace('ttp:', '"ttp":');
  const { corpus, texts } = corpusOf(registry);
  const changes = renameAt(corpus, 'b.md', find(DOC_B, 'by=ttp', 0, 4), 'tehreek');
  assert.ok(Array.isArray(changes));
  assert.equal(applyAll(texts, changes).get('actors.yaml'), REGISTRY.replace('ttp:', 'tehreek:'));
});

test('an event id renames at every :event id= and :casualty event= that names it, in every document', () => {
  const texts = new Map([
    ['a.md', `${frontMatter().replace('test-doc', 'doc-a')}\n:event[Strike]{id=kurram-strike date=2024-12-20}\n:event[Other]{id=other-event date=2024-12-21}\n`],
    ['b.md', `${frontMatter().replace('test-doc', 'doc-b')}\n:casualty[3 killed]{killed=3 event="kurram-strike"} and :casualty[2 hurt]{injured=2 event=kurram-strike}.\n`],
    ['c.md', `${frontMatter().replace('test-doc', 'doc-c')}\n:casualty[5 killed]{killed=5 event=other-event}; kurram-strike in the prose stays.\n`],
  ]);
  const corpus = new CorpusWorkspace({ configSource: CONFIG, readRegistry: () => REGISTRY, today: TODAY });
  for (const [file, text] of texts) corpus.setDocument(file, text);
  const fromReport = find(texts.get('b.md')!, 'kurram-strike', 1);
  assert.deepEqual(prepareRename(corpus, 'b.md', fromReport), { range: rangeOf(texts.get('b.md')!, 'kurram-strike', 1), placeholder: 'kurram-strike' });
  const changes = renameAt(corpus, 'b.md', fromReport, 'kurram-strike-2024-12');
  assert.ok(Array.isArray(changes));
  assert.deepEqual(changes.map(({ file }) => file).sort(), ['a.md', 'b.md']);
  const renamed = applyAll(texts, changes);
  assert.equal(renamed.get('a.md'), texts.get('a.md')!.replace('id=kurram-strike', 'id=kurram-strike-2024-12'));
  assert.equal(renamed.get('b.md'), texts.get('b.md')!.replaceAll('kurram-strike', 'kurram-strike-2024-12'));
  const fromDeclaration = find(texts.get('a.md')!, 'kurram-strike');
  assert.deepEqual(renameAt(corpus, 'a.md', fromDeclaration, 'other-event'), { error: '`other-event` is already the id of another event; renaming would merge the two.' });
  assert.deepEqual(renameAt(corpus, 'a.md', fromDeclaration, 'Kurram Strike'), {
    error: '`Kurram Strike` is not a valid event id: use lower-case letters, digits and hyphens, starting with a letter or digit.',
  });
  assert.deepEqual(renameAt(corpus, 'a.md', fromDeclaration, 'kurram-strike'), []);
  assert.equal(prepareRename(corpus, 'c.md', find(texts.get('c.md')!, 'kurram-strike')), undefined, 'an id in the prose is no event id');
});
