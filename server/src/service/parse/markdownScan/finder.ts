/**
 * Finds the next occurrence of a string at or after a position, remembering its last answer: a
 * left-to-right scan that asks again and again (every unclosed comment, every error's line end) then
 * searches each stretch of the text once.
 */
export class NextOccurrence {
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The first occurrence at or after `position`, or -1. */
  after(position: number): number {
    if (this.from < 0 || position < this.from || (this.at >= 0 && this.at < position)) {
      this.from = position;
      this.at = this.text.indexOf(this.needle, position);
    }
    return this.at;
  }
}

/**
 * Like `NextOccurrence`, for the first match of `pattern` (global, shared by every finder: each search
 * sets its `lastIndex` first). A regular expression of one character class finds the next of a few
 * characters several times faster than a loop over each unit.
 */
export class NextMatch {
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** The start of the first match at or after `position`, or -1. */
  after(position: number): number {
    if (this.from < 0 || position < this.from || (this.at >= 0 && this.at < position)) {
      this.from = position;
      this.pattern.lastIndex = position;
      this.at = this.pattern.exec(this.text)?.index ?? -1;
    }
    return this.at;
  }
}

/** Line ends, found with one `NextOccurrence` for `\n` and one for `\r`. */
export class LineEnds {
  private readonly lf: NextOccurrence;
  private readonly cr: NextOccurrence;

  constructor(private readonly text: string) {
    this.lf = new NextOccurrence(text, '\n');
    this.cr = new NextOccurrence(text, '\r');
  }

  /** The end of the line holding `position`: its first line ending at or after it, or the end of the text. */
  after(position: number): number {
    const lf = this.lf.after(position);
    const cr = this.cr.after(position);
    return Math.min(lf < 0 ? this.text.length : lf, cr < 0 ? this.text.length : cr);
  }
}
