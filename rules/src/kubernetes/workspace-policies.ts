// The NetworkPolicies of a workspace, read from the texts the WorkspaceIndex supplies, so that a
// workspace rule can ask "does any policy select this workload?" without re-parsing 10,000 files
// for every file it lints.
//
// Two caches: one per file (path + text: an unchanged file is never parsed twice, whichever index
// asks), and one per WorkspaceIndex (an index is a snapshot of one run: the CLI makes one per run,
// and a caller whose workspace changed hands rules a new index). An index that is an overlay of a
// shared base (the server's: the disk with the open documents over it) costs a walk of the
// workspace once per base, and per index only a look at its overlaid files.
import { parseFile, type ParsedFile } from '../documents/parse.js';
import type { OverlaidWorkspaceIndex, RuleContext, WorkspaceIndex } from '../rule.js';
import { opaquePolicyScope, readNetworkPolicy, selectorMatches, type Labels, type LabelSelector, type PolicyType } from './network.js';
import { perDocumentText } from '../documents/yaml-stream.js';
import { acrossWholeFile, documentResources, type Resource } from './resources.js';

/** What the rule needs of a policy: where it applies and which pods it selects. */
export interface PolicySummary {
  /** `Kind/name`, for tests and messages. */
  label: string;
  /** As written; undefined when the manifest leaves it to `kubectl apply -n`. */
  namespace: string | undefined;
  /** A policy of another engine whose scope is the whole cluster (Calico GlobalNetworkPolicy…). */
  clusterWide: boolean;
  /** `unknown` for selectors Shipshape cannot evaluate (templated, or another engine's syntax). */
  podSelector: LabelSelector;
  policyTypes: PolicyType[];
}

/** A workspace file's policies: plain data, so that a worker thread can hand it to another. */
export interface FilePolicies {
  path: string;
  policies: PolicySummary[];
}

/** Files bigger than this are not searched for policies (manifests are far smaller). */
const MAX_TEXT_LENGTH = 2 * 1024 * 1024;
/** At most this many workspace files are considered, so a huge workspace cannot stall a lint. */
const MAX_FILES = 50_000;
/** Per-file cache entries kept; the oldest go first. */
const MAX_CACHED_FILES = 20_000;

const byFile = new Map<string, { text: string; policies: PolicySummary[] }>();
const byIndex = new WeakMap<WorkspaceIndex, FilePolicies[]>();
/** Per base of overlaid indexes: its files with policies, and how many files it lists (up to MAX_FILES + 1). */
const byBase = new WeakMap<WorkspaceIndex, { found: FilePolicies[]; listed: number }>();

/** The policies among a parsed file's objects. */
export function policiesInFile(file: ParsedFile): PolicySummary[] {
  return (file.yaml ?? []).flatMap((d) => (d.kind === 'k8s' ? documentPolicies(d.doc) : []));
}

/** The policies of the whole file (every document, also where a rule sees only the edited ones). */
export function policiesInContext(ctx: RuleContext): PolicySummary[] {
  return acrossWholeFile(ctx, 'kubernetes/workspace-policies/local', documentPolicies);
}

/** Per document text (summaries hold no node): an edit reads the fresh documents' only. */
const documentPolicies = perDocumentText((doc) => summarize(documentResources(doc)));

/**
 * What a rule reading the policies of the file and the workspace reads, as a string (rule.ts
 * `crossDocumentFacts`): the file's policies, and which policy lists the workspace holds.
 */
export function policyFacts(ctx: RuleContext): string {
  const remote = canSearchWorkspace(ctx.workspace) ? otherFiles(snapshotOf(ctx.workspace), ctx.fileName).map((f) => listId(f.policies)) : null;
  return JSON.stringify([policiesInContext(ctx), remote]);
}

/**
 * A number per list of a file's policies. Lists are kept per file text (policiesInText), so the same
 * number stands for the same policies across lints; a list read again gets a new one, which only
 * makes a rule run again.
 */
function listId(list: PolicySummary[]): number {
  let id = listIds.get(list);
  if (id === undefined) listIds.set(list, (id = nextListId++));
  return id;
}

const listIds = new WeakMap<PolicySummary[], number>();
let nextListId = 0;

function summarize(objects: readonly Resource[]): PolicySummary[] {
  const out: PolicySummary[] = [];
  for (const resource of objects) {
    const policy = readNetworkPolicy(resource);
    if (policy) {
      out.push({ label: resource.label, namespace: resource.namespace, clusterWide: false, podSelector: policy.podSelector, policyTypes: policy.policyTypes });
      continue;
    }
    const scope = opaquePolicyScope(resource);
    if (scope) out.push({ label: resource.label, namespace: resource.namespace, clusterWide: scope === 'cluster', podSelector: 'unknown', policyTypes: [] });
  }
  return out;
}

/** The policies in one workspace file's text, cached by path and text. */
export function policiesInText(path: string, text: string): PolicySummary[] {
  const hit = byFile.get(path);
  if (hit && hit.text === text) return hit.policies;
  const policies = readPolicies(path, text);
  byFile.delete(path);
  byFile.set(path, { text, policies });
  if (byFile.size > MAX_CACHED_FILES) byFile.delete(byFile.keys().next().value!);
  return policies;
}

