import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { yamlItem } from '../../server/src/service/rules/frontMatterEdits';

const SEED = 20261123;

/** What `yamlItem` answered before its fast path: YAML itself decides whether the text stays a string. */
function parsed(text: string): string {
  return typeof parse(text) === 'string' ? text : JSON.stringify(text);
}

/** An answer or the error thrown, so that both paths compare even on text YAML cannot read ("%"). */
function outcome(item: (text: string) => string, text: string): string {
  try {
    return item(text);
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

test('quotes the ids YAML would read back as something else', () => {
  assert.equal(yamlItem('actor-0042'), 'actor-0042');
  assert.equal(yamlItem('ttp'), 'ttp');
  for (const text of ['8', '1e5', 'null', 'Null', 'TRUE', 'False', '~', '0x1f', '.nan', 'a: b', '']) {
    assert.equal(yamlItem(text), JSON.stringify(text), text);
  }
});

test('the fast path answers as YAML does, for words and near-words', () => {
  const special = fc.constantFrom('null', 'true', 'false', 'nan', 'inf', 'yes', 'no', 'on', 'off', 'e', '0x', '0o');
  const randomCase = special.chain((word) =>
    fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((upper) =>
      [...word].map((char, i) => (upper[i] ? char.toUpperCase() : char)).join(''),
    ),
  );
  const units = fc.constantFrom(...'aZe9_-.+: #\'"~x0'.split(''));
  const word = fc.oneof(randomCase, fc.array(units, { maxLength: 8 }).map((chars) => chars.join('')), fc.string({ maxLength: 6 }));
  fc.assert(
    fc.property(word, (text) => assert.equal(outcome(yamlItem, text), outcome(parsed, text), JSON.stringify(text))),
    { seed: SEED, numRuns: 5000 },
  );
});
