import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readRegistryEntries, readSimpleRegistry, readWithLibrary, type RawEntry } from '../../server/src/service/parse/registryEntries';

const comparable = (entries: RawEntry[]) => entries.map(({ id, idSpan, fields }) => ({ id, idSpan, fields: fields && [...fields.values()] }));

function bothPaths(source: string) {
  const fast = readSimpleRegistry(source);
  const library = readWithLibrary(source);
  assert.ok(fast, 'the fast path accepts this registry');
  assert.ok('entries' in library);
  return { fast: comparable(fast.entries), library: comparable(library.entries) };
}

test('the fast path reads the example registry exactly as the yaml package does', () => {
  const source = readFileSync(join(__dirname, '../../examples/corpus/actors.yaml'), 'utf8');
  const { fast, library } = bothPaths(source);
  assert.ok(fast.length > 20);
  assert.deepEqual(fast, library);
});

test('block lists, quoted names, comments and CRLF agree with the yaml package', () => {
  const source = [
    '# the registry',
    'ttp:',
    '  name: "Tehreek-e-Taliban Pakistan"',
    '  short: TTP',
    '  aliases:',
    '    - Pakistani Taliban',
    "    - 'TTP movement'",
    '  type: armed-group',
    '',
    'zakir:',
    '  name: Abdul Qayyum Zakir',
    '  aliases:',
    '  - Mullah Abdul Qayyum Zakir',
    '  type: person',
    '',
  ].join('\r\n');
  const { fast, library } = bothPaths(source);
  assert.deepEqual(fast, library);
});

test('anything outside the simple shape goes to the yaml package', () => {
  for (const source of ['ttp: {name: X, type: state}\n', 'ttp:\n    name: X\n', 'ttp:\n  name: X # comment\n', 'ttp:\n  name: X\nttp:\n  name: Y\n', 'ttp:\n\tname: X\n', '- a\n']) {
    assert.equal(readSimpleRegistry(source), undefined, source);
  }
  assert.ok('problems' in readRegistryEntries('ttp:\n  name: X\nttp:\n  name: Y\n'));
  assert.ok('notAMapping' in readRegistryEntries('- a\n'));
});
