/**
 * Reads an attribute list `{...}` the way completion needs it: tolerantly, since the list is being typed
 * (unclosed, a value missing, a quote not closed yet), with each attribute's key and value spans. A space
 * after `=` ends an empty value: `{event= by=ttp}` is `event` being typed, not `event="by=ttp"`.
 */
import type { Span } from '../../types';

export interface LooseAttribute {
  key: string;
  keySpan: Span;
  /** Set when `=` follows the key: the value without its quotes, possibly empty. */
  valueSpan?: Span;
  quoted: boolean;
}

const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
const isKeyChar = (char: string) => /[A-Za-z0-9_\-.:]/.test(char);

/** The attributes between `open + 1` and `bound` (a `}` ends the list earlier). */
export function readLooseAttributes(text: string, open: number, bound: number): LooseAttribute[] {
  const attributes: LooseAttribute[] = [];
  const skipSpaces = (from: number) => {
    while (from < bound && isSpace(text[from])) from++;
    return from;
  };
  for (let at = skipSpaces(open + 1); at < bound && text[at] !== '}'; at = skipSpaces(at)) {
    if (!isKeyChar(text[at]) && text[at] !== '#') {
      at++;
      continue;
    }
    const keyStart = at;
    at++;
    while (at < bound && isKeyChar(text[at])) at++;
    const attribute: LooseAttribute = { key: text.slice(keyStart, at), keySpan: { start: keyStart, end: at }, quoted: false };
    attributes.push(attribute);
    const equals = skipSpaces(at);
    if (text[equals] !== '=' || equals >= bound) continue;
    const valueStart = equals + 1;
    const quote = text[valueStart];
    if (valueStart < bound && (quote === '"' || quote === "'")) {
      const close = text.indexOf(quote, valueStart + 1);
      const end = close < 0 || close >= bound ? bound : close;
      attribute.valueSpan = { start: valueStart + 1, end };
      attribute.quoted = true;
      at = end + 1;
    } else {
      let end = valueStart;
      while (end < bound && !isSpace(text[end]) && text[end] !== '}') end++;
      attribute.valueSpan = { start: valueStart, end };
      at = end;
    }
  }
  return attributes;
}
