/**
 * Named character codes and character classes on UTF-16 code units, for every scanner of the service:
 * CommonMark's and micromark's classes for the Markdown scanner, and the letters, digits and spaces the
 * number readers and the actor matcher test.
 */

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const EXCLAMATION = 33;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const SINGLE_QUOTE = 39;
export const OPEN_PAREN = 40;
export const CLOSE_PAREN = 41;
export const DASH = 45;
export const DOT = 46;
export const COLON = 58;
export const LESS_THAN = 60;
export const EQUALS = 61;
export const GREATER_THAN = 62;
export const AT = 64;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const TILDE = 126;

const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;
const UNICODE_LETTER = /\p{L}/u;

export function isLineEnding(code: number): boolean {
  return code === LF || code === CR;
}

export function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Space, tab or line ending: what separates attributes and ends a raw link destination. */
export function isMarkdownWhitespace(code: number): boolean {
  return code === SPACE || code === TAB || code === LF || code === CR;
}

export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiControl(code: number): boolean {
  return code < SPACE || code === 127;
}

/** micromark's `unicodePunctuation`: ASCII punctuation, or a Unicode punctuation or symbol character. */
export function isPunctuation(code: number): boolean {
  if (code < 128) return isAsciiPunctuation(code);
  return UNICODE_PUNCTUATION.test(String.fromCharCode(code));
}

/**
 * micromark's `unicodeWhitespace`, which is what JavaScript's `\s` matches: tab, line feed, vertical tab,
 * form feed, carriage return, the Unicode space separators (Zs), the line and paragraph separators, and
 * the byte order mark. Listed rather than tested with `\s`, as the number readers ask at every word.
 */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === SPACE || (code >= TAB && code <= CR);
  if (code < 0x1680) return code === 0xa0;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function isLetter(code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  return UNICODE_LETTER.test(String.fromCharCode(code));
}

/** Offset past the spaces, tabs and line endings at `from`, at most `bound`. */
export function skipWhitespace(text: string, from: number, bound: number): number {
  let i = from;
  while (i < bound && isMarkdownWhitespace(text.charCodeAt(i))) i++;
  return i;
}
