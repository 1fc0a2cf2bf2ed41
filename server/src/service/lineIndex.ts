import type { Position, Range, Span } from './types';
import { unitAt } from './text/units';

/** Converts between UTF-16 offsets and LSP positions. Every line terminator LSP knows ends a line. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = text.includes('\r') ? startsOfAnyLines(text) : startsOfLfLines(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just past the line's content, before its terminator. */
  lineEnd(line: number): number {
    if (line >= this.starts.length - 1) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset just past the line's terminator: where the next line starts, or the end of the text after the last line. */
  nextLineStart(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  /** An offset between the `\r` and `\n` of a CRLF is taken as the end of its line. */
  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (unitAt(this.text, o) === 10 && unitAt(this.text, o - 1) === 13) o--;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/** Line starts of a text whose only terminator is `\n`: `indexOf` finds them ~10× faster than a loop over each unit. */
function startsOfLfLines(text: string): number[] {
  const starts = [0];
  for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) starts.push(lf + 1);
  return starts;
}

function startsOfAnyLines(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
