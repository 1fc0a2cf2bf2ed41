import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig, severityOf } from '../../server/src/service/config';

const at = (source: string, span: { start: number; end: number }) => source.slice(span.start, span.end);

test('reads every setting of a full corpus.yaml', () => {
  const source = [
    'name: Border reporting',
    'documents: ["articles/**/*.md"]',
    'exclude: ["drafts/**"]',
    'actors: registry/actors.yaml',
    'frontMatter:',
    '  required: [id, title]',
    '  fields:',
    '    region: { type: enum, values: [south-asia, central-asia] }',
    '    checked: { type: date }',
    'rules:',
    '  casualty/missing-source: error',
    '  actor/not-listed: off',
    'nearDuplicateThreshold: 0.3',
  ].join('\n');
  const { config, findings } = loadConfig(source);
  assert.deepEqual(findings, []);
  assert.equal(config.name, 'Border reporting');
  assert.deepEqual(config.documents, ['articles/**/*.md']);
  assert.deepEqual(config.exclude, ['drafts/**']);
  assert.equal(config.actors, 'registry/actors.yaml');
  assert.deepEqual(config.required, ['id', 'title']);
  assert.deepEqual(config.fields.get('region'), { type: 'enum', values: ['south-asia', 'central-asia'] });
  assert.deepEqual(config.fields.get('checked'), { type: 'date' });
  assert.equal(config.nearDuplicateThreshold, 0.3);
  assert.equal(severityOf(config, 'casualty/missing-source'), 'error');
  assert.equal(severityOf(config, 'actor/not-listed'), 'off');
  assert.equal(severityOf(config, 'actor/variant'), 'warning');
  assert.equal(severityOf(config, 'actor/variant', new Map([['actor/variant', 'hint']])), 'hint');
});

test('defaults apply when settings are absent', () => {
  const { config, findings } = loadConfig('name: Minimal\n');
  assert.deepEqual(findings, []);
  assert.deepEqual(config.documents, ['**/*.md']);
  assert.equal(config.actors, 'actors.yaml');
  assert.deepEqual(config.required, ['id', 'title', 'published', 'source']);
  assert.equal(config.nearDuplicateThreshold, 0.15);
});

test('unknown keys, unknown rules and bad severities are reported where they stand', () => {
  const source = 'name: X\ndocumnets: ["*.md"]\nrules:\n  actor/variants: error\n  actor/variant: loud\n';
  const { config, findings } = loadConfig(source);
  assert.deepEqual(findings.map((f) => at(source, f.span)), ['documnets', 'actor/variants', 'loud']);
  assert.match(findings[0].message, /did you mean `documents`/);
  assert.match(findings[1].message, /did you mean `actor\/variant`/);
  assert.match(findings[2].message, /error, warning, info, hint, off/);
  assert.equal(config.rules.size, 0);
});

test('wrong value types are reported and replaced by defaults', () => {
  const source = 'name: X\ndocuments: articles\nnearDuplicateThreshold: 2\nfrontMatter:\n  fields:\n    region: { type: colour }\n';
  const { config, findings } = loadConfig(source);
  assert.deepEqual(findings.map((f) => at(source, f.span)), ['articles', '2', 'colour']);
  assert.deepEqual(config.documents, ['**/*.md']);
  assert.equal(config.nearDuplicateThreshold, 0.15);
});

test('a missing name and broken YAML are findings, not exceptions', () => {
  assert.match(loadConfig('documents: ["*.md"]\n').findings[0].message, /no `name`/);
  const broken = loadConfig('name: [unclosed\n');
  assert.equal(broken.findings.length > 0, true);
  assert.match(broken.findings[0].message, /Invalid YAML/);
});
