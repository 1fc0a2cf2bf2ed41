import type { Span } from '../../types';
import type { Directive, DirectiveError, HtmlComment } from './types';

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

/** What the scanners find, each list in text order. */
export class ScanOutput {
  readonly directives: Directive[] = [];
  readonly directiveErrors: DirectiveError[] = [];
  readonly comments: HtmlComment[] = [];
  readonly excluded: Span[] = [];
  /** Start and end of every span the prose turns into spaces, flat: the excluded ones and the directives' markup. */
  private readonly blanks: number[] = [];

  constructor(private readonly text: string) {}

  exclude(start: number, end: number): void {
    this.excluded.push({ start, end });
    this.blanks.push(start, end);
  }

  blank(start: number, end: number): void {
    if (end > start) this.blanks.push(start, end);
  }

  /** A comment `<!--...-->` in a paragraph. */
  comment(start: number, end: number): void {
    this.commentBlock(start, end, end, true);
  }

  /** A comment from `start` to `commentEnd` that excludes up to `end`; never closed when `closed` is false. */
  commentBlock(start: number, commentEnd: number, end: number, closed: boolean): void {
    if (closed) this.comments.push({ start, end: commentEnd, body: this.text.slice(start + 4, Math.max(start + 4, commentEnd - 3)) });
    this.exclude(start, end);
  }

  /** The text with every blank span turned into spaces, line breaks kept. */
  prose(): string {
    const blanks = this.blanks;
    if (blanks.length === 0) return this.text;
    const units = Buffer.from(this.text, 'utf16le');
    const codes = new Uint16Array(units.buffer, units.byteOffset, this.text.length);
    for (let b = 0; b < blanks.length; b += 2) {
      for (let i = blanks[b]; i < blanks[b + 1]; i++) {
        if (codes[i] !== LF && codes[i] !== CR) codes[i] = SPACE;
      }
    }
    return units.toString('utf16le');
  }
}
