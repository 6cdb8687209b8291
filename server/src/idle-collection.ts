// Young-generation garbage collection in the pause the change debounce makes anyway. A lint
// allocates a few MB; left alone, the collector runs whenever the young generation fills, which is
// in the middle of some later lint, and that keystroke's diagnostics wait for it. Collecting while
// the debounce waits leaves the next lint an empty young generation: no collection inside it.

/** Runs a young-generation (minor) collection now. */
export type YoungCollector = () => void;

/** Debounces shorter than this leave no pause worth filling (0 is the benchmarks' and tests' setting). */
export const MIN_IDLE_MS = 20;

export class IdleCollection {
  /** A lint ran since the last collection, so there is garbage to collect. */
  private dirty = false;
  private pending = false;

  constructor(
    private readonly collect: YoungCollector,
    /** How the collection is deferred past the current message (tests pass their own). */
    private readonly later: (run: () => void) => void = (run) => void setTimeout(run, 0),
  ) {}

  /** A lint ran: what it allocated is garbage now, or the result the server keeps. */
  linted(): void {
    this.dirty = true;
  }

  /** A lint was just put off by the debounce: collect in the pause, once per lint that ran. */
  waiting(): void {
    if (!this.dirty || this.pending) return;
    this.pending = true;
    this.later(() => {
      this.pending = false;
      this.dirty = false;
      try {
        this.collect();
      } catch {
        // Only a latency aid: the collector runs on its own schedule anyway.
      }
    });
  }
}
