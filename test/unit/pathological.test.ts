/**
 * Each pathological input of bench/pathological/cases.ts, at a small size, read through the service as the
 * CLI reads it (bytes decoded, corpus set up, every rule run): it finishes, nothing is logged as failed, and
 * the diagnostic that says what was found or could not be read is there. The benchmark times the same
 * inputs at full size; this test never looks at the clock.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { CASES, CONFIG, REGISTRY } from '../../bench/pathological/cases';
import { analyzeCorpus, analyzeDocument } from '../../server/src/service/analyze';
import { setupCorpus } from '../../server/src/service/corpus';
import { parseYamlDocument } from '../../server/src/service/parse/yamlDocument';
import { decodeSource } from '../../server/src/service/source';
import type { Diagnostic } from '../../server/src/service/types';
import type { DocumentSummary } from '../../server/src/service/summary';
import { TODAY } from './harness';

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

function lintFiles(files: Record<string, string | Uint8Array>): { byFile: Map<string, Diagnostic[]>; logged: string[] } {
  const logged: string[] = [];
  const logger = { error: (message: string) => logged.push(message) };
  const text = (name: string, fallback: string) => (files[name] === undefined ? fallback : decodeSource(bytesOf(files[name])).text);
  const setup = setupCorpus(text('corpus.yaml', CONFIG), () => text('actors.yaml', REGISTRY), TODAY);
  const byFile = new Map<string, Diagnostic[]>(setup.fileDiagnostics);
  const summaries: DocumentSummary[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (!name.endsWith('.md')) continue;
    const analysis = analyzeDocument(name, decodeSource(bytesOf(content)), setup.env, { logger });
    byFile.set(name, analysis.diagnostics);
    if (analysis.summary) summaries.push(analysis.summary);
  }
  for (const [name, diagnostics] of analyzeCorpus(summaries, setup.env, { logger })) byFile.get(name)!.push(...diagnostics);
  return { byFile, logged };
}

for (const pathological of CASES) {
  test(`${pathological.name}: finishes and reports ${pathological.expect.rule}`, () => {
    const { byFile, logged } = lintFiles(pathological.files(pathological.testSize));
    assert.deepEqual(logged, []);
    const { file, rule, message } = pathological.expect;
    const diagnostics = byFile.get(file) ?? [];
    const found = diagnostics.find((d) => d.rule === rule && (!message || message.test(d.message)));
    assert.ok(found, `${file} has no ${rule}${message ? ` matching ${message}` : ''}; it has ${[...new Set(diagnostics.map((d) => d.rule))].join(', ')}`);
  });
}

test('the unreadable-byte diagnostics point at the first bad byte, on its line', () => {
  const { byFile } = lintFiles({ 'a.md': Buffer.concat([Buffer.from('line one\nline two '), Buffer.from([0xff]), Buffer.from(' three\n')]) });
  const [unreadable] = byFile.get('a.md')!;
  assert.equal(unreadable.rule, 'document/unreadable');
  assert.deepEqual(unreadable.range.start, { line: 1, character: 9 });
  assert.match(unreadable.message, /byte 0xFF at byte 19 /);
});

test('repeated keys are found in linear time with the error, code and position the yaml package gives', () => {
  const sources = ['a: 1\nb: 2\na: 3\n', 'x:\n  name: A\n  name: B\n', '{a: 1, a: 2}', 'a: 1\n"a": 2\n1: x\n"1": y\n', '&k a: 1\na: 2\n', 'a: [\nb: 1\nb: 2\n'];
  for (const source of sources) {
    const theirs = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).errors;
    const ours = parseYamlDocument(source).errors;
    assert.deepEqual(ours.map((e) => [e.code, e.message, e.pos]), theirs.map((e) => [e.code, e.message, e.pos]), source);
  }
});

test('deep nesting in corpus.yaml and in the registry is reported, not read', () => {
  const deep = `x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  const setup = setupCorpus(`name: T\n${deep}`, () => `ttp:\n  name: T\n  type: state\n${deep}`, TODAY);
  assert.match(setup.fileDiagnostics.get('corpus.yaml')![0].message, /corpus\.yaml cannot be read: it nests more than 100 levels deep/);
  assert.match(setup.fileDiagnostics.get('actors.yaml')![0].message, /nests more than 100 levels deep/);
});
