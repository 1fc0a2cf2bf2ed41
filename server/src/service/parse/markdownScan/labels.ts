import { BACKSLASH, CLOSE_BRACKET, DASH, OPEN_BRACKET, UNDERSCORE, isLetter, isPunctuation, isWhitespace } from '../../text/chars';

/**
 * End of the directive name that starts at `start`, or -1 when none does. Following the spec, a name
 * starts with a letter; as in micromark, it goes on with any character that is neither whitespace nor
 * punctuation other than `-` and `_`, and does not end with `-` or `_`.
 */
export function directiveNameEnd(text: string, start: number, bound: number): number {
  if (start >= bound || !isLetter(text.charCodeAt(start))) return -1;
  let end = start + 1;
  for (; end < bound; end++) {
    const code = text.charCodeAt(end);
    if (isWhitespace(code) || (isPunctuation(code) && code !== DASH && code !== UNDERSCORE)) break;
  }
  const last = text.charCodeAt(end - 1);
  return last === DASH || last === UNDERSCORE ? -1 : end;
}

/**
 * Finds the `]` that closes a directive label, by micromark's rules for labels: brackets count raw
 * (a code span inside does not hide them), and `\[`, `\]` and `\\` are escapes. The brackets nested in a
 * label are remembered as the search passes them, so a nested label is not searched again and the
 * whole scan stays linear.
 */
export class LabelMatcher {
  private readonly nested = new Map<number, number>();
  private readonly opens: number[] = [];

  constructor(private readonly text: string) {}

  /** The `]` closing the `[` at `open`, or -1 when there is none before `bound`. */
  close(open: number, bound: number): number {
    const known = this.nested.get(open);
    if (known !== undefined) return known < bound ? known : -1;
    const text = this.text;
    const opens = this.opens;
    opens.length = 0;
    for (let i = open + 1; i < bound; i++) {
      const code = text.charCodeAt(i);
      if (code === BACKSLASH) {
        const next = i + 1 < bound ? text.charCodeAt(i + 1) : 0;
        if (next === OPEN_BRACKET || next === CLOSE_BRACKET || next === BACKSLASH) i++;
      } else if (code === OPEN_BRACKET) {
        opens.push(i);
      } else if (code === CLOSE_BRACKET) {
        if (opens.length === 0) return i;
        this.nested.set(opens.pop() as number, i);
      }
    }
    for (const unclosed of opens) this.nested.set(unclosed, -1);
    return -1;
  }
}
