import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packResults, unpackResults } from '../../server/src/cli/workerResults';
import type { FileAnalysis } from '../../server/src/node/analyzeFile';
import { analyzeDocument } from '../../server/src/service/analyze';
import { setupCorpus } from '../../server/src/service/corpus';
import { CONFIG, frontMatter, REGISTRY, TODAY } from './harness';

const BODY =
  'Officials said :casualty[over 1,500 people killed]{killed=1500+ source=CRSS date=2023} in the year. ' +
  'The Tehrik-e-Taliban claimed the attack, and twelve people were wounded in Bannu on Monday night.\n';

function analyses(): FileAnalysis[] {
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  return ['a.md', 'b.md'].map((file) => {
    const { diagnostics, summary } = analyzeDocument(file, { text: `${frontMatter()}\n${BODY}`, bom: false, eol: '\n' }, env);
    return { file, diagnostics, summary };
  });
}

/** JSON leaves out properties whose value is undefined; everything else must come back the same. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, withoutUndefined(item)]])));
}

test('worker results come back from packing as they were, open upper bounds and similarity arrays included', () => {
  const expected = structuredClone(analyses());
  const unpacked = unpackResults(structuredClone(packResults(analyses())));
  assert.ok(expected[0].diagnostics.length > 0);
  assert.equal(unpacked[0].summary?.casualties[0].counts.killed?.high, Infinity);
  assert.ok(unpacked[1].summary?.similarity?.shingles instanceof Uint32Array);
  assert.deepEqual(withoutUndefined(unpacked), withoutUndefined(expected));
});

test('a result without a summary, such as an unreadable file, packs and unpacks', () => {
  const unreadable: FileAnalysis = { file: 'gone.md', diagnostics: [] };
  assert.deepEqual(unpackResults(structuredClone(packResults([unreadable, ...analyses()])))[0], unreadable);
});
