import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseFrontMatter } from '../../server/src/service/parse/frontMatter';

const INVALID_SUITE = join(__dirname, '../../../shared/data/yaml-test-suite-invalid');

test('reads fields with the exact spans of keys, values and list items', () => {
  const text = '---\nid: a-1\nactors: [ttp, afghan-taliban]\ntitle: "Quoted"\n---\nBody\n';
  const fm = parseFrontMatter(text)!;
  assert.deepEqual(fm.problems, []);
  const id = fm.fields!.get('id')!;
  assert.equal(text.slice(id.keySpan.start, id.keySpan.end), 'id');
  assert.equal(text.slice(id.valueSpan.start, id.valueSpan.end), 'a-1');
  const actors = fm.fields!.get('actors')!;
  assert.equal(actors.flow, true);
  assert.deepEqual(actors.items!.map((item) => text.slice(item.span.start, item.span.end)), ['ttp', 'afghan-taliban']);
  assert.equal(text.slice(fm.fields!.get('title')!.valueSpan.start, fm.fields!.get('title')!.valueSpan.end), '"Quoted"');
  assert.equal(text.slice(fm.span.end), 'Body\n');
});

test('keeps unquoted and quoted dates as the same text', () => {
  const fm = parseFrontMatter('---\npublished: 2024-12-28\nretrieved: "2024-12-28"\n---\n')!;
  assert.equal(fm.fields!.get('published')!.value, '2024-12-28');
  assert.equal(fm.fields!.get('retrieved')!.value, '2024-12-28');
});

test('no block when the first line is not a fence', () => {
  assert.equal(parseFrontMatter('Title\n---\nid: x\n---\n'), undefined);
  assert.equal(parseFrontMatter(''), undefined);
});

test('an unclosed block is one problem on the opening fence', () => {
  const fm = parseFrontMatter('---\nid: x\ntitle: y\n')!;
  assert.equal(fm.problems.length, 1);
  assert.deepEqual(fm.problems[0].span, { start: 0, end: 3 });
  assert.match(fm.problems[0].message, /never closed/);
});

test('a YAML error is reported at its position in the document', () => {
  const text = '---\nid: x\ntitle: "unterminated\n---\n';
  const fm = parseFrontMatter(text)!;
  assert.equal(fm.fields, undefined);
  assert.ok(fm.problems.length >= 1);
  for (const problem of fm.problems) {
    assert.ok(problem.span.start >= fm.content.start && problem.span.start <= fm.content.end, `problem at ${problem.span.start}`);
  }
});

test('CRLF line endings and `...` as the closing fence', () => {
  const fm = parseFrontMatter('---\r\nid: x\r\n...\r\nBody')!;
  assert.deepEqual(fm.problems, []);
  assert.equal(fm.fields!.get('id')!.value, 'x');
});

test('duplicate keys and alias bombs are syntax problems, not crashes', () => {
  assert.equal(parseFrontMatter('---\nid: a\nid: b\n---\n')!.problems.length, 1);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const fm = parseFrontMatter(`---\n${bomb.join('\n')}\n---\n`)!;
  assert.equal(fm.problems.length, 1);
  assert.match(fm.problems[0].message, /alias/i);
});

test('a top-level list is kept apart as not-a-mapping', () => {
  const fm = parseFrontMatter('---\n- a\n- b\n---\n')!;
  assert.deepEqual(fm.problems, []);
  assert.ok(fm.notAMapping);
});

test('every case of the YAML test suite that must fail gives a syntax problem inside the block', () => {
  const cases = readdirSync(INVALID_SUITE).filter((name) => name.endsWith('.yaml'));
  assert.equal(cases.length, 94);
  const silent: string[] = [];
  for (const name of cases) {
    const yaml = readFileSync(join(INVALID_SUITE, name), 'utf8');
    const text = `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\nBody.\n`;
    const fm = parseFrontMatter(text)!;
    if (fm.problems.length === 0) silent.push(name);
    for (const problem of fm.problems) assert.ok(problem.span.start >= 0 && problem.span.start < fm.span.end && problem.span.end <= text.length, name);
  }
  assert.deepEqual(silent, []);
});
