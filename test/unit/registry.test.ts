import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRegistry } from '../../server/src/service/registry';

const at = (source: string, span: { start: number; end: number }) => source.slice(span.start, span.end);

const VALID = `ttp:
  name: Tehreek-e-Taliban Pakistan
  short: TTP
  aliases: [Pakistani Taliban]
  avoid: [Tehrik-e-Taliban]
  type: armed-group
  country: PK
  description: An alliance of militant groups fighting the Pakistani state.
  wikidata: Q1146700
abdul-qayyum-zakir:
  name: Abdul Qayyum Zakir
  aliases: [Mullah Abdul Qayyum Zakir]
  type: person
`;

test('reads entries with every field', () => {
  const { registry, findings } = loadRegistry(VALID, 'actors.yaml');
  assert.deepEqual(findings, []);
  assert.deepEqual(registry.byId.get('ttp'), {
    id: 'ttp',
    name: 'Tehreek-e-Taliban Pakistan',
    short: 'TTP',
    aliases: ['Pakistani Taliban'],
    avoid: ['Tehrik-e-Taliban'],
    type: 'armed-group',
    country: 'PK',
    description: 'An alliance of militant groups fighting the Pakistani state.',
    wikidata: 'Q1146700',
  });
  assert.equal(at(VALID, registry.definitions.get('abdul-qayyum-zakir')!), 'abdul-qayyum-zakir');
});

test('bad ids, missing fields and bad values are registry/invalid at their place', () => {
  const source = `Bad_Id:\n  name: X\n  type: person\nnameless:\n  type: state\nwrong:\n  name: Wrong\n  type: militia\n  country: Pakistan\n  wikidata: 1234\n  colour: red\n`;
  const { registry, findings } = loadRegistry(source, 'actors.yaml');
  assert.ok(findings.every((f) => f.rule === 'registry/invalid'));
  assert.deepEqual(findings.map((f) => at(source, f.span)), ['Bad_Id', 'nameless', 'militia', 'Pakistan', '1234', 'colour']);
  assert.deepEqual([...registry.byId.keys()], ['wrong']);
});

test('a form claimed by two actors is registry/ambiguous-alias, pointing at the first claim', () => {
  const source = `afghan-taliban:\n  name: Afghan Taliban\n  aliases: [Taliban]\n  type: armed-group\nttp:\n  name: Tehreek-e-Taliban Pakistan\n  aliases: [taliban]\n  type: armed-group\n`;
  const { findings } = loadRegistry(source, 'actors.yaml');
  assert.equal(findings.length, 1);
  assert.equal(findings[0].rule, 'registry/ambiguous-alias');
  assert.equal(at(source, findings[0].span), 'taliban');
  assert.deepEqual(findings[0].related![0].range.start, { line: 2, character: 12 });
});

test('YAML errors and a non-mapping registry are reported, not thrown', () => {
  assert.equal(loadRegistry('ttp: [unclosed\n', 'actors.yaml').findings[0].rule, 'registry/invalid');
  assert.match(loadRegistry('- a\n- b\n', 'actors.yaml').findings[0].message, /mapping/);
  assert.deepEqual(loadRegistry('', 'actors.yaml').findings, []);
});
