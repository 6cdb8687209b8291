// Large inputs are linted on every core: the walked files are dealt round-robin to worker threads
// (so each gets a like mix of small and large files), each running the same engine on its share,
// and the reports are merged. The worker is this very bundle, started with `workerData`.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { lintFiles, type LintOutcome, type LintShare } from './lint-command.js';

/** Below this many files per thread, starting workers (each loads the engine) costs more than it saves. */
export const FILES_PER_THREAD = 200;

/** Threads to use: `--threads` when given, else one per core once there are enough files. */
export function threadCount(requested: number | undefined, files: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

interface WorkerRequest {
  shipshapeLintShare: LintShare;
}

export async function lintInWorkers(share: LintShare, threads: number): Promise<LintOutcome> {
  const shares = Array.from({ length: threads }, (_, t) => ({ ...share, files: share.files.filter((_, i) => i % threads === t) }));
  const outcomes = await Promise.all(shares.map(runWorker));
  return { reports: outcomes.flatMap((o) => o.reports), failures: outcomes.reduce((n, o) => n + o.failures, 0) };
}

function runWorker(share: LintShare): Promise<LintOutcome> {
  return new Promise((resolve, reject) => {
    const request: WorkerRequest = { shipshapeLintShare: share };
    const worker = new Worker(__filename, { workerData: request });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a lint worker exited with code ${code} before reporting`)));
  });
}

/** In a worker started by lintInWorkers: lint the share, post the outcome, and say so. */
export function runAsLintWorker(): boolean {
  const request = workerData as WorkerRequest | undefined;
  if (isMainThread || !request?.shipshapeLintShare) return false;
  parentPort!.postMessage(lintFiles(request.shipshapeLintShare));
  return true;
}
