import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOffsetEdits, toOffsetEdits } from '../../server/src/service/applyEdits';
import { quickFixes } from '../../server/src/service/features/codeActions';
import { fixAll } from '../../server/src/service/features/fixAll';
import { definitionAt } from '../../server/src/service/features/definition';
import { hoverAt } from '../../server/src/service/features/hover';
import { timelineJson } from '../../server/src/service/features/timeline';
import { decodeSource } from '../../server/src/service/source';
import { CorpusWorkspace } from '../../server/src/service/workspace';
import { CONFIG, REGISTRY, TODAY, frontMatter } from './harness';

/** Line 5 is `actors: [ttp]`, line 8 the variant, line 10 the :event tag. */
const VARIANT_DOC = `${frontMatter('', '[ttp]')}
Fighters of the Tehreek e Taliban Pakistan attacked a post.

:event[Attack on the post]{id=post-attack date=2024-12-20 by=ttp against=pakistan-army}
`;
const FIXED_DOC = VARIANT_DOC.replace('Tehreek e Taliban', 'Tehreek-e-Taliban');

function workspace(registry = REGISTRY, config = CONFIG): CorpusWorkspace {
  return new CorpusWorkspace({ configSource: config, readRegistry: (file) => (file === 'actors.yaml' ? registry : undefined), today: TODAY });
}

const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

test('a document gets its own diagnostics, with LSP ranges', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', VARIANT_DOC);
  assert.deepEqual(
    corpus.diagnostics('a.md').map((d) => [d.rule, d.range]),
    [
      ['actor/variant', range(8, 16, 42)],
      ['actor/not-listed', range(10, 73, 86)],
    ],
  );
});

test('a changed document is analysed again; an unchanged one keeps its analysis', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', VARIANT_DOC);
  const quietDay = `${frontMatter().replace('test-doc', 'other-doc')}\nA quiet day at the border.\n`;
  corpus.setDocument('b.md', quietDay);
  const b = corpus.document('b.md');
  corpus.setDocument('a.md', FIXED_DOC);
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => d.rule), ['actor/not-listed']);
  assert.equal(corpus.document('b.md'), b);
  corpus.setDocument('b.md', quietDay);
  assert.equal(corpus.document('b.md'), b);
  corpus.setDocument('b.md', `${quietDay}More later.\n`);
  assert.notEqual(corpus.document('b.md'), b);
});

test('corpus-wide diagnostics follow the documents they depend on', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', FIXED_DOC);
  corpus.setDocument('b.md', FIXED_DOC.replace('a post', 'a checkpoint'));
  assert.deepEqual(corpus.diagnostics('b.md').map((d) => [d.rule, d.range, d.related?.map((r) => r.file)]).filter(([rule]) => rule === 'corpus/duplicate-id'), [
    ['corpus/duplicate-id', range(1, 4, 12), ['a.md']],
  ]);
  corpus.removeDocument('a.md');
  assert.deepEqual(corpus.diagnostics('b.md').map((d) => d.rule), ['actor/not-listed']);
  assert.deepEqual(corpus.diagnostics('a.md'), []);
});

test('a document keeps its list of corpus-wide diagnostics until they are worked out again, so that a publisher can tell which changed', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', FIXED_DOC);
  corpus.setDocument('b.md', FIXED_DOC.replace('a post', 'a checkpoint'));
  const other = FIXED_DOC.replace('id: test-doc', 'id: other-doc').replace('post-attack', 'other-attack');
  corpus.setDocument('c.md', other);
  corpus.setDocument('d.md', other.replace('a post', 'a convoy'));
  const before = corpus.corpusWideDiagnostics();
  assert.ok(before.get('b.md')?.length && before.get('d.md')?.length, 'both pairs share an id');
  corpus.setDocument('a.md', FIXED_DOC.replace('id: test-doc', 'id: fresh-doc').replace('post-attack', 'fresh-attack'));
  const after = corpus.corpusWideDiagnostics();
  assert.notEqual(after.get('b.md'), before.get('b.md'), 'b.md no longer shares its id');
  assert.equal(after.get('d.md'), before.get('d.md'), 'the same list for d.md');
  assert.equal(after.get('c.md'), before.get('c.md'), 'the same list for c.md');
});

test('a file that is not UTF-8 is reported, and checked once it is', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', decodeSource(new Uint8Array([...new TextEncoder().encode(FIXED_DOC), 0x96])));
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => [d.rule, d.range.start]), [['document/unreadable', { line: 11, character: 0 }]]);
  assert.equal(corpus.document('a.md'), undefined);
  corpus.setDocument('a.md', FIXED_DOC);
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => d.rule), ['actor/not-listed']);
});

test('the timeline is rebuilt only after a change', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', FIXED_DOC);
  const first = corpus.timeline();
  assert.deepEqual(first.entries.map((entry) => [entry.id, entry.date.value]), [['post-attack', '2024-12-20'], ['a.md', '2024-12-26']]);
  assert.equal(corpus.timeline(), first);
  corpus.setDocument('a.md', FIXED_DOC.replace('date=2024-12-20', 'date=2024-12-21'));
  assert.deepEqual(corpus.timeline().entries.map((entry) => entry.date.value), ['2024-12-21', '2024-12-26']);
  assert.deepEqual(corpus.summaries().map((summary) => summary.file), ['a.md']);
});

test('a new configuration changes severities and its own diagnostics', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', VARIANT_DOC);
  corpus.setConfig('name: Test corpus\nrules:\n  actor/variant: off\n  actor/not-listed: error\nunknownKey: 1\n');
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => [d.rule, d.severity]), [['actor/not-listed', 'error']]);
  assert.deepEqual(corpus.fileDiagnostics().get('corpus.yaml')?.map((d) => [d.rule, d.range.start.line]), [['config/invalid', 4]]);
});

