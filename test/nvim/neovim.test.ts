import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli, type JsonDiagnostic } from '../cli/run';
import { assertNeovimInstalled, runNeovim, type NeovimDiagnostic, type NeovimResult } from './nvimSession';

const EXAMPLE = join(__dirname, '../../examples/corpus');
const HOVER_DOCUMENT = 'articles/clean/paktika-airstrikes-2024-12.md';
const HOVER_ACTOR = 'ttp';
/** Neovim decodes this file as Latin-1 and sends readable UTF-8, so the server rightly sees a different text than the CLI. */
const NOT_COMPARABLE = 'articles/problems/unreadable-windows-1252.md';
const SEVERITY: Record<string, NeovimDiagnostic['severity']> = { error: 'ERROR', warning: 'WARN', info: 'INFO', hint: 'HINT' };

let root: string;
let files: string[];
let fromCli: Map<string, JsonDiagnostic[]>;
let fromNeovim: NeovimResult;

/** Neovim keeps byte columns; the CLI counts UTF-16 units from 1. Out-of-line positions stay as they are, as in Neovim. */
function byteColumn(lines: string[], line: number, column: number): number {
  const text = lines[line - 1];
  if (text === undefined || column - 1 > text.length) return column - 1;
  return Buffer.byteLength(text.slice(0, column - 1));
}

function cliView(file: string, diagnostics: JsonDiagnostic[]) {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
  return diagnostics.map((d) => ({
    line: d.line, endLine: d.endLine, col: byteColumn(lines, d.line, d.column), endCol: byteColumn(lines, d.endLine, d.endColumn),
    rule: d.rule, severity: SEVERITY[d.severity], message: d.message,
  }));
}

function neovimView(diagnostics: NeovimDiagnostic[]) {
  return diagnostics.map((d) => ({
    line: d.lnum + 1, endLine: d.end_lnum + 1, col: d.col, endCol: d.end_col, rule: d.code, severity: d.severity, message: d.message,
  }));
}

const byPosition = <T extends { line: number; col: number; rule: string; message: string }>(list: T[]) =>
  [...list].sort((a, b) => a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));

/** The first body line naming the actor by its registry name, as an LSP position. */
function mentionOf(file: string, name: string): { line: number; character: number } {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
  const bodyStart = lines.indexOf('---', 1) + 1;
  const line = lines.findIndex((text, index) => index >= bodyStart && text.includes(name));
  assert.ok(line >= 0, `${file} never names ${name}`);
  return { line, character: lines[line].indexOf(name) + 2 };
}

before(() => {
  assertNeovimInstalled();
  root = mkdtempSync(join(tmpdir(), 'corpus-lint-nvim-corpus-'));
  cpSync(EXAMPLE, root, { recursive: true });
  const problems = readdirSync(join(root, 'articles/problems')).map((name) => `articles/problems/${name}`);
  files = ['corpus.yaml', 'actors.yaml', HOVER_DOCUMENT, ...problems.filter((file) => file !== NOT_COMPARABLE)];

  const cli = runCli(['--format', 'json', ...files], root);
  assert.ok(cli.status === 0 || cli.status === 1, `the CLI failed: ${cli.stderr}`);
  fromCli = new Map(files.map((file) => [file, []]));
  for (const diagnostic of JSON.parse(cli.stdout) as JsonDiagnostic[]) fromCli.get(diagnostic.file)?.push(diagnostic);

  const registryName: string = parse(readFileSync(join(root, 'actors.yaml'), 'utf8'))[HOVER_ACTOR].name;
  fromNeovim = runNeovim({
    root,
    documents: files.map((file) => ({ path: join(root, file), expected: fromCli.get(file)!.length })),
    hover: { path: join(root, HOVER_DOCUMENT), ...mentionOf(HOVER_DOCUMENT, registryName) },
    timeoutMs: 15_000,
  });
  assert.equal(fromNeovim.error, undefined, `the Neovim script failed: ${fromNeovim.error}`);
});

after(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

test('Neovim receives, for every opened file, the diagnostics the CLI reports for it', () => {
  for (const file of files) {
    const path = join(root, file);
    assert.ok(fromNeovim.published[path] > 0, `no publishDiagnostics reached Neovim for ${file}`);
    assert.deepEqual(byPosition(neovimView(fromNeovim.documents[path])), byPosition(cliView(file, fromCli.get(file)!)), file);
  }
  assert.equal(fromNeovim.settled, true);
});

test('the diagnostics carry rule ids as codes and the corpus-lint source', () => {
  const rulesIn = (file: string) => new Set(fromNeovim.documents[join(root, file)].map((d) => d.code));
  assert.ok(rulesIn('actors.yaml').has('registry/invalid'));
  assert.ok(rulesIn('corpus.yaml').has('config/invalid'));
  assert.ok(rulesIn('articles/problems/actor-misspellings.md').has('actor/variant'));
  assert.ok(rulesIn('articles/problems/duplicate-id-chitral.md').has('corpus/duplicate-id'));
  assert.ok(rulesIn('articles/problems/conflicting-tolls.md').has('casualty/conflict'));
  assert.ok(rulesIn('articles/problems/front-matter-values.md').has('front-matter/date'));
  assert.deepEqual(fromNeovim.documents[join(root, HOVER_DOCUMENT)], []);
  const sources = new Set(Object.values(fromNeovim.documents).flat().map((d) => d.source));
  assert.deepEqual([...sources], ['corpus-lint']);
});

test('a hover on an actor name, asked through Neovim, answers with the registry card', () => {
  const entry = parse(readFileSync(join(root, 'actors.yaml'), 'utf8'))[HOVER_ACTOR];
  const contents = fromNeovim.hover?.contents;
  assert.ok(contents && typeof contents === 'object' && 'kind' in contents, `no markdown hover: ${JSON.stringify(fromNeovim.hover)}`);
  assert.equal(contents.kind, 'markdown');
  const text = contents.value.replace(/\\(.)/g, '$1');
  assert.ok(text.includes(`\`${HOVER_ACTOR}\``), text);
  for (const form of [entry.name, entry.short, ...entry.aliases]) assert.ok(text.includes(form), `${form} missing from ${text}`);
});

test('Neovim shuts the server down cleanly and exits without error', () => {
  assert.equal(fromNeovim.serverExitCode, 0);
  assert.equal(fromNeovim.nvimExitCode, 0);
});