function readPolicies(path: string, text: string): PolicySummary[] {
  // Cheap filters first: only YAML files that mention a NetworkPolicy kind are parsed.
  if (!/\.ya?ml$/i.test(path) || text.length > MAX_TEXT_LENGTH || !text.includes('NetworkPolicy')) return [];
  const file = parseFile(text, path);
  return file ? policiesInFile(file) : [];
}

/**
 * Every policy of the workspace outside the file `except` (the file being linted, whose current
 * text the caller reads itself). Undefined when the index cannot list and read files: the caller
 * then knows nothing about the rest of the workspace.
 */
export function workspacePolicies(index: WorkspaceIndex | undefined, except: string): PolicySummary[] | undefined {
  if (!canSearchWorkspace(index)) return undefined;
  return otherFiles(snapshotOf(index), except).flatMap((f) => f.policies);
}

/** The index's files with policies, read once per index. */
function snapshotOf(index: WorkspaceIndex): FilePolicies[] {
  let snapshot = byIndex.get(index);
  if (!snapshot) {
    snapshot = (isOverlaid(index) && policiesOverBase(index)) || walk(index).found;
    byIndex.set(index, snapshot);
  }
  return snapshot;
}

function otherFiles(snapshot: FilePolicies[], except: string): FilePolicies[] {
  const self = normalize(except);
  return snapshot.filter((f) => normalize(f.path) !== self);
}

/** Whether the index can list and read files, so that workspacePolicies can answer. */
export function canSearchWorkspace(index: WorkspaceIndex | undefined): index is WorkspaceIndex & Required<Pick<WorkspaceIndex, 'files' | 'read'>> {
  return !!index && !!index.files && !!index.read;
}

/** The files with policies among an index's files, reading each; `listed`: the files looked at. */
function walk(index: WorkspaceIndex): { found: FilePolicies[]; listed: number } {
  const found: FilePolicies[] = [];
  let listed = 0;
  for (const path of index.files!()) {
    if (++listed > MAX_FILES) break;
    const policies = policiesOfListedFile(index, path);
    if (policies.length > 0) found.push({ path, policies });
  }
  return { found, listed };
}

/**
 * The files a walk of the index looks at, in its order. With policiesOfListedFile, a caller can
 * split the walk (the CLI's worker threads each take a share) and hand the files with policies,
 * in this order, to seedWorkspacePolicies.
 */
export function walkedFiles(index: WorkspaceIndex): string[] {
  const out: string[] = [];
  if (!canSearchWorkspace(index)) return out;
  for (const path of index.files()) {
    if (out.length === MAX_FILES) break;
    out.push(path);
  }
  return out;
}

/** One listed file's policies, as a walk reads them. */
export function policiesOfListedFile(index: WorkspaceIndex, path: string): PolicySummary[] {
  if (!/\.ya?ml$/i.test(path)) return [];
  const text = index.read?.(path);
  return text === undefined ? [] : policiesInText(path, text);
}

/** Hands an index the result of its walk, computed elsewhere: workspacePolicies then reads no file. */
export function seedWorkspacePolicies(index: WorkspaceIndex, found: FilePolicies[]): void {
  byIndex.set(index, found);
}

function isOverlaid(index: WorkspaceIndex): index is OverlaidWorkspaceIndex {
  return typeof (index as Partial<OverlaidWorkspaceIndex>).overlay === 'function';
}

/**
 * The base's files with policies (walked once per base) with the overlaid files read again: the
 * same files as a walk of the index finds, the base's first. Undefined when base and overlay
 * together may pass MAX_FILES, where only a walk of the index knows which files are cut.
 */
function policiesOverBase(index: OverlaidWorkspaceIndex): FilePolicies[] | undefined {
  const { base, files } = index.overlay();
  if (!base.files || !base.read) return undefined;
  let fromBase = byBase.get(base);
  if (!fromBase) {
    fromBase = walk(base);
    byBase.set(base, fromBase);
  }
  if (fromBase.listed + files.size > MAX_FILES) return undefined;
  const found = fromBase.found.filter((f) => !files.has(f.path));
  for (const [path, text] of files) {
    if (!/\.ya?ml$/i.test(path)) continue;
    const policies = policiesInText(path, text);
    if (policies.length > 0) found.push({ path, policies });
  }
  return found;
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/');
}

/**
 * The namespace a manifest lands in. An omitted namespace is the one `kubectl apply` targets, in
 * practice `default`; treating both as one namespace is the simple, usual reading.
 */
export function namespaceKey(namespace: string | undefined): string {
  return namespace ?? 'default';
}

/** Whether a policy may govern pods with these labels in this namespace (unknowns count as yes). */
export function policySelects(policy: PolicySummary, namespace: string | undefined, labels: Labels): boolean {
  if (policy.clusterWide) return true;
  if (namespaceKey(policy.namespace) !== namespaceKey(namespace)) return false;
  return selectorMatches(policy.podSelector, labels) !== false;
}