test('a registry edited in memory replaces the one on disk', () => {
  const corpus = workspace(REGISTRY.replace(/pakistan-army:[\s\S]*?country: PK\n/, ''));
  corpus.setDocument('a.md', FIXED_DOC);
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => [d.rule, d.range]), [['actor/unknown', range(10, 73, 86)]]);
  corpus.setRegistry('actors.yaml', REGISTRY);
  assert.deepEqual(corpus.diagnostics('a.md').map((d) => d.rule), ['actor/not-listed']);
  corpus.setRegistry('actors.yaml', 'ttp: [not, a, mapping]\n');
  assert.deepEqual(corpus.fileDiagnostics().get('actors.yaml')?.map((d) => d.rule), ['registry/invalid']);
});

test('hover on an actor name, a variant and an id shows the registry card', () => {
  const corpus = workspace(`${REGISTRY}isi:\n  name: Inter-Services Intelligence\n  short: ISI\n  type: state\n  description: Pakistan's [intelligence] agency\n  wikidata: Q727542\n`);
  corpus.setDocument('a.md', `${VARIANT_DOC}\nThe ISI was not named.\n`);
  const ttpCard = [
    '**Tehreek\\-e\\-Taliban Pakistan** `ttp`',
    '',
    '*armed group · PK*',
    '',
    'Also: TTP, Pakistani Taliban',
    '',
    'Mentioned in 1 document',
  ].join('\n');
  assert.deepEqual(hoverAt(corpus, 'a.md', { line: 8, character: 20 }), { markdown: ttpCard, range: range(8, 16, 42) });
  assert.deepEqual(hoverAt(corpus, 'a.md', { line: 5, character: 9 }), { markdown: ttpCard, range: range(5, 9, 12) });
  assert.equal(hoverAt(corpus, 'a.md', { line: 10, character: 63 })?.range.start.character, 61);
  assert.deepEqual(hoverAt(corpus, 'a.md', { line: 12, character: 5 })?.markdown.split('\n'), [
    '**Inter\\-Services Intelligence** `isi`',
    '',
    '*state*',
    '',
    'Also: ISI',
    '',
    "Pakistan's \\[intelligence\\] agency",
    '',
    '[Wikidata Q727542](https://www.wikidata.org/wiki/Q727542)',
    '',
    'Mentioned in 1 document',
  ]);
  assert.equal(hoverAt(corpus, 'a.md', { line: 8, character: 2 }), undefined);
  assert.equal(hoverAt(corpus, 'missing.md', { line: 0, character: 0 }), undefined);
});

test('an actor goes to its id in the registry', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', VARIANT_DOC);
  assert.deepEqual(definitionAt(corpus, 'a.md', { line: 10, character: 80 }), { originRange: range(10, 73, 86), file: 'actors.yaml', range: range(11, 0, 13) });
  assert.deepEqual(definitionAt(corpus, 'a.md', { line: 5, character: 10 })?.range, range(0, 0, 3));
  assert.equal(definitionAt(corpus, 'a.md', { line: 8, character: 2 }), undefined);
  corpus.setRegistry('actors.yaml', undefined);
  assert.equal(definitionAt(corpus, 'a.md', { line: 5, character: 10 }), undefined);
});

test('quick fixes are the fixes of the diagnostics the range touches', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', VARIANT_DOC);
  assert.deepEqual(quickFixes(corpus, 'a.md', range(8, 20, 20)).map(({ title, edits, isPreferred, diagnostic }) => ({ title, edits, isPreferred, rule: diagnostic.rule })), [
    { title: 'Write "Tehreek-e-Taliban Pakistan"', edits: [{ range: range(8, 16, 42), newText: 'Tehreek-e-Taliban Pakistan' }], isPreferred: true, rule: 'actor/variant' },
  ]);
  assert.deepEqual(quickFixes(corpus, 'a.md', { start: { line: 0, character: 0 }, end: { line: 11, character: 0 } }).map((fix) => [fix.diagnostic.rule, fix.isPreferred]), [
    ['actor/variant', false],
    ['actor/not-listed', false],
  ]);
  assert.deepEqual(quickFixes(corpus, 'a.md', range(9, 0, 0)), []);
});

test('the timeline request is scoped to the entries a document feeds', () => {
  const corpus = workspace();
  corpus.setDocument('a.md', FIXED_DOC);
  corpus.setDocument('b.md', frontMatter().replace('test-doc', 'b-doc').replace('2024-12-26', '2024-11-02'));
  assert.deepEqual(timelineJson(corpus).entries.map((entry) => entry.id), ['b.md', 'post-attack', 'a.md']);
  assert.deepEqual(timelineJson(corpus, 'b.md').entries.map((entry) => [entry.id, entry.sources]), [['b.md', [{ file: 'b.md', line: 2, column: 5 }]]]);
});

test('fix-all adds a missing actors field once, with every actor the document names', () => {
  const corpus = workspace();
  const text = '---\nid: a\ntitle: T\npublished: 2024-12-20\nsource: S\n---\n\nThe TTP said the Pakistan Army fired first.\n';
  corpus.setDocument('a.md', text);
  const { applied, edits } = fixAll(corpus, 'a.md');
  assert.equal(applied, 2);
  const fixed = applyOffsetEdits(text, toOffsetEdits(text, edits));
  assert.equal(fixed, text.replace('source: S\n', 'source: S\nactors: [ttp, pakistan-army]\n'));
});
