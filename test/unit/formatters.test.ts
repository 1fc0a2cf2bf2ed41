import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Log } from 'sarif';
import { formatReportPieces, type FormatContext } from '../../server/src/cli/format/index';
import { formatReports } from './harness';
import { RULES, ruleDocsUrl } from '../../server/src/service/ruleMeta';
import type { Diagnostic, FileReport, Range } from '../../server/src/service/types';

const root = resolve('/srv/border-corpus');
const ctx: FormatContext = { cwd: root, color: false, rules: RULES, toolVersion: '1.2.3' };

const range = (line: number, character: number, endLine: number, endCharacter: number): Range => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

const variant: Diagnostic = {
  rule: 'actor/variant',
  severity: 'warning',
  message: '"Tehrik-e-Taliban" is a form to avoid for Tehreek-e-Taliban Pakistan.',
  range: range(11, 4, 11, 21),
  fix: { title: 'Write "Tehreek-e-Taliban Pakistan"', edits: [{ range: range(11, 4, 11, 21), newText: 'Tehreek-e-Taliban Pakistan' }] },
};
const mismatch: Diagnostic = {
  rule: 'casualty/mismatch',
  severity: 'error',
  message: 'The label says 40 killed, but killed=46.',
  range: range(2, 0, 2, 38),
};
const conflict: Diagnostic = {
  rule: 'casualty/conflict',
  severity: 'info',
  message: 'Event kurram-2024-10 is reported with 12 killed here,\nand 50% more: 18, elsewhere.',
  range: range(6, 9, 6, 30),
  related: [{ file: 'articles/b.md', range: range(2, 0, 2, 38), message: '18 killed' }],
};

/** Given out of order, to check that every format sorts by file, line and column. */
const reports: FileReport[] = [
  { file: 'articles/b.md', path: join(root, 'articles/b.md'), diagnostics: [variant, mismatch] },
  { file: 'articles/a.md', path: join(root, 'articles/a.md'), diagnostics: [conflict] },
  { file: 'articles/c.md', path: join(root, 'articles/c.md'), diagnostics: [] },
];

test('json prints the spec shape, sorted, one object per line', () => {
  assert.equal(
    formatReports('json', reports, ctx),
    [
      '[',
      '{"file":"articles/a.md","line":7,"column":10,"endLine":7,"endColumn":31,"severity":"info","rule":"casualty/conflict","message":"Event kurram-2024-10 is reported with 12 killed here,\\nand 50% more: 18, elsewhere.","fixable":false},',
      '{"file":"articles/b.md","line":3,"column":1,"endLine":3,"endColumn":39,"severity":"error","rule":"casualty/mismatch","message":"The label says 40 killed, but killed=46.","fixable":false},',
      '{"file":"articles/b.md","line":12,"column":5,"endLine":12,"endColumn":22,"severity":"warning","rule":"actor/variant","message":"\\"Tehrik-e-Taliban\\" is a form to avoid for Tehreek-e-Taliban Pakistan.","fixable":true}',
      ']',
      '',
    ].join('\n'),
  );
  assert.equal(JSON.parse(formatReports('json', reports, ctx)).length, 3);
});

test('json lines are exactly JSON.stringify of the spec object, whatever the strings hold', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.nat(1000), fc.boolean(), (file, message, line, fixable) => {
      const diagnostic: Diagnostic = { ...variant, message, range: range(line, 0, line, 1), fix: fixable ? variant.fix : undefined };
      if (!fixable) delete diagnostic.fix;
      const output = formatReports('json', [{ file, path: join(root, 'x.md'), diagnostics: [diagnostic] }], ctx);
      const expected = { file, line: line + 1, column: 1, endLine: line + 1, endColumn: 2, severity: 'warning', rule: 'actor/variant', message, fixable };
      assert.equal(output, `[\n${JSON.stringify(expected)}\n]\n`);
    }),
    { seed: 7, numRuns: 300 },
  );
});

test('json prints an empty array when there is nothing to report', () => {
  assert.equal(formatReports('json', [], ctx), '[]\n');
});

