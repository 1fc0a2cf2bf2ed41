import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, lintCorpus, rulesOf } from '../harness';

const article = (id: string, published: string, body: string, extra = '') => `---\nid: ${id}\ntitle: T\npublished: ${published}\nsource: S\n${extra}---\n\n${body}\n`;

const BODY = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} reports that the border crossing at Torkham stayed shut for day ${i + 1} while traders waited with trucks of fruit and cement.`).join('\n\n');
const OTHER = Array.from({ length: 12 }, (_, i) => `Section ${i} of a different story describes a cricket match in Lahore where spinner number ${i + 1} took wickets before lunch.`).join('\n\n');

test('corpus/duplicate-id: every document sharing the id, with related locations', () => {
  const results = lintCorpus({ 'a.md': article('same', '2024-01-01', 'One.'), 'b.md': article('same', '2024-01-02', 'Two.') });
  assert.deepEqual(rulesOf(results.get('a.md')!, 'corpus/'), ['corpus/duplicate-id']);
  const b = results.get('b.md')!.find((d) => d.rule === 'corpus/duplicate-id')!;
  assert.equal(b.related![0].file, 'a.md');
  assert.deepEqual(b.range.start, { line: 1, character: 4 });
});

test('corpus/near-duplicate: an edited copy is found; the later one gets the duplicate_of fix', () => {
  const edited = BODY.replace('Paragraph 3', 'Part three').replace('fruit', 'apples');
  const text = article('copy', '2024-02-01', edited);
  const results = lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': text, 'other.md': article('other', '2024-01-05', OTHER) });
  const onCopy = results.get('copy.md')!.filter((d) => d.rule === 'corpus/near-duplicate');
  const onOriginal = results.get('original.md')!.filter((d) => d.rule === 'corpus/near-duplicate');
  assert.equal(onCopy.length, 1);
  assert.equal(onOriginal.length, 1);
  assert.equal(onOriginal[0].fix, undefined);
  assert.deepEqual(rulesOf(results.get('other.md')!, 'corpus/'), []);
  const fixed = applyFix(text, onCopy[0]);
  assert.ok(fixed.includes('source: S\nduplicate_of: original\n---'));
  const after = lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': fixed });
  assert.deepEqual(rulesOf(after.get('copy.md')!, 'corpus/'), []);
  assert.deepEqual(rulesOf(after.get('original.md')!, 'corpus/'), []);
});

/** Three copies of one story whose file order is not their publication order. */
const REPRINTS = {
  'a-reprint.md': article('reprint', '2024-01-02', BODY),
  'b-copy.md': article('copy', '2024-01-03', BODY),
  'c-original.md': article('original', '2024-01-01', BODY),
};

test('corpus/near-duplicate: a document lists its partners oldest first, so its first fix names the earliest copy', () => {
  const results = lintCorpus(REPRINTS);
  const partners = (file: string) => results.get(file)!.filter((d) => d.rule === 'corpus/near-duplicate').map((d) => d.related![0].file);
  assert.deepEqual(partners('b-copy.md'), ['c-original.md', 'a-reprint.md']);
  assert.deepEqual(partners('a-reprint.md'), ['c-original.md', 'b-copy.md']);
  assert.deepEqual(partners('c-original.md'), ['a-reprint.md', 'b-copy.md']);
  const [first] = results.get('b-copy.md')!.filter((d) => d.rule === 'corpus/near-duplicate');
  assert.equal(first.fix!.title, 'Mark as duplicate_of `original`');
});

test('corpus/near-duplicate: the fix rewrites a duplicate_of that names no document, whatever its quoting, and keeps a working link', () => {
  const copyWith = (field: string) => article('copy', '2024-02-01', BODY, `${field}\n`);
  const nearDuplicateOn = (copy: string) =>
    lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': copy, 'third.md': article('third', '2024-01-03', OTHER) })
      .get('copy.md')!
      .find((d) => d.rule === 'corpus/near-duplicate');
  for (const field of ['duplicate_of: gone', 'duplicate_of: copy', 'duplicate_of: "gone" # moved', "duplicate_of: 'gone'", 'duplicate_of: >-\n  gone']) {
    const copy = copyWith(field);
    const fixed = applyFix(copy, nearDuplicateOn(copy)!);
    assert.equal(fixed.match(/duplicate_of/g)!.length, 1, fixed);
    const after = lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': fixed });
    assert.deepEqual(rulesOf(after.get('copy.md')!), [], fixed);
  }
  // Linked to another document already, or holding a value of another type: no second key, no overwrite.
  for (const field of ['duplicate_of: third', 'duplicate_of: [gone]', 'duplicate_of:']) {
    const diagnostic = nearDuplicateOn(copyWith(field));
    assert.ok(diagnostic, field);
    assert.equal(diagnostic.fix, undefined, field);
  }
});

test('corpus/near-duplicate: a duplicate_of naming an id two documents share links the copy to both', () => {
  const docs = {
    'original.md': article('shared', '2024-01-01', BODY),
    'namesake.md': article('shared', '2024-01-02', OTHER),
    'copy.md': article('copy', '2024-02-01', BODY, 'duplicate_of: shared\n'),
  };
  const results = lintCorpus(docs);
  assert.deepEqual(rulesOf(results.get('copy.md')!, 'corpus/'), []);
  assert.deepEqual(rulesOf(results.get('original.md')!, 'corpus/'), ['corpus/duplicate-id']);
});

test('corpus/near-duplicate: an id that YAML would read as a number is quoted by the fix', () => {
  const copy = article('copy', '2024-02-01', BODY);
  const docs = { 'original.md': article('"2024"', '2024-01-01', BODY), 'copy.md': copy };
  const fixed = applyFix(copy, lintCorpus(docs).get('copy.md')!.find((d) => d.rule === 'corpus/near-duplicate')!);
  assert.ok(fixed.includes('duplicate_of: "2024"\n'), fixed);
  assert.deepEqual(rulesOf(lintCorpus({ ...docs, 'copy.md': fixed }).get('copy.md')!), []);
});

test('corpus/near-duplicate respects nearDuplicateThreshold', () => {
  const half = BODY.split('\n\n').slice(0, 6).join('\n\n') + '\n\n' + OTHER.split('\n\n').slice(0, 6).join('\n\n');
  const docs = { 'a.md': article('a', '2024-01-01', BODY), 'b.md': article('b', '2024-01-02', half) };
  assert.equal(rulesOf(lintCorpus(docs).get('b.md')!, 'corpus/near-duplicate').length, 1);
  assert.equal(rulesOf(lintCorpus(docs, { config: 'name: X\nnearDuplicateThreshold: 0.9\n' }).get('b.md')!, 'corpus/near-duplicate').length, 0);
});

test('severities come from corpus.yaml, and off silences a rule', () => {
  const config = 'name: X\nrules:\n  corpus/duplicate-id: warning\n  front-matter/missing: off\n';
  const results = lintCorpus({ 'a.md': article('same', '2024-01-01', 'One.'), 'b.md': article('same', '2024-01-02', 'Two.'), 'c.md': 'No front-matter.\n' }, { config });
  assert.equal(results.get('a.md')!.find((d) => d.rule === 'corpus/duplicate-id')!.severity, 'warning');
  assert.deepEqual(rulesOf(results.get('c.md')!, 'front-matter/'), []);
});

test('corpus/near-duplicate: the duplicate_of fix keeps a block that ends with a blank line holding a tab valid', () => {
  const copy = article('copy', '2024-02-01', BODY, '\t\n');
  const onCopy = lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': copy }).get('copy.md')!.find((d) => d.rule === 'corpus/near-duplicate')!;
  const fixed = applyFix(copy, onCopy);
  assert.equal(fixed, copy.replace('source: S\n', 'source: S\nduplicate_of: original\n'));
  assert.deepEqual(lintCorpus({ 'original.md': article('original', '2024-01-01', BODY), 'copy.md': fixed }).get('copy.md'), []);
});
