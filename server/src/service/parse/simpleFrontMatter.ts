import type { Span } from '../types';
import type { FrontMatterField } from './frontMatter';

/**
 * A fast path for the front-matter almost every document has: flat `key: value` lines whose values are
 * one-line scalars or lists of scalars. It gives exactly the fields the `yaml` package gives (values
 * resolved by the YAML 1.2 core schema, spans as yaml's node ranges) and gives up with `undefined` on
 * anything else, so that the caller falls back to the full parser.
 */

/** Tabs, control characters, BOMs, Unicode line separators and lone CRs: left to the full parser. */
const UNSAFE_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;
const KEY_LINE = /^[A-Za-z_][A-Za-z0-9_-]*:(?: |$)/;
/** YAML allows an implicit key at most 1024 characters; stay well inside that. */
const MAX_KEY_LENGTH = 1000;
const BLANK = /^ *$/;
const ITEM_LINE = /^( *)- +(?=[^ ])/;
/** Characters that start something other than a plain scalar. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** A flow-sequence item ends at `,` or `]`; `[`, `{` and `}` stop it too, for the caller to reject. */
const FLOW_ITEM_STOPS = new Set(',[]{}');

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** First characters of every plain scalar the core schema reads as something other than a string. */
const NON_STRING_START = /^[-+.0-9~nNtTfF]/;

interface Scalar {
  value: unknown;
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  next: number;
}

/** The last field while it may still take block-sequence items, and the indentation they use. */
interface OpenField {
  field: FrontMatterField;
  indent?: number;
}

export function parseSimpleFrontMatter(source: string, base: number): Map<string, FrontMatterField> | undefined {
  if (UNSAFE_CHARACTERS.test(source)) return undefined;
  const fields = new Map<string, FrontMatterField>();
  let open: OpenField | undefined;
  for (let pos = 0; pos < source.length; ) {
    const line = readLine(source, pos);
    pos = line.next;
    const text = source.slice(line.start, line.end);
    const item = ITEM_LINE.exec(text);
    if (item) {
      if (!open || !addItem(open, source, line, item, base)) return undefined;
      continue;
    }
    open = undefined;
    if (BLANK.test(text) || text.startsWith('#')) continue;
    const field = readField(source, line, text, base);
    if (!field || fields.has(field.key)) return undefined;
    fields.set(field.key, field);
    if (field.valueSpan.start === field.valueSpan.end) open = { field };
  }
  return fields;
}

function readLine(source: string, start: number): Line {
  const newline = source.indexOf('\n', start);
  if (newline < 0) return { start, end: source.length, next: source.length };
  return { start, end: source[newline - 1] === '\r' ? newline - 1 : newline, next: newline + 1 };
}

function readField(source: string, line: Line, text: string, base: number): FrontMatterField | undefined {
  if (!KEY_LINE.test(text)) return undefined;
  const colon = text.indexOf(':');
  const key = text.slice(0, colon);
  // `null: x` or `true: x` would give a non-string key, which the full parser handles.
  if (key.length > MAX_KEY_LENGTH || NULL.test(key) || BOOLEAN.test(key)) return undefined;
  const keySpan = { start: base + line.start, end: base + line.start + colon };
  const valueStart = skipSpaces(source, line.start + colon + 1, line.end);
  if (valueStart === line.end) {
    return { key, keySpan, valueSpan: { start: base + line.end, end: base + line.end }, value: null };
  }
  if (source[valueStart] === '[') {
    const sequence = readFlowSequence(source, valueStart, line.end, base);
    return sequence && { key, keySpan, ...sequence };
  }
  const scalar = readScalar(source, valueStart, line.end);
  if (!scalar || skipSpaces(source, scalar.end, line.end) !== line.end) return undefined;
  return { key, keySpan, valueSpan: shift(scalar, base), value: scalar.value };
}