test('json names files relative to the corpus root, whatever the working folder', () => {
  const [first] = JSON.parse(formatReports('json', reports, { ...ctx, cwd: dirname(root) }));
  assert.equal(first.file, 'articles/a.md');
});

test('github prints one workflow command per diagnostic, escaping data and properties', () => {
  assert.equal(
    formatReports('github', reports, ctx),
    [
      '::notice file=articles/a.md,line=7,col=10,endLine=7,endColumn=31,title=casualty/conflict::Event kurram-2024-10 is reported with 12 killed here,%0Aand 50%25 more: 18, elsewhere.',
      '::error file=articles/b.md,line=3,col=1,endLine=3,endColumn=39,title=casualty/mismatch::The label says 40 killed, but killed=46.',
      '::warning file=articles/b.md,line=12,col=5,endLine=12,endColumn=22,title=actor/variant::"Tehrik-e-Taliban" is a form to avoid for Tehreek-e-Taliban Pakistan.',
      '',
    ].join('\n'),
  );
});

test('github names files relative to the working folder and escapes : and , in them', () => {
  const odd: FileReport = { file: 'a:b,c.md', path: join(root, 'a:b,c.md'), diagnostics: [{ ...mismatch, severity: 'hint' }] };
  assert.equal(
    formatReports('github', [odd], { ...ctx, cwd: dirname(root) }),
    '::notice file=border-corpus/a%3Ab%2Cc.md,line=3,col=1,endLine=3,endColumn=39,title=casualty/mismatch::The label says 40 killed, but killed=46.\n',
  );
  assert.equal(formatReports('github', [], ctx), '');
});

test('stylish prints aligned rows per file and a summary, without colour when colour is off', () => {
  assert.equal(
    formatReports('stylish', reports, ctx),
    [
      'articles/a.md',
      '  7:10  info  Event kurram-2024-10 is reported with 12 killed here, and 50% more: 18, elsewhere.  casualty/conflict',
      '',
      'articles/b.md',
      '   3:1  error    The label says 40 killed, but killed=46.                               casualty/mismatch',
      '  12:5  warning  "Tehrik-e-Taliban" is a form to avoid for Tehreek-e-Taliban Pakistan.  actor/variant',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info)',
      '  1 fixable with --fix',
      '',
    ].join('\n'),
  );
});

test('stylish rows match the documented problem-matcher patterns', () => {
  const lines = formatReports('stylish', reports, ctx).split('\n');
  const row = /^\s+(\d+):(\d+)\s+(error|warning|info|hint)\s+(.*?)\s\s+(\S+)$/;
  assert.deepEqual(lines[4].match(row)?.slice(1), ['3', '1', 'error', 'The label says 40 killed, but killed=46.', 'casualty/mismatch']);
  assert.deepEqual(lines[5].match(row)?.slice(1), ['12', '5', 'warning', '"Tehrik-e-Taliban" is a form to avoid for Tehreek-e-Taliban Pakistan.', 'actor/variant']);
  assert.match(lines[3], /^([^\s].*)$/);
});

test('stylish colours with ANSI codes only when asked, and prints nothing for no problems', () => {
  const coloured = formatReports('stylish', reports, { ...ctx, color: true });
  assert.ok(coloured.includes('\x1b[1;31m✖ 3 problems (1 error, 1 warning, 1 info)\x1b[0m'));
  assert.ok(coloured.includes('\x1b[33mwarning\x1b[0m'));
  assert.equal(formatReports('stylish', reports, ctx).includes('\x1b'), false);
  assert.equal(formatReports('stylish', [{ ...reports[2] }], ctx), '');
});

test('stylish counts hints apart and leaves out the fixable line when nothing is fixable', () => {
  const hinted: FileReport = { file: 'articles/a.md', path: join(root, 'articles/a.md'), diagnostics: [{ ...mismatch, severity: 'hint' }, mismatch] };
  const summary = formatReports('stylish', [hinted], ctx).split('\n').slice(-2);
  assert.deepEqual(summary, ['✖ 2 problems (1 error, 0 warnings, 0 infos, 1 hint)', '']);
});

