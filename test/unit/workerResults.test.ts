import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderKeyedFile } from '../../server/src/cli/format/lines';
import { packResults, unpackResults } from '../../server/src/node/workerResults';
import { analyzeSource, type FileAnalysis } from '../../server/src/node/analyzeFile';
import { setupCorpus } from '../../server/src/service/corpus';
import { CONFIG, frontMatter, REGISTRY, TODAY } from './harness';

const BODY =
  'Officials said :casualty[over 1,500 people killed]{killed=1500+ source=CRSS date=2023} in the year. ' +
  'The Tehrik-e-Taliban claimed the attack, and twelve people were wounded in Bannu on Monday night.\n';

function analyses(): FileAnalysis[] {
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  return ['a.md', 'b.md'].map((file) => analyzeSource(file, { text: `${frontMatter()}\n${BODY}`, bom: false, eol: '\n' }, env, { actors: true }));
}

/** JSON leaves out properties whose value is undefined; everything else must come back the same. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [[key, withoutUndefined(item)]])));
}

/** The results with their output lines' UTF-8 bytes read back as strings. */
function withTextLines(results: FileAnalysis[]): FileAnalysis[] {
  return results.map((result) =>
    result.lines && typeof result.lines.text !== 'string' ? { ...result, lines: { ...result.lines, text: Buffer.from(result.lines.text).toString('utf8') } } : result,
  );
}

test('worker results come back from packing as they were, open upper bounds, similarity arrays and actor places included', () => {
  const expected = structuredClone(analyses());
  const unpacked = unpackResults(structuredClone(packResults(analyses())));
  assert.ok(expected[0].diagnostics.length > 0);
  assert.ok((expected[0].actors?.places.length ?? 0) > 0);
  assert.equal(unpacked[0].summary?.casualties[0].counts.killed?.high, Infinity);
  assert.ok(unpacked[1].summary?.similarity?.shingles instanceof Uint32Array);
  assert.ok(unpacked[1].actors?.places instanceof Int32Array);
  assert.deepEqual(withoutUndefined(unpacked), withoutUndefined(expected));
});

test('a result without a summary, such as an unreadable file, packs and unpacks', () => {
  const unreadable: FileAnalysis = { file: 'gone.md', diagnostics: [] };
  assert.deepEqual(unpackResults(structuredClone(packResults([unreadable, ...analyses()])))[0], unreadable);
});

test('unpacked diagnostics are read (and replaced) as plain arrays', () => {
  const [first, second] = unpackResults(structuredClone(packResults(analyses())));
  const diagnostics = first.diagnostics;
  assert.ok(Array.isArray(diagnostics) && diagnostics.length > 0);
  assert.equal(first.diagnostics, diagnostics, 'parsed once');
  second.diagnostics = [];
  assert.deepEqual(second.diagnostics, []);
});

test('output lines written on a worker come back with their sort keys', () => {
  const written = analyses().map((analysis) => ({ ...analysis, diagnostics: [], lines: renderKeyedFile({ format: 'json', cwd: '/srv', quiet: false }, { file: analysis.file, path: `/srv/${analysis.file}` }, analysis.diagnostics)! }));
  const expected = structuredClone(written);
  const packed = packResults(written);
  assert.ok(!packed.json.includes('\\"rule\\"'), 'the lines travel beside the JSON, not escaped inside it');
  const unpacked = unpackResults(structuredClone(packed));
  assert.ok(unpacked[0].lines?.keys instanceof Int32Array && unpacked[0].lines.keys.length > 0);
  assert.ok(unpacked[0].lines.text instanceof Uint8Array);
  assert.deepEqual(withoutUndefined(withTextLines(unpacked)), withoutUndefined(expected));
});

test('a batch mixing results with and without output lines gives each its own lines and diagnostics back', () => {
  const [first, second] = analyses();
  const setup = { format: 'json', cwd: '/srv', quiet: false } as const;
  const written = { ...first, diagnostics: [], lines: renderKeyedFile(setup, { file: first.file, path: `/srv/${first.file}` }, first.diagnostics)! };
  const unreadable: FileAnalysis = { file: 'gone.md', diagnostics: [] };
  const batch = [unreadable, written, second, { ...written, file: 'c.md' }];
  const expected = structuredClone(batch);
  const unpacked = withTextLines(unpackResults(structuredClone(packResults(batch))));
  assert.ok(expected[1].lines?.text.length);
  assert.equal(unpacked[1].lines?.text, expected[1].lines?.text);
  assert.equal(unpacked[2].lines, undefined);
  assert.deepEqual(unpacked[2].diagnostics, expected[2].diagnostics);
  assert.equal(unpacked[3].lines?.text, expected[3].lines?.text);
  assert.deepEqual(withoutUndefined(unpacked), withoutUndefined(expected));
});

test("a batch's typed arrays and output lines come back as views into one shared buffer of each kind, with their values", () => {
  const { env } = setupCorpus(CONFIG, () => REGISTRY, TODAY);
  const short = analyzeSource('short.md', { text: `${frontMatter()}\nUpdated.\n`, bom: false, eol: '\n' }, env, { actors: true });
  const at = { start: { line: 7, character: 0 }, end: { line: 7, character: 7 } };
  short.diagnostics.push({ rule: 'casualty/untagged', severity: 'warning', message: '“Updated…” 😀', range: at });
  const setup = { format: 'json', cwd: '/srv', quiet: false } as const;
  const batch = [...analyses(), short].map((analysis) => ({ ...analysis, lines: renderKeyedFile(setup, { file: analysis.file, path: `/srv/${analysis.file}` }, analysis.diagnostics)! }));
  const arraysOf = (result: FileAnalysis) => ({
    signature: result.summary?.similarity?.signature,
    shingles: result.summary?.similarity?.shingles,
    places: result.actors?.places,
    keys: result.lines?.keys,
  });
  const expected = batch.map((result) => structuredClone(arraysOf(result)));
  const expectedTexts = batch.map((result) => result.lines.text);
  assert.equal(expected[2].shingles?.length, 0, 'a body too short to have shingles');
  const results = unpackResults(structuredClone(packResults(batch)));
  const unpacked = results.map(arraysOf);
  for (const kind of ['signature', 'shingles', 'places', 'keys'] as const) {
    const buffers = new Set(unpacked.map((arrays) => arrays[kind]?.buffer));
    assert.equal(buffers.size, 1, kind);
    assert.ok([...buffers][0] instanceof SharedArrayBuffer, kind);
    unpacked.forEach((arrays, index) => {
      assert.equal(arrays[kind]?.constructor, expected[index][kind]?.constructor, kind);
      assert.deepEqual([...arrays[kind]!], [...expected[index][kind]!], `${kind} of result ${index}`);
    });
  }
  const texts = results.map((result) => result.lines!.text as Uint8Array);
  assert.equal(new Set(texts.map((text) => text.buffer)).size, 1);
  assert.ok(texts[0].buffer instanceof SharedArrayBuffer);
  assert.deepEqual(
    texts.map((text) => Buffer.from(text).toString('utf8')),
    expectedTexts,
  );
  assert.match(Buffer.from(texts[2]).toString('utf8'), /“Updated…” 😀/);
});
