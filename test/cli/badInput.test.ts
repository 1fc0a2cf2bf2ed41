import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { article, lintJson, makeCorpus, REGISTRY } from './run';

const SUITE = join(__dirname, '../../../shared/data/yaml-test-suite-invalid');

test('every broken file gets its diagnostic and the run goes on', () => {
  const big = article('big', 'The TTP spoke at length.\n' + Array.from({ length: 110_000 }, (_, i) => `Line ${i} of a very long report about the border, written at length to pass ten megabytes in all.`).join('\n'));
  const root = makeCorpus({
    'corpus.yaml': 'name: T\n',
    'actors.yaml': REGISTRY,
    'broken-yaml.md': '---\nid: x\ntitle: [unclosed\n---\nBody\n',
    'unclosed.md': '---\nid: x\ntitle: never closed\n\nBody\n',
    'latin1.md': Buffer.concat([Buffer.from(article('latin', 'Caf').replace(/\n$/, '')), Buffer.from([0xe9, 0x0a])]),
    'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    'empty.md': '',
    'crlf.md': article('crlf', 'The TTP spoke.\r\n\r\nAdvertisement', '\r\n'),
    'bom.md': `\uFEFF${article('bom', 'The TTP spoke.\n\nAdvertisement')}`,
    'big.md': big,
    'directive.md': article('directive', 'The TTP said :casualty[twelve people\n\nand then stopped.'),
    'fine.md': article('fine', 'The TTP spoke.'),
  });
  assert.ok(big.length > 10_000_000);
  const { status, diagnostics, stderr } = lintJson(root);
  assert.equal(stderr, '');
  assert.equal(status, 1);
  const rulesIn = (file: string) => diagnostics.filter((d) => d.file === file).map((d) => d.rule);
  assert.ok(rulesIn('broken-yaml.md').includes('front-matter/syntax'));
  assert.deepEqual(rulesIn('unclosed.md').filter((r) => r.startsWith('front-matter')), ['front-matter/syntax']);
  const latin = diagnostics.find((d) => d.file === 'latin1.md')!;
  assert.equal(latin.rule, 'document/unreadable');
  assert.equal(latin.line, 9);
  assert.equal(latin.column, 4);
  assert.deepEqual(rulesIn('binary.md'), ['document/unreadable']);
  assert.deepEqual(rulesIn('empty.md'), ['front-matter/missing']);
  const crlf = diagnostics.filter((d) => d.file === 'crlf.md');
  assert.deepEqual(crlf.map((d) => [d.rule, d.line, d.column]), [['document/boilerplate', 11, 1]]);
  const bom = diagnostics.filter((d) => d.file === 'bom.md');
  assert.deepEqual(bom.map((d) => [d.rule, d.line, d.column]), [['document/boilerplate', 11, 1]]);
  assert.deepEqual(rulesIn('directive.md'), ['directive/syntax']);
  assert.deepEqual(rulesIn('fine.md'), []);
  assert.deepEqual(rulesIn('big.md'), []);
});

test('the 94 invalid cases of the YAML test suite give 94 front-matter/syntax diagnostics', () => {
  const files: Record<string, string> = { 'corpus.yaml': 'name: T\nrules:\n  front-matter/required: off\n', 'actors.yaml': REGISTRY };
  const cases = readdirSync(SUITE).filter((name) => name.endsWith('.yaml'));
  for (const name of cases) {
    const yaml = readFileSync(join(SUITE, name), 'utf8');
    files[`cases/${name}.md`] = `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\nBody.\n`;
  }
  const { status, diagnostics, stderr } = lintJson(makeCorpus(files));
  assert.equal(stderr, '');
  assert.equal(status, 1);
  const syntax = diagnostics.filter((d) => d.rule === 'front-matter/syntax');
  assert.equal(cases.length, 94);
  assert.equal(syntax.length, 94);
  assert.equal(new Set(syntax.map((d) => d.file)).size, 94);
});
