import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { article, lintJson, makeCorpus, runCli } from './run';

const REGISTRY = `ttp:
  name: Tehreek-e-Taliban Pakistan
  short: TTP
  avoid: [Tehrik-e-Taliban]
  type: armed-group
afghan-taliban:
  name: Afghan Taliban
  type: armed-group
`;

const MESSY = article(
  'messy',
  ['The Tehreek e Taliban Pakistan said the Afghan Taliban knew.', '', 'Advertisement', '', 'Police said 12 civilians were killed in the attack.', '', 'Follow us on:'].join('\n'),
);

test('--fix applies every fix to a fixed point and a second run changes nothing', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a.md': MESSY });
  const before = lintJson(root).diagnostics;
  assert.ok(before.filter((d) => d.fixable).length >= 5);
  const fixed = runCli(['--fix', '--format', 'json', '.'], root);
  const remaining = JSON.parse(fixed.stdout) as { rule: string; fixable: boolean }[];
  assert.deepEqual(remaining.filter((d) => d.fixable), []);
  assert.deepEqual(remaining.map((d) => d.rule), ['casualty/missing-source']);
  const text = readFileSync(join(root, 'a.md'), 'utf8');
  assert.ok(text.includes('actors: [ttp, afghan-taliban]'));
  assert.ok(text.includes('The Tehreek-e-Taliban Pakistan said'));
  assert.match(text, /:casualty\[12 civilians[^\]]*\]\{killed=12\}/);
  assert.ok(!text.includes('Advertisement') && !text.includes('Follow us on'));
  const mtime = statSync(join(root, 'a.md')).mtimeMs;
  runCli(['--fix', '.'], root);
  assert.equal(readFileSync(join(root, 'a.md'), 'utf8'), text);
  assert.equal(statSync(join(root, 'a.md')).mtimeMs, mtime);
  assert.deepEqual(readdirSync(root).sort(), ['a.md', 'actors.yaml', 'corpus.yaml']);
});

test('--fix adds a missing front-matter field once: every actor in one actors list, one duplicate_of per copy, naming the earliest', () => {
  const withoutActors = (id: string, published: string, body: string) => `---\nid: ${id}\ntitle: T\npublished: ${published}\nsource: S\n---\n\n${body}\n`;
  const story = Array.from({ length: 10 }, (_, i) => `Paragraph ${i}: the crossing at Torkham stayed shut while traders waited with their trucks.`).join('\n\n');
  const root = makeCorpus({
    'corpus.yaml': 'name: T\n',
    'actors.yaml': REGISTRY,
    'two-actors.md': withoutActors('two-actors', '2024-12-20', 'The TTP blamed the Afghan Taliban.'),
    'a-reprint.md': withoutActors('reprint', '2024-12-22', story),
    'b-copy.md': withoutActors('copy', '2024-12-23', story),
    'c-original.md': withoutActors('original', '2024-12-21', story),
  });
  runCli(['--fix', '.'], root);
  const fieldsOf = (file: string) => readFileSync(join(root, file), 'utf8').split('\n---\n')[0].split('\n').slice(1);
  assert.deepEqual(fieldsOf('two-actors.md').slice(4), ['actors: [ttp, afghan-taliban]']);
  assert.deepEqual(fieldsOf('a-reprint.md').slice(4), ['duplicate_of: original']);
  assert.deepEqual(fieldsOf('b-copy.md').slice(4), ['duplicate_of: original']);
  assert.deepEqual(fieldsOf('c-original.md').slice(4), []);
  assert.deepEqual(lintJson(root).diagnostics.map((d) => d.rule), []);
});

test('--fix keeps CRLF line endings, a BOM and the file mode', () => {
  const crlf = MESSY.replace(/\n/g, '\r\n');
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'crlf.md': crlf, 'bom.md': `\uFEFF${MESSY}` });
  chmodSync(join(root, 'crlf.md'), 0o640);
  runCli(['--fix', '.'], root);
  const crlfAfter = readFileSync(join(root, 'crlf.md'), 'utf8');
  assert.notEqual(crlfAfter, crlf);
  assert.equal(crlfAfter.replace(/\r\n/g, '').includes('\n'), false);
  assert.equal(statSync(join(root, 'crlf.md')).mode & 0o777, 0o640);
  const bomAfter = readFileSync(join(root, 'bom.md'));
  assert.deepEqual([...bomAfter.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(!bomAfter.toString('utf8').includes('Advertisement'));
});

test('--fix never touches a file whose front-matter does not parse', () => {
  const broken = '---\nid: x\ntitle: [unclosed\n---\n\nAdvertisement\n';
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'broken.md': broken });
  const result = runCli(['--fix', '.'], root);
  assert.equal(result.status, 1);
  assert.equal(readFileSync(join(root, 'broken.md'), 'utf8'), broken);
});

test('--fix with a path fixes only the files under it, as it reports only them', () => {
  const root = makeCorpus({ 'corpus.yaml': 'name: T\n', 'actors.yaml': REGISTRY, 'a/one.md': article('one', 'The Tehreek e Taliban Pakistan said so.'), 'b/two.md': article('two', 'The Tehreek e Taliban Pakistan said so.') });
  const untouched = readFileSync(join(root, 'b/two.md'), 'utf8');
  const fixed = runCli(['--fix', '--format', 'json', 'a'], root);
  assert.equal(fixed.stderr, '');
  assert.deepEqual(JSON.parse(fixed.stdout), []);
  assert.match(readFileSync(join(root, 'a/one.md'), 'utf8'), /The Tehreek-e-Taliban Pakistan said so\./);
  assert.equal(readFileSync(join(root, 'b/two.md'), 'utf8'), untouched);
  assert.ok(lintJson(root).diagnostics.some((d) => d.file === 'b/two.md' && d.rule === 'actor/variant'));
});
