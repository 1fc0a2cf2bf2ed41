/**
 * Words and tokens of news prose, read forward or backward from an offset, without splitting the whole
 * text: the number readers look only at a few words around each number.
 */

import { LF, isAsciiDigit, isLetter, isWhitespace } from '../../text/chars';
import { unitAt } from '../../text/units';

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;

/** A hyphen or apostrophe that joins two letters inside one word: "cross-border", "Pakistan's". */
function isJoiner(code: number): boolean {
  return code === HYPHEN || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTATION_MARK;
}

export interface Token {
  /**
   * `break` ends a clause: a sentence end, `;`, a dash, a table bar or a blank line. `mark` is any other
   * punctuation (quotes, brackets), which the readers pass over.
   */
  kind: 'word' | 'number' | 'comma' | 'colon' | 'break' | 'mark';
  start: number;
  end: number;
  /** The token lower-cased. */
  text: string;
}

/** The first token at or after `pos`, or undefined at `limit`. */
export function readToken(text: string, pos: number, limit = text.length): Token | undefined {
  let lineBreaks = 0;
  const spaceStart = pos;
  while (pos < limit && isWhitespace(text.charCodeAt(pos))) {
    if (text.charCodeAt(pos) === LF) lineBreaks++;
    pos++;
  }
  if (lineBreaks >= 2) return { kind: 'break', start: spaceStart, end: pos, text: '\n\n' };
  if (pos >= limit) return undefined;
  const code = text.charCodeAt(pos);
  if (isLetter(code)) return token(text, 'word', pos, wordEnd(text, pos, limit));
  if (isAsciiDigit(code)) return token(text, 'number', pos, digitsEnd(text, pos, limit));
  if (code === 44) return token(text, 'comma', pos, pos + 1);
  if (code === 58) return token(text, 'colon', pos, pos + 1);
  if (isDash(text, pos, code)) return token(text, isPairedDash(text, pos) ? 'comma' : 'break', pos, pos + 1);
  return token(text, endsClause(text, pos, code) ? 'break' : 'mark', pos, pos + 1);
}

function token(text: string, kind: Token['kind'], start: number, end: number): Token {
  return { kind, start, end, text: text.slice(start, end).toLowerCase() };
}

function endsClause(text: string, pos: number, code: number): boolean {
  if (code === 59 || code === 124) return true; // ; |
  if (code === EM_DASH || code === HYPHEN || code === EN_DASH) return isDash(text, pos, code);
  if (code !== 46 && code !== 33 && code !== 63) return false; // . ! ?
  const next = unitAt(text, pos + 1);
  return next < 0 || isWhitespace(next) || next === 34 || next === 0x201d || next === 41; // " ” )
}

/** An em dash, or a hyphen or en dash with a space before it: a dash that sets words apart. */
function isDash(text: string, pos: number, code: number): boolean {
  return code === EM_DASH || ((code === HYPHEN || code === EN_DASH) && isWhitespace(unitAt(text, pos - 1)));
}

/** Looked at on either side of a dash for the other dash of an aside. */
const ASIDE_REACH = 200;

/**
 * Whether the dash at `pos` opens or closes an aside, which another dash in the same sentence closes or
 * opened: "At least 23 people — including nine soldiers — were killed" reads as with commas.
 */
function isPairedDash(text: string, pos: number): boolean {
  const sentenceEndsAt = (at: number) => {
    const code = text.charCodeAt(at);
    return code === LF || code === 59 || ((code === 46 || code === 33 || code === 63) && endsClause(text, at, code));
  };
  for (let at = pos + 1; at < text.length && at <= pos + ASIDE_REACH && !sentenceEndsAt(at); at++) {
    if (isDash(text, at, text.charCodeAt(at))) return true;
  }
  for (let at = pos - 1; at >= 0 && at >= pos - ASIDE_REACH && !sentenceEndsAt(at); at--) {
    if (isDash(text, at, text.charCodeAt(at))) return true;
  }
  return false;
}

function wordEnd(text: string, pos: number, limit = text.length): number {
  while (pos < limit) {
    const code = text.charCodeAt(pos);
    if (isLetter(code)) pos++;
    else if (isJoiner(code) && pos + 1 < limit && isLetter(text.charCodeAt(pos + 1))) pos += 2;
    else break;
  }
  return pos;
}

function digitsEnd(text: string, pos: number, limit: number): number {
  while (pos < limit) {
    const code = text.charCodeAt(pos);
    if (isAsciiDigit(code)) pos++;
    else if ((code === 44 || code === 46) && isAsciiDigit(unitAt(text, pos + 1))) pos += 2;
    else break;
  }
  return pos;
}

/** The tokens between `from` and `to`. */
export function tokensBetween(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let next = readToken(text, from, to); next; next = readToken(text, next.end, to)) tokens.push(next);
  return tokens;
}

export interface Word {
  start: number;
  end: number;
  /** Lower-cased. */
  text: string;
}

/** The word that ends just before `pos`, separated from it by spaces and at most one line break. */
export function wordBefore(text: string, pos: number): Word | undefined {
  let end = pos;
  let lineBreaks = 0;
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) {
    if (text.charCodeAt(--end) === LF && ++lineBreaks > 1) return undefined;
  }
  let start = end;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (isLetter(code)) start--;
    else if (isJoiner(code) && start > 1 && isLetter(text.charCodeAt(start - 2))) start -= 2;
    else break;
  }
  return start < end ? { start, end, text: text.slice(start, end).toLowerCase() } : undefined;
}

/**
 * The word that starts after `pos` past spaces and at most one line break. With `lettersOnly`, the word
 * stops at a hyphen or apostrophe ("twenty" of "twenty-one").
 */
export function wordAfter(text: string, pos: number, lettersOnly = false): Word | undefined {
  let lineBreaks = 0;
  while (pos < text.length && isWhitespace(text.charCodeAt(pos))) {
    if (text.charCodeAt(pos++) === LF && ++lineBreaks > 1) return undefined;
  }
  let end = pos;
  if (lettersOnly) while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  else end = wordEnd(text, pos);
  return end > pos ? { start: pos, end, text: text.slice(pos, end).toLowerCase() } : undefined;
}
