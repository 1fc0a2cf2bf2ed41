import {
  BACKTICK,
  CLOSE_BRACE,
  COLON,
  DASH,
  DOT,
  DOUBLE_QUOTE,
  EQUALS,
  GREATER_THAN,
  HASH,
  LESS_THAN,
  SINGLE_QUOTE,
  UNDERSCORE,
  isMarkdownWhitespace,
  isPunctuation,
  isWhitespace,
  skipWhitespace,
} from '../../text/chars';
import type { Attribute } from './types';

export type AttributeList =
  | { ok: true; attributes: Attribute[]; end: number }
  /** `at` is where the problem is; `unclosed` when the list reaches the end of its paragraph. */
  | { ok: false; unclosed: boolean; at: number; message: string };

/** Characters micromark allows in neither an unquoted value nor an `#id` / `.class`. */
function isForbiddenInValue(code: number): boolean {
  return code === DOUBLE_QUOTE || code === SINGLE_QUOTE || code === LESS_THAN || code === EQUALS || code === GREATER_THAN || code === BACKTICK;
}

function startsName(code: number): boolean {
  return !isWhitespace(code) && (!isPunctuation(code) || code === DASH || code === UNDERSCORE);
}

function continuesName(code: number): boolean {
  return startsName(code) || code === DOT || code === COLON;
}

function endsShorthand(code: number): boolean {
  return code === HASH || code === DOT || code === CLOSE_BRACE || isMarkdownWhitespace(code);
}

/** A character as a message shows it: in backticks, or as U+XXXX when it is whitespace. */
function show(code: number): string {
  return isWhitespace(code) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `\`${String.fromCharCode(code)}\``;
}

type Failure = Extract<AttributeList, { ok: false }>;

const NEVER_CLOSED = 'The attribute list is never closed: add `}` after the last attribute.';

function unclosed(open: number): Failure {
  return { ok: false, unclosed: true, at: open, message: NEVER_CLOSED };
}

function malformed(at: number, message: string): Failure {
  return { ok: false, unclosed: false, at, message };
}

/** Where an attribute's text ends: past its closing quote, if quoted. */
function attributeEnd(attribute: Attribute): number {
  return attribute.quoted ? attribute.valueSpan.end + 1 : Math.max(attribute.keySpan.end, attribute.valueSpan.end);
}

/** Where an unexpected character is: after the last attribute read, if any. */
function place(text: string, attributes: readonly Attribute[]): string {
  const last = attributes[attributes.length - 1];
  return last ? `after \`${text.slice(last.keySpan.start, attributeEnd(last))}\`` : 'at the start of the attribute list';
}

/**
 * Reads the attribute list whose `{` is at `open`, by the rules of micromark-extension-directive:
 * `key=value`, `key="value"`, `key='value'`, a bare `key`, `#id` and `.class`, separated by spaces
 * or line endings. Values are kept as written (character references are not decoded).
 */
export function parseAttributes(text: string, open: number, bound: number): AttributeList {
  const attributes: Attribute[] = [];
  for (let at = open + 1; ; ) {
    const start = skipWhitespace(text, at, bound);
    if (start >= bound) return unclosed(open);
    const code = text.charCodeAt(start);
    if (code === CLOSE_BRACE) return { ok: true, attributes, end: start + 1 };
    let attribute: Attribute | Failure;
    if (code === HASH || code === DOT) attribute = readShorthand(text, start, bound, open);
    else if (startsName(code)) attribute = readKeyValue(text, start, bound, open);
    else return malformed(start, `Unexpected ${show(code)} ${place(text, attributes)}.`);
    if ('ok' in attribute) return attribute;
    attributes.push(attribute);
    at = attributeEnd(attribute);
  }
}

/** `#id` or `.class` at `start`. */
function readShorthand(text: string, start: number, bound: number, open: number): Attribute | Failure {
  const marker = text.charCodeAt(start);
  let end = start + 1;
  if (end < bound && (endsShorthand(text.charCodeAt(end)) || isForbiddenInValue(text.charCodeAt(end)))) {
    return malformed(end, `\`${String.fromCharCode(marker)}\` must be followed by ${marker === HASH ? 'an id' : 'a class name'}.`);
  }
  for (; end < bound; end++) {
    const code = text.charCodeAt(end);
    if (endsShorthand(code)) break;
    if (isForbiddenInValue(code)) return malformed(end, `\`${text.slice(start, end)}\` cannot contain ${show(code)}.`);
  }
  if (end >= bound) return unclosed(open);
  const key = marker === HASH ? 'id' : 'class';
  return { key, value: text.slice(start + 1, end), keySpan: { start, end: start + 1 }, valueSpan: { start: start + 1, end }, quoted: false };
}

/** `key`, `key=value`, `key="value"` or `key='value'` at `start`, with spaces allowed around `=`. */
function readKeyValue(text: string, start: number, bound: number, open: number): Attribute | Failure {
  let keyEnd = start + 1;
  while (keyEnd < bound && continuesName(text.charCodeAt(keyEnd))) keyEnd++;
  const key = text.slice(start, keyEnd);
  const keySpan = { start, end: keyEnd };
  const equals = skipWhitespace(text, keyEnd, bound);
  if (equals >= bound) return unclosed(open);
  if (text.charCodeAt(equals) !== EQUALS) return { key, value: '', keySpan, valueSpan: { start: keyEnd, end: keyEnd }, quoted: false };

  const valueStart = skipWhitespace(text, equals + 1, bound);
  if (valueStart >= bound) return unclosed(open);
  const first = text.charCodeAt(valueStart);
  if (first === CLOSE_BRACE) return malformed(valueStart, `\`${key}=\` has no value: write \`${key}=VALUE\`, or \`${key}=""\` for an empty one.`);
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    let close = valueStart + 1;
    while (close < bound && text.charCodeAt(close) !== first) close++;
    if (close >= bound) return malformed(valueStart, `The value of \`${key}\` opens a ${show(first)} quote that is never closed.`);
    const next = text.charCodeAt(close + 1);
    if (close + 1 < bound && next !== CLOSE_BRACE && !isMarkdownWhitespace(next)) {
      return malformed(close + 1, `The quoted value of \`${key}\` must be followed by a space or \`}\`, not ${show(next)}.`);
    }
    return { key, value: text.slice(valueStart + 1, close), keySpan, valueSpan: { start: valueStart + 1, end: close }, quoted: true };
  }
  if (isForbiddenInValue(first)) return malformed(valueStart, `\`${key}=\` cannot be followed by ${show(first)}: put the value in double quotes.`);
  let valueEnd = valueStart + 1;
  for (; valueEnd < bound; valueEnd++) {
    const code = text.charCodeAt(valueEnd);
    if (code === CLOSE_BRACE || isMarkdownWhitespace(code)) break;
    if (isForbiddenInValue(code)) {
      const quotes = code === DOUBLE_QUOTE ? 'single' : 'double';
      return malformed(valueEnd, `The value of \`${key}\` contains ${show(code)}: put the whole value in ${quotes} quotes.`);
    }
  }
  return { key, value: text.slice(valueStart, valueEnd), keySpan, valueSpan: { start: valueStart, end: valueEnd }, quoted: false };
}
