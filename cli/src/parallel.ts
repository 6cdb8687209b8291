// Large inputs are linted on every core: the walked files are dealt round-robin to worker threads
// (so each gets a like mix of small and large files), each running the same engine on its share,
// and the reports are merged. The worker is this very bundle, started with `workerData`.
//
// The workspace's NetworkPolicies (which k8s/missing-network-policy checks every workload against)
// come from a walk of every file. Rather than each worker walking it all, the workers first walk a
// share each (phase 1), the main thread puts the pieces together in walk order and hands the whole
// to every worker, which then lints (phase 2) as if it had walked itself.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { resolveSeverity, type Config, type WorkspaceIndex } from '../../rules/src/index.js';
import missingNetworkPolicy from '../../rules/src/rules/k8s/missing-network-policy.js';
import { policiesOfListedFile, seedWorkspacePolicies, walkedFiles, type FilePolicies } from '../../rules/src/kubernetes/workspace-policies.js';
import { DiskWorkspaceIndex } from '../../host/src/workspace-index.js';
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
  /** When set, the worker first walks every `threads`-th walked file from `thread` for policies. */
  policyWalk?: { thread: number; threads: number };
}

/** A file with policies found in phase 1, with its place in the walk. */
interface PlacedPolicies extends FilePolicies {
  position: number;
}

/** Worker → main: phase 1's files, then the lint outcome. Main → worker: every file's policies. */
type WorkerMessage = { policies: PlacedPolicies[] } | { outcome: LintOutcome };
interface WorkspaceMessage {
  workspacePolicies: FilePolicies[];
}

export async function lintInWorkers(share: LintShare, threads: number): Promise<LintOutcome> {
  const walkPolicies = mayAskForPolicies(share.config);
  const workers = Array.from({ length: threads }, (_, thread) =>
    startWorker({
      shipshapeLintShare: { ...share, files: share.files.filter((_, i) => i % threads === thread) },
      policyWalk: walkPolicies ? { thread, threads } : undefined,
    }),
  );
  try {
    if (walkPolicies) {
      const pieces = await Promise.all(workers.map((w) => w.policies));
      const merged: WorkspaceMessage = { workspacePolicies: mergeInWalkOrder(pieces) };
      for (const w of workers) w.worker.postMessage(merged);
    }
    const outcomes = await Promise.all(workers.map((w) => w.outcome));
    return { reports: outcomes.flatMap((o) => o.reports), failures: outcomes.reduce((n, o) => n + o.failures, 0) };
  } catch (e) {
    // A worker that failed leaves the others waiting for the policies: stop them all.
    for (const w of workers) void w.worker.terminate();
    throw e;
  }
}

/** Whether linting may ask for the workspace's policies (only that rule does); when not, the workers skip phase 1. */
function mayAskForPolicies(config: Config): boolean {
  return resolveSeverity(missingNetworkPolicy, config) !== 'off';
}

function mergeInWalkOrder(pieces: PlacedPolicies[][]): FilePolicies[] {
  return pieces
    .flat()
    .sort((a, b) => a.position - b.position)
    .map(({ path, policies }) => ({ path, policies }));
}

interface RunningWorker {
  worker: Worker;
  policies: Promise<PlacedPolicies[]>;
  outcome: Promise<LintOutcome>;
}

function startWorker(request: WorkerRequest): RunningWorker {
  const worker = new Worker(__filename, { workerData: request });
  let gotPolicies!: (p: PlacedPolicies[]) => void;
  let gotOutcome!: (o: LintOutcome) => void;
  let failPolicies!: (e: Error) => void;
  let failOutcome!: (e: Error) => void;
  const policies = new Promise<PlacedPolicies[]>((resolve, reject) => ((gotPolicies = resolve), (failPolicies = reject)));
  const outcome = new Promise<LintOutcome>((resolve, reject) => ((gotOutcome = resolve), (failOutcome = reject)));
  // Both may be left unawaited when the other phase fails first; the rejection is reported once.
  policies.catch(() => {});
  outcome.catch(() => {});
  const fail = (e: Error) => {
    failPolicies(e);
    failOutcome(e);
  };
  worker.on('message', (m: WorkerMessage) => ('policies' in m ? gotPolicies(m.policies) : gotOutcome(m.outcome)));
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`a lint worker exited with code ${code} before reporting`)));
  return { worker, policies, outcome };
}

/** In a worker started by lintInWorkers: lint the share, post the outcome, and say so. */
export function runAsLintWorker(): boolean {
  const request = workerData as WorkerRequest | undefined;
  if (isMainThread || !request?.shipshapeLintShare) return false;
  const share = request.shipshapeLintShare;
  const workspace = new DiskWorkspaceIndex(share.allFiles, share.cwd);
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  if (!request.policyWalk) {
    post({ outcome: lintFiles(share, workspace) });
    return true;
  }
  post({ policies: walkShare(workspace, request.policyWalk.thread, request.policyWalk.threads) });
  parentPort!.once('message', (m: WorkspaceMessage) => {
    seedWorkspacePolicies(workspace, m.workspacePolicies);
    post({ outcome: lintFiles(share, workspace) });
    parentPort!.close();
  });
  return true;
}

/** Phase 1: this thread's share of the walk workspacePolicies would make. */
function walkShare(workspace: WorkspaceIndex, thread: number, threads: number): PlacedPolicies[] {
  const found: PlacedPolicies[] = [];
  walkedFiles(workspace).forEach((path, position) => {
    if (position % threads !== thread) return;
    const policies = policiesOfListedFile(workspace, path);
    if (policies.length > 0) found.push({ position, path, policies });
  });
  return found;
}
