/** Output lines written per file (on worker threads) and merged with corpus-wide diagnostics later read as if written at once. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { mergeIntoFile, outputPieces, renderFile, renderKeyedFile, type FileLines, type LineSetup } from '../../server/src/cli/format/lines';
import { RULE_IDS } from '../../server/src/service/ruleMeta';
import type { Diagnostic, Severity } from '../../server/src/service/types';

const cwd = resolve('/srv/corpus');
const place = { file: 'articles/a.md', path: resolve(cwd, 'articles/a.md') };

const diagnostic: fc.Arbitrary<Diagnostic> = fc
  .record({
    line: fc.integer({ min: 0, max: 4 }),
    character: fc.integer({ min: 0, max: 3 }),
    rule: fc.constantFrom(...RULE_IDS),
    severity: fc.constantFrom<Severity>('error', 'warning', 'info', 'hint'),
    message: fc.string({ maxLength: 12 }),
    fixable: fc.boolean(),
  })
  .map(({ line, character, rule, severity, message, fixable }) => ({
    rule,
    severity,
    message,
    range: { start: { line, character }, end: { line, character: character + 1 } },
    ...(fixable && { fix: { title: 'fix', edits: [] } }),
  }));

/** Lines with their text as a string, whether written as one or as UTF-8 bytes. */
function asText<Lines extends FileLines>(lines: Lines): Lines & { text: string } {
  return { ...lines, text: typeof lines.text === 'string' ? lines.text : Buffer.from(lines.text).toString('utf8') };
}

const setup: fc.Arbitrary<LineSetup> = fc.record({ format: fc.constantFrom('json' as const, 'github' as const), cwd: fc.constant(cwd), quiet: fc.boolean() });

test('a file\'s own lines merged with more diagnostics equal the lines of all of them rendered together, own first on ties', () => {
  fc.assert(
    fc.property(setup, fc.array(diagnostic, { maxLength: 12 }), fc.array(diagnostic, { maxLength: 6 }), (lineSetup, own, more) => {
      const keyed = renderKeyedFile(lineSetup, place, own);
      assert.ok(keyed);
      assert.deepEqual(asText(mergeIntoFile(lineSetup, place, keyed, more)), renderFile(lineSetup, place, [...own, ...more]));
    }),
  );
});

test('messages with the separators of a format inside them stay one line each', () => {
  const tricky: Diagnostic = { rule: 'casualty/conflict', severity: 'info', message: 'a,\nb\r\nc', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } };
  for (const format of ['json', 'github'] as const) {
    const lineSetup = { format, cwd, quiet: false };
    const keyed = renderKeyedFile(lineSetup, place, [tricky, { ...tricky, range: { ...tricky.range, start: { line: 3, character: 0 } } }])!;
    const merged = asText(mergeIntoFile(lineSetup, place, keyed, [{ ...tricky, range: { ...tricky.range, start: { line: 2, character: 0 } } }]));
    assert.equal(merged.text.split('\n').length, 3, merged.text);
  }
});

test('a rule the output order does not know is not keyed, so the file is rendered whole instead', () => {
  const unknown: Diagnostic = { rule: 'made/up', severity: 'error', message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  assert.equal(renderKeyedFile({ format: 'json', cwd, quiet: false }, place, [unknown]), undefined);
});

test('counts cover every diagnostic while --quiet writes errors only', () => {
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const lines = asText(renderFile({ format: 'github', cwd, quiet: true }, place, [
    { rule: 'actor/variant', severity: 'warning', message: 'w', range: at },
    { rule: 'actor/unknown', severity: 'error', message: 'e', range: at },
  ]));
  assert.deepEqual({ errors: lines.errors, warnings: lines.warnings, written: lines.text.split('\n').length }, { errors: 1, warnings: 1, written: 1 });
  assert.match(lines.text, /^::error file=articles\/a\.md,line=1,col=1,endLine=1,endColumn=2,title=actor\/unknown::e$/);
});

test('the output written in pieces reads as the files joined at once, however long the files are', () => {
  const text = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 8, unit: 'binary' }),
    fc.tuple(fc.integer({ min: 1, max: 900_000 }), fc.constantFrom('x', '…', '😀')).map(([length, unit]) => unit.repeat(length)),
  );
  fc.assert(
    fc.property(fc.constantFrom('json' as const, 'github' as const), fc.array(text, { maxLength: 8 }), (format, texts) => {
      const written = texts.filter((file) => file.length > 0);
      const whole = format === 'json' ? (written.length === 0 ? '[]\n' : `[\n${written.join(',\n')}\n]\n`) : written.map((file) => `${file}\n`).join('');
      const pieces = outputPieces(format, texts);
      assert.equal(Buffer.concat(pieces).toString('utf8'), whole);
      assert.ok(pieces.every((piece) => piece.length <= 1024 * 1024 + 3 * 900_000), 'no piece is much longer than a megabyte and a file');
    }),
    { numRuns: 60 },
  );
});
