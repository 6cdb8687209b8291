// Keeps the diagnostics of open documents current: debounced lint per document, newest version
// wins, results kept for the code actions of the version they describe.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsOf } from './diagnostics.js';
import type { DocumentLinter, LintResult } from './document-linter.js';
import { describeError, type Logger } from './log.js';
import type { StatusReporter } from './status.js';

export const CHANGE_DELAY_MS = 100;

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The change debounce an environment value (`SHIPSHAPE_CHANGE_DELAY_MS`) asks for: a non-negative
 * integer of milliseconds; anything else (unset, empty, negative, fractional, not a number, beyond
 * setTimeout's range) is the default.
 */
export function parseChangeDelay(value: string | undefined): number {
  const ms = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return ms <= MAX_TIMER_MS ? ms : CHANGE_DELAY_MS;
}

export class DocumentValidator {
  /** Per document, how to cancel its pending lint. */
  private readonly timers = new Map<string, () => void>();
  private readonly published = new Map<string, LintResult>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: DocumentLinter,
    private readonly log: Logger,
    private readonly delayMs = CHANGE_DELAY_MS,
    /** Told after each lint of an open document, to follow the workspace view (config files, dependencies). */
    private readonly afterLint: (document: TextDocument) => void = () => undefined,
    private readonly status?: StatusReporter,
  ) {}

  /** Lints soon; a later call for the same document replaces a pending one (debounce). */
  schedule(uri: string, immediately = false): void {
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      void this.validate(uri);
    };
    const delay = immediately ? 0 : this.delayMs;
    // No delay means the next turn of the event loop; Node's setTimeout would wait at least 1 ms.
    // (Web workers have no setImmediate: there it is setTimeout.)
    if (delay === 0 && typeof setImmediate === 'function') {
      const immediate = setImmediate(run);
      this.timers.set(uri, () => clearImmediate(immediate));
    } else {
      const timer = setTimeout(run, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    }
  }

  scheduleAll(except?: string): void {
    for (const document of this.documents.all()) if (document.uri !== except) this.schedule(document.uri, true);
  }

  /** Forgets a closed document; the caller publishes what replaces its diagnostics. */
  closed(uri: string): void {
    this.cancel(uri);
    this.published.delete(uri);
  }

  /** The findings published for exactly this version of the document, if any. */
  resultFor(uri: string, version: number): LintResult | undefined {
    const result = this.published.get(uri);
    return result && result.version === version ? result : undefined;
  }

  dispose(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private cancel(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
  }

  private async validate(uri: string): Promise<void> {
    try {
      const document = this.documents.get(uri);
      if (!document) return;
      const started = Date.now();
      const result = await this.linter.lintDocument(document);
      this.status?.validated(uri, Date.now() - started);
      this.afterLint(document);
      const current = this.documents.get(uri);
      // Closed meanwhile, or a newer version arrived while settings were fetched: its own run publishes.
      if (!current || current.version !== result.version) return;
      const previous = this.published.get(uri);
      if (previous && (previous.version ?? -1) > (result.version ?? -1)) return;
      this.published.set(uri, result);
      publish(this.connection, this.log, uri, result.version, diagnosticsOf(result));
    } catch (error) {
      this.log.error(`Validating ${uri} failed: ${describeError(error)}`);
    }
  }
}

export function publish(connection: Connection, log: Logger, uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
  connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => {
    log.error(`Publishing diagnostics for ${uri} failed: ${describeError(error)}`);
  });
}
