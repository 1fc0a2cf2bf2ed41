import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_IDS, ruleDocsUrl } from '../../server/src/service/ruleMeta';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

test('every rule has a README section that its documentation link points at', () => {
  const missing = RULE_IDS.filter((id) => {
    const anchor = ruleDocsUrl(id).split('#')[1];
    return !README.includes(`<a id="${anchor}"></a>`) || !README.includes(`### ${id}`);
  });
  assert.deepEqual(missing, []);
});

test('the README starts with the two commands', () => {
  const firstBlock = README.slice(README.indexOf('```'), README.indexOf('```', 3) + 3);
  assert.match(firstBlock, /npm install && npm start/);
  assert.match(firstBlock, /npm test/);
});