/** Turns an empty field into a block sequence on its first item line, and extends it on later ones. */
function addItem(open: OpenField, source: string, line: Line, item: RegExpExecArray, base: number): boolean {
  const indent = item[1].length;
  if (open.indent !== undefined && open.indent !== indent) return false;
  const scalar = readScalar(source, line.start + item[0].length, line.end);
  if (!scalar || skipSpaces(source, scalar.end, line.end) !== line.end) return false;
  const { field } = open;
  if (open.indent === undefined) {
    open.indent = indent;
    field.value = [];
    field.items = [];
    field.flow = false;
    field.valueSpan = { start: base + line.start + indent, end: 0 };
  }
  (field.value as unknown[]).push(scalar.value);
  field.items!.push({ value: scalar.value, span: shift(scalar, base) });
  field.valueSpan.end = base + line.next;
  return true;
}

function readFlowSequence(source: string, bracket: number, lineEnd: number, base: number): Omit<FrontMatterField, 'key' | 'keySpan'> | undefined {
  const values: unknown[] = [];
  const items: { value: unknown; span: Span }[] = [];
  let pos = skipSpaces(source, bracket + 1, lineEnd);
  if (source[pos] !== ']') {
    for (;;) {
      const scalar = readScalar(source, pos, lineEnd, true);
      if (!scalar) return undefined;
      values.push(scalar.value);
      items.push({ value: scalar.value, span: shift(scalar, base) });
      pos = skipSpaces(source, scalar.end, lineEnd);
      if (source[pos] === ']') break;
      if (source[pos] !== ',') return undefined;
      pos = skipSpaces(source, pos + 1, lineEnd);
    }
  }
  if (skipSpaces(source, pos + 1, lineEnd) !== lineEnd) return undefined;
  return { valueSpan: { start: base + bracket, end: base + pos + 1 }, value: values, items, flow: true };
}

/** A scalar on one line from `start`: quoted, or plain up to the line's end (or, in a flow, to `,` or `]`). */
function readScalar(source: string, start: number, lineEnd: number, inFlow = false): Scalar | undefined {
  if (start >= lineEnd) return undefined;
  const first = source[start];
  if (first === '"') return readDoubleQuoted(source, start, lineEnd);
  if (first === "'") return readSingleQuoted(source, start, lineEnd);
  if (INDICATORS.has(first)) return undefined;
  let end = lineEnd;
  if (inFlow) {
    end = start;
    while (end < lineEnd && !FLOW_ITEM_STOPS.has(source[end])) end++;
  }
  while (source[end - 1] === ' ') end--;
  const text = source.slice(start, end);
  if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  return { value: resolvePlain(text), start, end };
}

function readDoubleQuoted(source: string, start: number, lineEnd: number): Scalar | undefined {
  const close = source.indexOf('"', start + 1);
  if (close < 0 || close >= lineEnd) return undefined;
  const value = source.slice(start + 1, close);
  if (value.includes('\\')) return undefined;
  return { value, start, end: close + 1 };
}

function readSingleQuoted(source: string, start: number, lineEnd: number): Scalar | undefined {
  let pos = start + 1;
  for (;;) {
    const quote = source.indexOf("'", pos);
    if (quote < 0 || quote >= lineEnd) return undefined;
    if (source[quote + 1] !== "'") {
      return { value: source.slice(start + 1, quote).replaceAll("''", "'"), start, end: quote + 1 };
    }
    pos = quote + 2;
  }
}

/** The value `yaml` gives a plain scalar under the core schema, testing its tags in the same order. */
function resolvePlain(text: string): unknown {
  if (!NON_STRING_START.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (DECIMAL.test(text)) return parseInt(text, 10);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (INFINITY_OR_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(text) || FRACTION.test(text)) return parseFloat(text);
  return text;
}

function skipSpaces(source: string, pos: number, end: number): number {
  while (pos < end && source[pos] === ' ') pos++;
  return pos;
}

function shift(scalar: Scalar, base: number): Span {
  return { start: base + scalar.start, end: base + scalar.end };
}
