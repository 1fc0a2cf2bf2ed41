/**
 * The backtick runs of a text, by length, so that the run closing a code span (the next run of exactly
 * the opener's length) is found without searching the same text again for every opener.
 */
export class BacktickRuns {
  private byLength: Map<number, { starts: number[]; next: number }> | undefined;

  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  /**
   * Start of the first run of exactly `length` backticks at or after `from` that ends by `bound`, or -1.
   * Calls must come with `from` never decreasing, as a left-to-right scan makes them.
   */
  closer(length: number, from: number, bound: number): number {
    this.byLength ??= this.index();
    const runs = this.byLength.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && runs.starts[runs.next] < from) runs.next++;
    const start = runs.next < runs.starts.length ? runs.starts[runs.next] : -1;
    return start >= 0 && start + length <= bound ? start : -1;
  }

  private index(): Map<number, { starts: number[]; next: number }> {
    const text = this.text;
    const byLength = new Map<number, { starts: number[]; next: number }>();
    for (let start = text.indexOf('`', this.from); start >= 0; ) {
      let end = start + 1;
      while (text.charCodeAt(end) === 96) end++;
      const runs = byLength.get(end - start);
      if (runs) runs.starts.push(start);
      else byLength.set(end - start, { starts: [start], next: 0 });
      start = text.indexOf('`', end);
    }
    return byLength;
  }
}