test('sarif describes every rule and locates results relative to the working folder', () => {
  const log = JSON.parse(formatReports('sarif', reports, ctx)) as Log;
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'corpus-lint');
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` } });
  const rules = run.tool.driver.rules ?? [];
  assert.deepEqual(rules.map((rule) => rule.id), [...RULES.keys()]);
  const notListed = rules.find((rule) => rule.id === 'actor/not-listed');
  assert.deepEqual(notListed, {
    id: 'actor/not-listed',
    shortDescription: { text: RULES.get('actor/not-listed')!.description },
    helpUri: ruleDocsUrl('actor/not-listed'),
    defaultConfiguration: { level: 'note' },
  });

  const results = run.results ?? [];
  assert.deepEqual(results.map((result) => [result.ruleId, result.level]), [
    ['casualty/conflict', 'note'],
    ['casualty/mismatch', 'error'],
    ['actor/variant', 'warning'],
  ]);
  for (const result of results) assert.equal(rules[result.ruleIndex!].id, result.ruleId);
  assert.deepEqual(results[2].locations, [
    { physicalLocation: { artifactLocation: { uri: 'articles/b.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 22 } } },
  ]);
  assert.equal(results[2].message.text, variant.message);
});

test('sarif comes in pieces whose text is the whole log written by JSON.stringify, indented by 2', () => {
  const many: FileReport[] = Array.from({ length: 7 }, (_, file) => ({
    file: `articles/${file}.md`,
    path: join(root, `articles/${file}.md`),
    diagnostics: Array.from({ length: 180 }, (_, line) => [variant, mismatch, conflict][line % 3]).map((diagnostic, line) => ({ ...diagnostic, range: range(line, 0, line, 5) })),
  }));
  const pieces = [...formatReportPieces('sarif', many, ctx)];
  assert.ok(pieces.length > 2, `${pieces.length} pieces`);
  const text = pieces.join('');
  const log = JSON.parse(text) as Log;
  assert.equal(log.runs[0].results!.length, 7 * 180);
  assert.equal(text, `${JSON.stringify(log, null, 2)}\n`);
  const empty = formatReports('sarif', [], ctx);
  assert.deepEqual(JSON.parse(empty).runs[0].results, []);
  assert.equal(empty, `${JSON.stringify(JSON.parse(empty), null, 2)}\n`);
});

test('sarif carries related locations and fixes', () => {
  const [conflictResult, mismatchResult, variantResult] = JSON.parse(formatReports('sarif', reports, ctx)).runs[0].results;
  assert.deepEqual(conflictResult.relatedLocations, [
    {
      id: 1,
      physicalLocation: { artifactLocation: { uri: 'articles/b.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 39 } },
      message: { text: '18 killed' },
    },
  ]);
  assert.equal(conflictResult.fixes, undefined);
  assert.equal(mismatchResult.relatedLocations, undefined);
  assert.deepEqual(variantResult.fixes, [
    {
      description: { text: 'Write "Tehreek-e-Taliban Pakistan"' },
      artifactChanges: [
        {
          artifactLocation: { uri: 'articles/b.md', uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 22 }, insertedContent: { text: 'Tehreek-e-Taliban Pakistan' } }],
        },
      ],
    },
  ]);
});

test('sarif uses the path under the working folder, and a file: URI outside it', () => {
  const spaced: FileReport = { file: 'news items/a b.md', path: join(root, 'news items/a b.md'), diagnostics: [mismatch] };
  const inside = JSON.parse(formatReports('sarif', [spaced], { ...ctx, cwd: dirname(root) })).runs[0].results[0];
  assert.deepEqual(inside.locations[0].physicalLocation.artifactLocation, { uri: 'border-corpus/news%20items/a%20b.md', uriBaseId: '%SRCROOT%' });
  const outside = JSON.parse(formatReports('sarif', [spaced], { ...ctx, cwd: join(root, 'articles') })).runs[0].results[0];
  assert.deepEqual(outside.locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(spaced.path).href });
});

test('sarif of a clean run is a valid log with no results', () => {
  const log = JSON.parse(formatReports('sarif', [], ctx)) as Log;
  assert.deepEqual(log.runs[0].results, []);
  assert.equal(log.runs[0].tool.driver.rules?.length, RULES.size);
});
