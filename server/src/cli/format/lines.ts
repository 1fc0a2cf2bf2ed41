/**
 * The output formats with one line per diagnostic: json and github. A file's lines can be written where
 * its diagnostics are found, on a worker thread, so that the main thread of a large run never rebuilds
 * every diagnostic: it adds the file's corpus-wide diagnostics to the lines by their sort keys, and joins
 * the files' texts.
 */
import { relative, sep } from 'node:path';
import { RULE_IDS } from '../../service/ruleMeta';
import { compareStrings } from '../../service/text/compare';
import type { Diagnostic, Severity } from '../../service/types';

export type LineFormat = 'json' | 'github';

export function isLineFormat(format: string): format is LineFormat {
  return format === 'json' || format === 'github';
}

/** How a run writes its lines. */
export interface LineSetup {
  format: LineFormat;
  /** The working folder, which github names files relative to. */
  cwd: string;
  /** Write errors only (the counts still cover every diagnostic). */
  quiet: boolean;
}

/** Which file a diagnostic is in: as the corpus names it, and its absolute path. */
export interface FilePlace {
  file: string;
  path: string;
}

/** A file's written lines, and the counts the exit status depends on. */
export interface FileLines {
  /** The lines in output order, joined as the format joins lines; empty when no line is written. */
  text: string;
  errors: number;
  warnings: number;
}

/** A file's lines with each one's sort key, so that more diagnostics can be merged in without reading them back. */
export interface KeyedLines extends FileLines {
  /** Line, character and rule rank of each written line, in order. */
  keys: Int32Array;
}

const SEPARATORS: Readonly<Record<LineFormat, string>> = { json: ',\n', github: '\n' };
const GITHUB_COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
/** Rule ids in the order the output sorts them, by UTF-16 code units. */
const RULE_RANKS = new Map([...RULE_IDS].sort(compareStrings).map((id, rank) => [id, rank]));

/** About how long each piece of `outputPieces` is. */
const PIECE_LENGTH = 1 << 20;

/**
 * The whole output from the files' texts, in output order, as pieces to write one after another: a large
 * run's tens of megabytes are never joined into one string and then copied again to be written.
 */
export function outputPieces(format: LineFormat, texts: readonly string[]): string[] {
  const written = texts.filter((text) => text.length > 0);
  if (format === 'github') return written.length === 0 ? [] : inPieces(written, '\n', '', '\n');
  return written.length === 0 ? ['[]\n'] : inPieces(written, SEPARATORS.json, '[\n', '\n]\n');
}

/** `before`, the texts joined by `separator`, and `after`, cut between texts into pieces of about PIECE_LENGTH. */
function inPieces(texts: readonly string[], separator: string, before: string, after: string): string[] {
  const pieces: string[] = [];
  let group: string[] = [];
  let length = 0;
  const close = () => {
    pieces.push((pieces.length === 0 ? before : separator) + group.join(separator));
    group = [];
    length = 0;
  };
  for (const text of texts) {
    group.push(text);
    length += text.length;
    if (length >= PIECE_LENGTH) close();
  }
  if (group.length > 0) close();
  pieces.push(after);
  return pieces;
}

/** The whole output from lines in output order. */
export function joinLines(format: LineFormat, lines: readonly string[]): string {
  return outputPieces(format, [lines.join(SEPARATORS[format])]).join('');
}

/** One diagnostic's line (without its line break). */
export function renderLine(format: LineFormat, diagnostic: Diagnostic, place: FilePlace, cwd: string): string {
  return lineRenderer(format, place, cwd)(diagnostic);
}

/** Writes the lines of one file's diagnostics, with what they all share worked out once. */
function lineRenderer(format: LineFormat, place: FilePlace, cwd: string): (diagnostic: Diagnostic) => string {
  // LSP counts from 0; every output format counts lines and UTF-16 columns from 1.
  if (format === 'json') {
    // The same text as JSON.stringify of a JsonDiagnostic, keys in that order, built without the object.
    const head = `{"file":${JSON.stringify(place.file)},"line":`;
    return ({ range: { start, end }, severity, rule, message, fix }) =>
      `${head}${start.line + 1},"column":${start.character + 1},"endLine":${end.line + 1},"endColumn":${end.character + 1},` +
      `"severity":"${severity}","rule":${JSON.stringify(rule)},"message":${JSON.stringify(message)},"fixable":${fix !== undefined}}`;
  }
  const file = `file=${escapeProperty(pathFrom(cwd, place.path))}`;
  return ({ range: { start, end }, severity, rule, message }) =>
    `::${GITHUB_COMMANDS[severity]} ${file},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1},` +
    `title=${escapeProperty(rule)}::${escapeData(message)}`;
}

