import { AT, COLON, DASH, DOT, GREATER_THAN, LESS_THAN, SPACE, isAsciiControl, isAsciiDigit, isAsciiLetter } from '../../text/chars';

/** Past the `>` of the CommonMark autolink `<scheme:...>` or `<user@host>` at `open`, or -1. */
export function autolinkEnd(text: string, open: number, bound: number): number {
  const uri = uriAutolinkEnd(text, open, bound);
  return uri >= 0 ? uri : emailAutolinkEnd(text, open, bound);
}

function isSchemeChar(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 43 || code === DOT || code === DASH;
}

/** A scheme of 2 to 32 characters, a `:`, then anything but spaces, controls, `<` and `>`. */
function uriAutolinkEnd(text: string, open: number, bound: number): number {
  if (!isAsciiLetter(text.charCodeAt(open + 1))) return -1;
  let i = open + 2;
  while (i < bound && i - open - 1 <= 32 && isSchemeChar(text.charCodeAt(i))) i++;
  const schemeLength = i - open - 1;
  if (i >= bound || schemeLength < 2 || schemeLength > 32 || text.charCodeAt(i) !== COLON) return -1;
  for (i++; i < bound; i++) {
    const code = text.charCodeAt(i);
    if (code === GREATER_THAN) return i + 1;
    if (code === LESS_THAN || code === SPACE || isAsciiControl(code)) return -1;
  }
  return -1;
}

const EMAIL_LOCAL_PUNCTUATION = new Set([...".!#$%&'*+/=?^_`{|}~-"].map((char) => char.charCodeAt(0)));

function isEmailLocalChar(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || EMAIL_LOCAL_PUNCTUATION.has(code);
}

function isDomainChar(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === DASH;
}

/** The HTML spec's e-mail address: a local part, `@`, then dot-separated labels of up to 63 characters. */
function emailAutolinkEnd(text: string, open: number, bound: number): number {
  let i = open + 1;
  while (i < bound && isEmailLocalChar(text.charCodeAt(i))) i++;
  if (i === open + 1 || i >= bound || text.charCodeAt(i) !== AT) return -1;
  for (;;) {
    const labelStart = i + 1;
    for (i = labelStart; i < bound && i - labelStart < 63 && isDomainChar(text.charCodeAt(i)); i++);
    if (i === labelStart || i >= bound || text.charCodeAt(labelStart) === DASH || text.charCodeAt(i - 1) === DASH) return -1;
    const next = text.charCodeAt(i);
    if (next === GREATER_THAN) return i + 1;
    if (next !== DOT) return -1;
  }
}
