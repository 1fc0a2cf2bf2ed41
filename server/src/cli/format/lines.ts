/**
 * The output formats with one line per diagnostic: json and github. A file's lines can be written where
 * its diagnostics are found, on a worker thread, so that the main thread of a large run never rebuilds
 * every diagnostic: it adds the file's corpus-wide diagnostics to the lines by their sort keys, and joins
 * the files' texts.
 */
import { relative, sep } from 'node:path';
import { MAX_BYTES_PER_UNIT, maxUtf8Bytes, writeUtf8, type Utf8Text } from '../../node/utf8';
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
  /**
   * The lines in output order, joined as the format joins lines; empty when no line is written. Lines that
   * came from a worker thread are UTF-8 bytes, which cross between threads in a shared buffer.
   */
  text: Utf8Text;
  errors: number;
  warnings: number;
}

/** A file's lines with each one's sort key, so that more diagnostics can be merged in without reading them back. */
export interface KeyedLines extends FileLines {
  /** Line, character and rule rank of each written line, in order. */
  keys: Int32Array;
}

const SEPARATORS: Readonly<Record<LineFormat, string>> = { json: ',\n', github: '\n' };
const SEPARATOR_BYTES: Readonly<Record<LineFormat, Buffer>> = { json: Buffer.from(SEPARATORS.json), github: Buffer.from(SEPARATORS.github) };
const GITHUB_COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
/** Rule ids in the order the output sorts them, by UTF-16 code units. */
const RULE_RANKS = new Map([...RULE_IDS].sort(compareStrings).map((id, rank) => [id, rank]));

/** About how many bytes each piece of `outputPieces` holds. */
const PIECE_BYTES = 1 << 20;

/** What the whole output writes before, between and after the files' texts; undefined when it writes nothing. */
function framing(format: LineFormat, anyText: boolean): { before: string; separator: string; after: string } | undefined {
  if (format === 'github') return anyText ? { before: '', separator: SEPARATORS.github, after: '\n' } : undefined;
  return anyText ? { before: '[\n', separator: SEPARATORS.json, after: '\n]\n' } : { before: '[]\n', separator: '', after: '' };
}

/**
 * The whole output from the files' texts, in output order, as UTF-8 pieces to write one after another.
 * Each text is encoded straight into a piece: a large run's tens of megabytes are never joined into one
 * string, nor into strings of a megabyte that are then copied again to be encoded.
 */
export function outputPieces(format: LineFormat, texts: readonly Utf8Text[]): Uint8Array[] {
  const written = texts.filter((text) => text.length > 0);
  const frame = framing(format, written.length > 0);
  if (!frame) return [];
  const pieces = new PieceWriter();
  pieces.add(frame.before);
  written.forEach((text, index) => {
    if (index > 0) pieces.add(frame.separator);
    pieces.add(text);
  });
  pieces.add(frame.after);
  return pieces.finish();
}

/** Encodes strings (and copies bytes) one after another into a scratch buffer, cut into pieces of about PIECE_BYTES. */
class PieceWriter {
  private readonly pieces: Uint8Array[] = [];
  private scratch = Buffer.allocUnsafe(PIECE_BYTES * MAX_BYTES_PER_UNIT);
  private used = 0;

  add(text: Utf8Text): void {
    const room = maxUtf8Bytes(text);
    if (this.used + room > this.scratch.length) {
      this.cut();
      if (room > this.scratch.length) this.scratch = Buffer.allocUnsafe(room);
    }
    this.used += writeUtf8(this.scratch, text, this.used);
    if (this.used >= PIECE_BYTES) this.cut();
  }

  finish(): Uint8Array[] {
    this.cut();
    return this.pieces;
  }

  private cut(): void {
    if (this.used === 0) return;
    this.pieces.push(Buffer.from(this.scratch.subarray(0, this.used)));
    this.used = 0;
  }
}

/** The whole output from lines in output order. */
export function joinLines(format: LineFormat, lines: readonly string[]): string {
  const frame = framing(format, lines.length > 0);
  return frame ? frame.before + lines.join(frame.separator) + frame.after : '';
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
 * after the file's own: on equal keys its own come first. The merged lines are UTF-8 bytes.
 */
export function mergeIntoFile(setup: LineSetup, place: FilePlace, own: KeyedLines, more: readonly Diagnostic[]): FileLines {
  if (more.length === 0) return { text: own.text, errors: own.errors, warnings: own.warnings };
  const added = written(setup, place, more);
  const separator = SEPARATOR_BYTES[setup.format];
  const ownText = typeof own.text === 'string' ? Buffer.from(own.text) : Buffer.from(own.text.buffer, own.text.byteOffset, own.text.length);
  const ownCount = own.keys.length / 3;
  // The file's own lines are copied in runs, between the places where an added line goes.
  const parts: Uint8Array[] = [];
  let next = 0;
  let copied = 0;
  const copyOwnUpTo = (line: number) => {
    if (line === next) return;
    const end = line === ownCount ? ownText.length : nthIndexOf(ownText, separator, line - next, copied);
    parts.push(ownText.subarray(copied, end), separator);
    copied = end + separator.length;
    next = line;
  };
  added.shown.forEach((diagnostic, index) => {
    let line = next;
    while (line < ownCount && compareKey(own.keys, line, diagnostic) <= 0) line++;
    copyOwnUpTo(line);
    parts.push(Buffer.from(added.text[index]), separator);
  });
  copyOwnUpTo(ownCount);
  parts.pop();
  return { text: Buffer.concat(parts), errors: own.errors + added.errors, warnings: own.warnings + added.warnings };
}

/** Where the `count`-th `separator` from `from` on starts. */
function nthIndexOf(text: Buffer, separator: Buffer, count: number, from: number): number {
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
