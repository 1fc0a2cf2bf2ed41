/** Progress on standard error, only for a terminal and only once a run has taken a while. */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
  }

  update(done: number, total: number): void {
    if (!this.stream.isTTY) return;
    const now = this.clock();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\rcorpus-lint: ${done.toLocaleString('en')}/${total.toLocaleString('en')} documents checked`);
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
