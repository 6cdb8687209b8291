// The `shipshape/status` notification the client's status item shows: whether a workspace scan
// runs (with its progress) and how long the last document validation took.
import type { Connection } from 'vscode-languageserver';
import { STATUS_NOTIFICATION, type StatusParams } from '../../client/src/server-api.js';
import { describeError, type Logger } from './log.js';

export class StatusReporter {
  private scan: { done: number; total: number } | undefined;
  private lastValidation: StatusParams['lastValidation'];
  private lastPercent = -1;

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
  ) {}

  scanProgress(done: number, total: number): void {
    // One notification per percent at most: a big workspace must not flood the client.
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (this.scan && percent === this.lastPercent) return;
    this.lastPercent = percent;
    this.scan = { done, total };
    this.send();
  }

  scanEnded(): void {
    this.scan = undefined;
    this.lastPercent = -1;
    this.send();
  }

  validated(uri: string, durationMs: number): void {
    this.lastValidation = { uri, durationMs };
    this.send();
  }

  private send(): void {
    const params: StatusParams = this.scan ? { state: 'scanning', ...this.scan } : { state: 'idle' };
    if (this.lastValidation) params.lastValidation = this.lastValidation;
    this.connection.sendNotification(STATUS_NOTIFICATION, params).catch((error: unknown) => this.log.error(`Sending the status failed: ${describeError(error)}`));
  }
}
