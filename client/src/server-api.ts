// What the client asks of the Shipshape server beyond the LSP, and what it listens for.
// Plain names and shapes only (no imports), so both the Node and the browser client can use them
// and the server can import them too.

/**
 * The `shipshape.*` settings the server reads through `workspace/configuration`: every setting of the
 * manifest except `trace.server`, which the language client itself reads.
 */
export const SERVER_SETTING_KEYS = [
  'enable',
  'rules',
  'profile',
  'kubernetesVersion',
  'trustedRegistries',
  'exclude',
  'honorPeerSuppressions',
  'scope',
  'maxFileSize',
] as const;

/** `workspace/executeCommand`: rescan every workspace folder and republish its diagnostics. */
export const SCAN_WORKSPACE_COMMAND = 'shipshape.scanWorkspace';

/** `workspace/executeCommand` with arguments `[documentUri]`: apply every safe fix in the document. */
export const FIX_ALL_COMMAND = 'shipshape.fixAll';

/** Server → client notification about work in progress and the last validation. */
export const STATUS_NOTIFICATION = 'shipshape/status';
export interface StatusParams {
  /** `scanning` while a workspace scan runs, `idle` otherwise. */
  state: 'idle' | 'scanning';
  /** Files linted so far and candidate files of the running scan (while scanning). */
  done?: number;
  total?: number;
  /** The document validated last and how long linting it took, in milliseconds. */
  lastValidation?: { uri: string; durationMs: number };
}

/** Client → server request for the rule catalog's metadata (the server bundles the engine). */
export const RULES_REQUEST = 'shipshape/rules';
export interface RuleInfo {
  id: string;
  title: string;
  severity: string;
  fix?: string;
  risk?: string;
}
export type RulesResult = RuleInfo[];
