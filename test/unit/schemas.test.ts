import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { loadConfig } from '../../server/src/service/config';
import { ACTOR_ID, ACTOR_TYPES, loadRegistry } from '../../server/src/service/registry';
import { RULE_IDS } from '../../server/src/service/ruleMeta';

/** A JSON Schema, read as plain data for the assertions on its keywords. */
type Schema = { [keyword: string]: unknown };

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const corpusSchema: Schema = JSON.parse(read('schemas/corpus.schema.json'));
const actorsSchema: Schema = JSON.parse(read('schemas/actors.schema.json'));
const manifest = JSON.parse(read('package.json'));
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

// Both schemas declare draft-07, which is what Ajv's default class validates (and checks each schema against).
// Strict mode makes a keyword Ajv does not know an error, so a schema cannot rely on one that goes unchecked;
// markdownDescription is VS Code's annotation, declared here as one. strictRequired stays off: it wants the
// fields a `then` requires declared inside the `then`, where ours are declared beside the if/then.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
ajv.addKeyword('markdownDescription');
const checkCorpus = ajv.compile(corpusSchema);
const checkActors = ajv.compile(actorsSchema);

/**
 * JSON pointers of the values a validator rejects in `value`, e.g. `/rules/casualty~1untaged`: for a property
 * that is not allowed or whose name is wrong, the property's own pointer rather than its object's.
 */
function rejected(check: ValidateFunction, value: unknown): string[] {
  if (check(value)) return [];
  assert.ok(check.errors && check.errors.length > 0, 'a failed validation says why');
  const pointers = check.errors.map((error) => {
    const property = (error.params as { additionalProperty?: string; propertyName?: string }).additionalProperty ?? (error.params as { propertyName?: string }).propertyName ?? error.propertyName;
    return property === undefined ? error.instancePath : `${error.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  });
  return [...new Set(pointers)];
}

type Props = Record<string, Schema>;
const propertiesOf = (schema: Schema) => schema.properties as Props;

/** The string list a source file declares as `const NAME = [...]`: the parser's own list of accepted keys. */
function declaredList(path: string, name: string): string[] {
  const match = new RegExp(`const ${name} = (\\[[^\\]]*\\])`).exec(read(path));
  assert.ok(match, `${path} no longer declares ${name}`);
  return JSON.parse(match[1].replace(/'/g, '"'));
}

describe('the schemas', () => {
  it('are valid draft-07 schemas, checked by an Ajv that rejects keywords it does not know', () => {
    for (const schema of [corpusSchema, actorsSchema]) {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(ajv.validateSchema(schema), true, ajv.errorsText());
    }
    assert.throws(() => ajv.compile({ type: 'object', propertys: { name: { type: 'string' } } }), /unknown keyword: "propertys"/);
  });
});

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
      const schemaAccepts = rejected(checkCorpus, parse(source)).length === 0;
      assert.equal(schemaAccepts, parserAccepts, severity);
    }
  });

  it('finds in the example corpus.yaml just its deliberate mistake', () => {
    assert.deepEqual(rejected(checkCorpus, parse(read('examples/corpus/corpus.yaml'))), ['/rules/casualty~1untaged']);
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
      const schemaAccepts = rejected(checkActors, parse(source)).length === 0;
      assert.equal(schemaAccepts, parserAccepts, source);
    }
  });

  it('finds in the example registry its invalid actor type (the ambiguous alias is beyond a schema)', () => {
    assert.deepEqual(rejected(checkActors, parse(read('examples/corpus/actors.yaml'))), ['/aff/type']);
  });
});
