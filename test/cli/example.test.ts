import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULE_IDS } from '../../server/src/service/ruleMeta';
import { lintJson } from './run';

const EXAMPLE = join(__dirname, '../../examples/corpus');

/** (file, rule, line) triples from the tables of EXPECTED.md; a row with an empty file cell continues the one above. */
function expectedFindings(): string[] {
  const triples: string[] = [];
  let file = '';
  for (const line of readFileSync(join(EXAMPLE, 'EXPECTED.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5 || !/^[a-z-]+\/[a-z-]+/.test(cells[2]) || !/^\d/.test(cells[3])) continue;
    file = cells[1] ? cells[1].replace(/`/g, '') : file;
    const rule = cells[2].split(/\s/)[0];
    for (const lineNumber of cells[3].split(',')) triples.push(`${file} ${rule} ${lineNumber.trim()}`);
  }
  return triples.sort();
}

test('the example corpus reports exactly what EXPECTED.md lists', () => {
  const { status, diagnostics, stderr } = lintJson(EXAMPLE);
  assert.equal(stderr, '');
  assert.equal(status, 1);
  const actual = diagnostics.map((d) => `${d.file} ${d.rule} ${d.line}`).sort();
  assert.deepEqual(actual, expectedFindings());
});

test('every rule fires in the example corpus, and the clean documents report nothing', () => {
  const { diagnostics } = lintJson(EXAMPLE);
  const fired = new Set(diagnostics.map((d) => d.rule));
  assert.deepEqual(RULE_IDS.filter((rule) => !fired.has(rule)), []);
  assert.deepEqual(diagnostics.filter((d) => d.file.startsWith('articles/clean/')), []);
});
