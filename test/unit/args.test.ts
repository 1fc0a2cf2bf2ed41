import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs, USAGE, UsageError, type CliOptions } from '../../server/src/cli/args';

const lintDefaults: CliOptions = { command: 'lint', paths: ['.'], format: 'stylish', fix: false, quiet: false, escapeFormulas: false, help: false, version: false };

const usageError = (argv: string[], message: string) => assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && error.message === message);

test('no arguments lint the current folder in the stylish format', () => {
  assert.deepEqual(parseArgs([]), lintDefaults);
});

test('every lint option, in either spelling of a value', () => {
  assert.deepEqual(parseArgs(['articles', '--format', 'sarif', '--fix', '--max-warnings', '0', '--quiet', 'drafts/a.md']), {
    ...lintDefaults,
    paths: ['articles', 'drafts/a.md'],
    format: 'sarif',
    fix: true,
    maxWarnings: 0,
    quiet: true,
  });
  assert.deepEqual(parseArgs(['--format=github', '--max-warnings=12']), { ...lintDefaults, format: 'github', maxWarnings: 12 });
  assert.equal(parseArgs(['--format', 'json']).format, 'json');
});

test('help and version, long and short', () => {
  assert.equal(parseArgs(['--help']).help, true);
  assert.equal(parseArgs(['-h']).help, true);
  assert.equal(parseArgs(['--version']).version, true);
  assert.equal(parseArgs(['-v']).version, true);
  assert.match(USAGE, /^Usage: corpus-lint \[PATH\.\.\.\] \[options\]$/m);
  assert.match(USAGE, /--max-warnings N/);
});

test('timeline defaults to json and accepts html with an output file', () => {
  assert.deepEqual(parseArgs(['timeline']), { ...lintDefaults, command: 'timeline', format: 'json' });
  assert.deepEqual(parseArgs(['timeline', 'corpus', '--format', 'html', '--out', 'timeline.html']), {
    ...lintDefaults,
    command: 'timeline',
    paths: ['corpus'],
    format: 'html',
    out: 'timeline.html',
  });
});

test('every command writes to a file with --out or -o', () => {
  assert.equal(parseArgs(['--format', 'sarif', '--out', 'report.sarif']).out, 'report.sarif');
  assert.equal(parseArgs(['-o', 'report.txt', 'articles']).out, 'report.txt');
  assert.equal(parseArgs(['-o=report.txt']).out, 'report.txt');
  assert.equal(parseArgs(['export', '-o', 'events.csv']).out, 'events.csv');
  usageError(['-o'], '--out needs a value');
});

test('export defaults to csv and accepts json', () => {
  assert.deepEqual(parseArgs(['export', '--out=events.csv']), { ...lintDefaults, command: 'export', format: 'csv', out: 'events.csv' });
  assert.equal(parseArgs(['export', '--format', 'json']).format, 'json');
});

test('--escape-formulas belongs to export as csv only', () => {
  assert.deepEqual(parseArgs(['export', '--escape-formulas']), { ...lintDefaults, command: 'export', format: 'csv', escapeFormulas: true });
  assert.equal(parseArgs(['export', '--format=csv', '--escape-formulas', 'corpus']).escapeFormulas, true);
  for (const argv of [['--escape-formulas'], ['timeline', '--escape-formulas'], ['export', '--format', 'json', '--escape-formulas']]) {
    usageError(argv, '--escape-formulas applies only to export --format csv');
  }
  usageError(['export', '--escape-formulas=yes'], '--escape-formulas takes no value');
  assert.match(USAGE, /--escape-formulas {2}export as csv/);
});

test('-- ends the options, and a command word is only a command in first place', () => {
  assert.deepEqual(parseArgs(['--', '--fix', 'timeline']).paths, ['--fix', 'timeline']);
  assert.deepEqual(parseArgs(['--quiet', 'timeline']), { ...lintDefaults, paths: ['timeline'], quiet: true });
  assert.deepEqual(parseArgs(['timeline', '--', '-odd']).paths, ['-odd']);
});

test('the last of a repeated option wins', () => {
  assert.equal(parseArgs(['--format', 'json', '--format', 'sarif']).format, 'sarif');
});

test('unknown options are usage errors', () => {
  usageError(['--fxi'], 'unknown option --fxi');
  usageError(['-x'], 'unknown option -x');
  usageError(['-'], 'unknown option -');
});

test('a format the command does not have is a usage error', () => {
  usageError(['--format', 'html'], "lint has no format 'html'; use stylish, json, sarif or github");
  usageError(['timeline', '--format=csv'], "timeline has no format 'csv'; use json or html");
  usageError(['export', '--format', 'sarif'], "export has no format 'sarif'; use csv or json");
});

test('--max-warnings takes a whole number of 0 or more, or -1 for no limit as ESLint does', () => {
  for (const value of ['-2', '1.5', 'ten', '1e3', ' 3', '-0']) {
    usageError(['--max-warnings', value], `--max-warnings needs a whole number of 0 or more, or -1 for no limit, got '${value}'`);
  }
  usageError(['--max-warnings', '99999999999999999999'], "--max-warnings needs a whole number of 0 or more, or -1 for no limit, got '99999999999999999999'");
  assert.equal(parseArgs(['--max-warnings', '-1']).maxWarnings, undefined);
  assert.equal(parseArgs(['--max-warnings=-1', '--max-warnings', '3']).maxWarnings, 3);
});

test('a missing value is a usage error', () => {
  usageError(['--format'], '--format needs a value');
  usageError(['--format='], '--format needs a value');
  usageError(['--max-warnings', '--quiet'], '--max-warnings needs a value');
  usageError(['timeline', '--out'], '--out needs a value');
});

test('switches take no value', () => {
  usageError(['--fix=true'], '--fix takes no value');
});

test('options of one command are usage errors with another', () => {
  usageError(['timeline', '--fix'], '--fix applies only to linting, not to timeline');
  usageError(['export', '--max-warnings', '3'], '--max-warnings applies only to linting, not to export');
  usageError(['export', '--quiet'], '--quiet applies only to linting, not to export');
});

test('timeline and export take at most one path', () => {
  usageError(['timeline', 'a', 'b'], 'timeline takes at most one PATH, got 2');
  usageError(['export', 'a', '--', 'b'], 'export takes at most one PATH, got 2');
});
