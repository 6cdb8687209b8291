// Decides what to do when the language server's connection closes unexpectedly: restart a bounded
// number of times in a window, tell the user on the first crash only, and give up (once, loudly)
// when it keeps dying. Pure, so it can be tested without VS Code.

export interface RestartDecision {
  restart: boolean;
  /** Show the user a message: `crashed` the first time, `gaveUp` when no more restarts happen. */
  notify?: 'crashed' | 'gaveUp';
}

export class RestartPolicy {
  private readonly closes: number[] = [];
  private toldCrash = false;

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  onClosed(): RestartDecision {
    const t = this.now();
    this.closes.push(t);
    while (this.closes.length > 0 && this.closes[0]! <= t - this.windowMs) this.closes.shift();
    if (this.closes.length > this.maxRestarts) {
      this.closes.length = 0;
      return { restart: false, notify: 'gaveUp' };
    }
    if (this.toldCrash) return { restart: true };
    this.toldCrash = true;
    return { restart: true, notify: 'crashed' };
  }

  /** After a manual restart the user knows what is going on: count afresh and tell again. */
  reset(): void {
    this.closes.length = 0;
    this.toldCrash = false;
  }
}
