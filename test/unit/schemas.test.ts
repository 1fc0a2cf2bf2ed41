import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadConfig } from '../../server/src/service/config';
import { ACTOR_ID, ACTOR_TYPES, loadRegistry } from '../../server/src/service/registry';
import { RULE_IDS } from '../../server/src/service/ruleMeta';
import { validate, type Schema } from './miniJsonSchema';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const corpusSchema: Schema = JSON.parse(read('schemas/corpus.schema.json'));
const actorsSchema: Schema = JSON.parse(read('schemas/actors.schema.json'));
const manifest = JSON.parse(read('package.json'));
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

type Props = Record<string, Schema>;
const propertiesOf = (schema: Schema) => schema.properties as Props;

/** The string list a source file declares as `const NAME = [...]`: the parser's own list of accepted keys. */
function declaredList(path: string, name: string): string[] {
  const match = new RegExp(`const ${name} = (\\[[^\\]]*\\])`).exec(read(path));
  assert.ok(match, `${path} no longer declares ${name}`);
  return JSON.parse(match[1].replace(/'/g, '"'));
}

describe('the corpus.yaml schema', () => {
  it('lists exactly the rules of the service, with the five severities', () => {
    const rules = propertiesOf(corpusSchema).rules;
    assert.deepEqual((rules.propertyNames as Schema).enum, [...RULE_IDS]);
    assert.deepEqual((rules.additionalProperties as Schema).enum, SEVERITIES);
  });

  it('has a property for every key the config parser accepts, and no other', () => {
    const keys = declaredList('server/src/service/config.ts', 'KEYS');
    assert.deepEqual(Object.keys(propertiesOf(corpusSchema)).sort(), [...keys].sort());
    for (const key of keys) {
      const { findings } = loadConfig(`name: test\n${key === 'name' ? '' : `${key}: ~\n`}`);
      assert.ok(!findings.some((finding) => finding.message.startsWith('Unknown setting')), `${key} is not accepted`);
    }
    assert.ok(loadConfig('name: test\nnames: ~\n').findings.some((finding) => finding.message.startsWith('Unknown setting')));
    const frontMatter = propertiesOf(propertiesOf(corpusSchema).frontMatter);
    assert.deepEqual(Object.keys(frontMatter).sort(), ['fields', 'required']);
  });

  it('accepts what the parser accepts and rejects what it rejects, severity by severity', () => {
    for (const severity of [...SEVERITIES, 'fatal', 'warn']) {
      const source = `name: test\nrules:\n  actor/variant: ${severity}\n`;
      const parserAccepts = loadConfig(source).findings.length === 0;
      const schemaAccepts = validate(corpusSchema, parse(source)).length === 0;
      assert.equal(schemaAccepts, parserAccepts, severity);
    }
  });

  it('finds in the example corpus.yaml just its deliberate mistake', () => {
    const errors = validate(corpusSchema, parse(read('examples/corpus/corpus.yaml')));
    assert.deepEqual(errors.map((error) => error.at), ['/rules/casualty~1untaged']);
  });

  it('is what package.json contributes, and the rules setting uses the same rule list', () => {
    assert.deepEqual(manifest.contributes.yamlValidation, [
      { fileMatch: 'corpus.yaml', url: './schemas/corpus.schema.json' },
      { fileMatch: 'actors.yaml', url: './schemas/actors.schema.json' },
    ]);
    const setting = manifest.contributes.configuration.properties['corpusLint.rules'];
    assert.deepEqual(setting.propertyNames.enum, [...RULE_IDS]);
    assert.deepEqual(setting.additionalProperties.enum, SEVERITIES);
  });
});

describe('the actors.yaml schema', () => {
  const entry = actorsSchema.additionalProperties as Schema;

  it('has the registry parser fields, actor types and id pattern', () => {
    assert.deepEqual(Object.keys(propertiesOf(entry)).sort(), declaredList('server/src/service/registry.ts', 'FIELDS').sort());
    assert.deepEqual(propertiesOf(entry).type.enum, [...ACTOR_TYPES]);
    assert.equal((actorsSchema.propertyNames as Schema).pattern, ACTOR_ID.source);
  });

  it('agrees with the parser on small registries', () => {
    const cases = [
      'ttp:\n  name: TTP group\n  type: armed-group\n',
      'ttp:\n  name: TTP group\n  type: militia\n',
      'ttp:\n  name: TTP group\n',
      'TTP:\n  name: TTP group\n  type: armed-group\n',
      'ttp:\n  name: TTP group\n  type: armed-group\n  country: pk\n',
      'ttp:\n  name: TTP group\n  type: armed-group\n  wikidata: Q123\n  aliases: [Pakistani Taliban]\n',
      'ttp:\n  name: TTP group\n  type: armed-group\n  nickname: x\n',
    ];
    for (const source of cases) {
      const parserAccepts = loadRegistry(source, 'actors.yaml').findings.length === 0;
      const schemaAccepts = validate(actorsSchema, parse(source)).length === 0;
      assert.equal(schemaAccepts, parserAccepts, source);
    }
  });

  it('finds in the example registry its invalid actor type (the ambiguous alias is beyond a schema)', () => {
    const errors = validate(actorsSchema, parse(read('examples/corpus/actors.yaml')));
    assert.deepEqual(errors.map((error) => error.at), ['/aff/type']);
  });
});
