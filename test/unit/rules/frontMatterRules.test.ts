import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontMatter, lint, rulesOf, textAt } from '../harness';

test('a clean document has no front-matter diagnostics', () => {
  assert.deepEqual(rulesOf(lint(`${frontMatter()}\nNothing happened today.\n`), 'front-matter/'), []);
});

test('front-matter/missing: no block, also for an empty file', () => {
  const diagnostics = lint('# Title\n\nText.\n');
  assert.deepEqual(rulesOf(diagnostics, 'front-matter/'), ['front-matter/missing']);
  assert.deepEqual(diagnostics[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  assert.deepEqual(rulesOf(lint(''), 'front-matter/'), ['front-matter/missing']);
});

test('front-matter/syntax: at the YAML error, and on the fence of an unclosed block', () => {
  const text = '---\nid: x\ntitle: [unclosed\n---\nBody\n';
  const diagnostics = lint(text).filter((d) => d.rule === 'front-matter/syntax');
  assert.ok(diagnostics.length >= 1);
  assert.ok(diagnostics.every((d) => d.range.start.line >= 1 && d.range.start.line <= 3));
  const unclosed = lint('---\nid: x\n\nBody text\n').filter((d) => d.rule === 'front-matter/syntax');
  assert.equal(unclosed.length, 1);
  assert.deepEqual(unclosed[0].range.start, { line: 0, character: 0 });
});

test('front-matter/required: missing fields on the fence, empty ones on their key', () => {
  const text = '---\nid: x\ntitle: ""\n---\nBody\n';
  const diagnostics = lint(text).filter((d) => d.rule === 'front-matter/required');
  assert.deepEqual(diagnostics.map((d) => d.message.match(/`(\w+)`/)![1]), ['title', 'published', 'source']);
  assert.equal(textAt(text, diagnostics[0]), 'title');
  assert.equal(textAt(text, diagnostics[1]), '---');
});

test('front-matter/required follows frontMatter.required of corpus.yaml', () => {
  const text = '---\nid: x\n---\nBody\n';
  assert.deepEqual(rulesOf(lint(text, { config: 'name: X\nfrontMatter:\n  required: [id]\n' }), 'front-matter/'), []);
});

test('front-matter/type: id pattern, url, language, author, lists, enum', () => {
  const text = [
    '---',
    'id: Bad_ID',
    'title: 42',
    'published: 2024-01-02',
    'source: Desk',
    'url: ftp://example.org/a',
    'language: english-please',
    'author: [Ayesha Khan, 7]',
    'actors: ttp',
    'tags: [border, 3]',
    'region: mars',
    '---',
    'Body',
  ].join('\n');
  const config = 'name: X\nfrontMatter:\n  fields:\n    region: { type: enum, values: [south-asia] }\n';
  const diagnostics = lint(text, { config }).filter((d) => d.rule === 'front-matter/type');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['Bad_ID', '42', 'ftp://example.org/a', 'english-please', '[Ayesha Khan, 7]', 'ttp', '3', 'mars']);
});

test('front-matter/type accepts good values and BCP 47 tags', () => {
  const extra = 'url: https://example.org/news/1\nlanguage: ps-AF\nauthor: [One, Two]\ntags: [a, b]\n';
  assert.deepEqual(rulesOf(lint(`${frontMatter(extra)}Body\n`), 'front-matter/'), []);
});

test('front-matter/type: a document that is not a mapping, and duplicate_of naming nothing', () => {
  assert.deepEqual(rulesOf(lint('---\n- a\n---\nBody\n'), 'front-matter/type'), ['front-matter/type']);
  const text = `${frontMatter('duplicate_of: no-such-doc\n')}Body\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'front-matter/type');
  assert.equal(diagnostics.length, 1);
  assert.equal(textAt(text, diagnostics[0]), 'no-such-doc');
});

test('front-matter/date: impossible dates, future dates, retrieved before published', () => {
  const text = '---\nid: x\ntitle: T\npublished: 2024-02-30\nsource: S\n---\nBody\n';
  const [impossible] = lint(text).filter((d) => d.rule === 'front-matter/date');
  assert.equal(textAt(text, impossible), '2024-02-30');
  assert.match(impossible.message, /29 days/);
  assert.match(lint('---\nid: x\ntitle: T\npublished: 2031-01-01\nsource: S\n---\n').find((d) => d.rule === 'front-matter/date')!.message, /future/);
  assert.match(lint('---\nid: x\ntitle: T\npublished: 24/12/2024\nsource: S\n---\n').find((d) => d.rule === 'front-matter/date')!.message, /YYYY-MM-DD/);
  const late = lint(`${frontMatter('retrieved: 2024-12-01\n')}Body\n`).filter((d) => d.rule === 'front-matter/date');
  assert.equal(late.length, 1);
  assert.match(late[0].message, /before `published`/);
  assert.deepEqual(rulesOf(lint(`${frontMatter('retrieved: "2024-12-27"\n')}Body\n`), 'front-matter/'), []);
  assert.deepEqual(rulesOf(lint('---\nid: x\ntitle: T\npublished: 2024-02-29\nsource: S\n---\n'), 'front-matter/'), []);
});

test('front-matter/unknown-field suggests the nearest known name', () => {
  const text = `${frontMatter('publshed: 2024-01-01\nsentiment: grim\n')}Body\n`;
  const diagnostics = lint(text).filter((d) => d.rule === 'front-matter/unknown-field');
  assert.deepEqual(diagnostics.map((d) => textAt(text, d)), ['publshed', 'sentiment']);
  assert.match(diagnostics[0].message, /did you mean `published`/);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].fix, undefined);
});
