/**
 * How the actor matcher sees characters. Every character has a kind and a folded form: lower case,
 * decomposed (NFD) with its combining marks removed. Both are computed once per character and cached.
 */
import { unitAt } from '../../text/units';

/** Letters, digits and combining marks of any script: the characters words are made of. */
export const WORD = 1;
/** Whitespace, hyphens and apostrophes: folding drops them, so "Al Qaeda" and "Al-Qaeda" fold alike. */
export const SKIP = 2;
/** Punctuation and symbols: kept by folding, and never part of a word. */
export const OTHER = 3;

/** A folded unit that is not one UTF-16 unit: the character folds to nothing ... */
const DROPPED = -1;
/** ... or to several units, or it is half of a surrogate pair: see `foldedAt`. */
export const SEVERAL = -2;

/** The SKIP characters, for a regular-expression class. */
export const SKIP_CLASS = "\\s\\-\\u00ad\\u2010\\u2011'\\u2019";

const SKIPPED = new RegExp(`^[${SKIP_CLASS}]$`, 'u');
const WORDLIKE = /^[\p{L}\p{N}\p{M}]$/u;
const MARKS = /\p{M}/gu;

/**
 * The kind and folded unit of each BMP unit in one number, (unit + 2) * 4 + kind, read by `kindOf` and
 * `unitOfClass`; 0 until first seen. Surrogates stay 0: their kind depends on their pair.
 */
const classes = new Int32Array(0x10000);
const severalFolds = new Map<number, string>();
const astralKinds = new Map<number, number>();

function foldCodePoint(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  return char.normalize('NFD').toLowerCase().normalize('NFD').replace(MARKS, '');
}

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (SKIPPED.test(char)) return SKIP;
  return WORDLIKE.test(char) ? WORD : OTHER;
}

function classOf(kind: number, unit: number): number {
  return ((unit + 2) << 2) | kind;
}

function learn(code: number): number {
  const kind = classify(code);
  const folded = kind === SKIP ? '' : foldCodePoint(code);
  if (folded.length > 1) severalFolds.set(code, folded);
  const unit = folded.length === 0 ? DROPPED : folded.length === 1 ? folded.charCodeAt(0) : SEVERAL;
  classes[code] = classOf(kind, unit);
  return kind;
}

function surrogatePairAt(text: string, index: number): number | undefined {
  if (index + 1 >= text.length) return undefined;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return undefined;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? text.codePointAt(index) : undefined;
}

/** The kind of the character at `index` (for a surrogate pair, at its first unit). Past the end: OTHER. */
export function kindAt(text: string, index: number): number {
  const code = unitAt(text, index);
  if (code < 0) return OTHER;
  const known = classes[code];
  if (known !== 0) return kindOf(known);
  if (code < 0xd800 || code > 0xdfff) return learn(code);
  const pair = surrogatePairAt(text, index);
  if (pair === undefined) return OTHER;
  let kind = astralKinds.get(pair);
  if (kind === undefined) {
    kind = classify(pair);
    astralKinds.set(pair, kind);
  }
  return kind;
}

/** The folded unit of a BMP unit whose kind `kindAt` has returned; DROPPED, or SEVERAL for `foldedAt`. */
export function unitOf(code: number): number {
  return unitOfClass(classes[code]);
}

/**
 * The kind and folded unit of the character at `index`, before the end, in one number: see `kindOf`
 * and `unitOfClass`. One table read for a character seen before, where `kindAt` and `unitOf` take two.
 */
export function classAt(text: string, index: number): number {
  const known = classes[text.charCodeAt(index)];
  return known !== 0 ? known : classOf(kindAt(text, index), unitOf(text.charCodeAt(index)));
}

export function kindOf(charClass: number): number {
  return charClass & 3;
}

/** The folded unit in a class: DROPPED, SEVERAL for `foldedAt`, or the unit. */
export function unitOfClass(charClass: number): number {
  return (charClass >> 2) - 2;
}

/** The folded text of the character at `index`, for the units `unitOf` answers SEVERAL for. */
export function foldedAt(text: string, index: number): string {
  const pair = surrogatePairAt(text, index);
  if (pair === undefined) return severalFolds.get(text.charCodeAt(index)) ?? text[index];
  let folded = severalFolds.get(pair);
  if (folded === undefined) {
    folded = kindAt(text, index) === SKIP ? '' : foldCodePoint(pair);
    severalFolds.set(pair, folded);
  }
  return folded;
}

/** How many UTF-16 units the character at `index` takes. */
export function widthAt(text: string, index: number): number {
  return surrogatePairAt(text, index) === undefined ? 1 : 2;
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SKIPS = /[\s\-']+/g;

/** `text` folded character by character exactly as the matcher folds prose. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_SKIPS, '');
  let folded = '';
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    kindAt(text, i);
    const unit = unitOf(text.charCodeAt(i));
    if (unit >= 0) folded += String.fromCharCode(unit);
    else if (unit === SEVERAL) folded += foldedAt(text, i);
  }
  return folded;
}

/** Whether the character at `index` ends a line (CR LF counts once, at its LF). */
export function isLineBreakAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10) || code === 0x2028 || code === 0x2029;
}

/** Whether `text` between `from` and `to` holds two line breaks with only SKIP characters between them. */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  let lineBreaks = 0;
  for (let i = from; i < to; i++) {
    if (kindAt(text, i) !== SKIP) lineBreaks = 0;
    else if (isLineBreakAt(text, i) && ++lineBreaks > 1) return true;
  }
  return false;
}