/** A file's diagnostics (in any order) as lines. */
export function renderFile(setup: LineSetup, place: FilePlace, diagnostics: readonly Diagnostic[]): FileLines {
  const { text, errors, warnings } = written(setup, place, diagnostics);
  return { text: text.join(SEPARATORS[setup.format]), errors, warnings };
}

/** A file's diagnostics as lines with their keys; undefined if one has a rule the output cannot rank. */
export function renderKeyedFile(setup: LineSetup, place: FilePlace, diagnostics: readonly Diagnostic[]): KeyedLines | undefined {
  if (diagnostics.some((diagnostic) => !RULE_RANKS.has(diagnostic.rule))) return undefined;
  const { text, shown, errors, warnings } = written(setup, place, diagnostics);
  const keys = new Int32Array(shown.length * 3);
  shown.forEach(({ range: { start }, rule }, index) => {
    keys[index * 3] = start.line;
    keys[index * 3 + 1] = start.character;
    keys[index * 3 + 2] = RULE_RANKS.get(rule)!;
  });
  return { text: text.join(SEPARATORS[setup.format]), keys, errors, warnings };
}

/**
 * Adds `more` diagnostics (in any order) to a file's keyed lines, as if all had been rendered together
 * after the file's own: on equal keys its own come first.
 */
export function mergeIntoFile(setup: LineSetup, place: FilePlace, own: KeyedLines, more: readonly Diagnostic[]): FileLines {
  if (more.length === 0) return { text: own.text, errors: own.errors, warnings: own.warnings };
  const added = written(setup, place, more);
  const separator = SEPARATORS[setup.format];
  const ownCount = own.keys.length / 3;
  // The file's own lines are copied in runs, between the places where an added line goes.
  let text = '';
  let next = 0;
  let copied = 0;
  const append = (piece: string) => (text = text.length === 0 ? piece : text + separator + piece);
  const copyOwnUpTo = (line: number) => {
    if (line === next) return;
    const end = line === ownCount ? own.text.length : nthIndexOf(own.text, separator, line - next, copied);
    append(own.text.slice(copied, end));
    copied = end + separator.length;
    next = line;
  };
  added.shown.forEach((diagnostic, index) => {
    let line = next;
    while (line < ownCount && compareKey(own.keys, line, diagnostic) <= 0) line++;
    copyOwnUpTo(line);
    append(added.text[index]);
  });
  copyOwnUpTo(ownCount);
  return { text, errors: own.errors + added.errors, warnings: own.warnings + added.warnings };
}

/** Where the `count`-th `separator` from `from` on starts. */
function nthIndexOf(text: string, separator: string, count: number, from: number): number {
  let at = from - separator.length;
  for (let i = 0; i < count; i++) at = text.indexOf(separator, at + separator.length);
  return at;
}

function written(setup: LineSetup, place: FilePlace, diagnostics: readonly Diagnostic[]) {
  const shown = diagnostics.filter((diagnostic) => isShown(diagnostic, setup.quiet)).sort(byOutputPosition);
  return { text: shown.map(lineRenderer(setup.format, place, setup.cwd)), shown, ...severityCounts(diagnostics) };
}

/** Whether the output shows a diagnostic: with `--quiet`, errors only. */
export function isShown(diagnostic: Diagnostic, quiet: boolean): boolean {
  return !quiet || diagnostic.severity === 'error';
}

/** How many of `diagnostics` are errors and how many warnings: what the exit status depends on. */
export function severityCounts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const { severity } of diagnostics) {
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Within a file: by line, column and rule; a stable sort keeps the order of diagnostics equal in all three. */
export function byOutputPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareStrings(a.rule, b.rule);
}

function compareKey(keys: Int32Array, index: number, diagnostic: Diagnostic): number {
  const at = index * 3;
  const { line, character } = diagnostic.range.start;
  return keys[at] - line || keys[at + 1] - character || keys[at + 2] - RULE_RANKS.get(diagnostic.rule)!;
}

/** A path relative to the working folder, with `/` separators. */
export function pathFrom(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/');
}

/** The escaping of `@actions/core`'s `issueCommand` for a command's message. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Properties also escape the `:` that ends the list and the `,` that separates its items. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
