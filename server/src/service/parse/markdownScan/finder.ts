/**
 * Finds the next occurrence of a string, or the next match of a regular expression, at or after a
 * position, remembering its last answer: a left-to-right scan that asks again and again (every unclosed
 * comment, every error's line end, every plain character) then searches each stretch of the text once.
 */
export class NextOccurrence {
  private from = -1;
  private at = -1;

  /**
   * `needle` is a string to find, or a global regular expression (which may be shared: each search sets
   * its `lastIndex` first). One of a single character class finds the next of a few characters several
   * times faster than a loop over each unit.
   */
  constructor(
    private readonly text: string,
    private readonly needle: string | RegExp,
  ) {}

  /** The first occurrence at or after `position`, or -1. */
  after(position: number): number {
    if (this.from < 0 || position < this.from || (this.at >= 0 && this.at < position)) {
      this.from = position;
      this.at = this.search(position);
    }
    return this.at;
  }

  private search(from: number): number {
    if (typeof this.needle === 'string') return this.text.indexOf(this.needle, from);
    this.needle.lastIndex = from;
    return this.needle.exec(this.text)?.index ?? -1;
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
