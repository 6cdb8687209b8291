// The rule contract: a rule is metadata plus a check function that reports findings.
import type { Document } from 'yaml';
import type { ParsedFile, YamlDocument } from './documents/parse.js';
import type { Config } from './config.js';
import type { Edit, FileKind, Range, Risk, Severity, SeveritySetting, Span, FixKind } from './types.js';
import type { YNode, YPair } from './yaml/nodes.js';

export const DOCS_BASE = 'https://shipshape.dev/rules/';

export interface RuleMeta {
  /** `<kind>/<name>`; stable and public. */
  id: string;
  /** Default severity; `off` rules run only when configured or asked for with `--rule`. */
  severity: SeveritySetting;
  /** Severity an `off`-by-default rule takes when it is turned on without one. */
  severityWhenOn?: Severity;
  fix: FixKind;
  risk: Risk;
  title: string;
  /** CIS / PSS references, for docs and SARIF. */
  references: string[];
  /** Peer tool ids (hadolint, Trivy, Checkov, kube-linter, Kubescape…) used to honour their pragmas. */
  aliases: string[];
  /** Which documents the rule reads. */
  appliesTo: FileKind;
  /** `restricted` rules are turned off by `profile: baseline`. */
  profile?: 'baseline' | 'restricted';
  /**
   * What a finding depends on besides the config. `document`: only the YAML document it is in (and
   * `crossDocumentFacts`, below), so while one document of a file is edited the engine reuses the
   * findings of the others (see document-reuse.ts). `file`: other documents of the file or the
   * workspace too. Kubernetes rules default to `document`; every other rule is `file`.
   */
  scope?: 'document' | 'file';
}

export interface CrossDocumentFacts {
  /**
   * For a document-scoped rule that also reads other documents of the file or workspace files (the
   * ServiceAccounts of the file, the NetworkPolicies of the workspace): what it reads there, as a
   * string. The findings of the documents an edit left alone are reused while this is unchanged;
   * when it changes, the rule runs on the whole file. Called with the whole file, on every lint: it
   * must read other documents only through `perDocumentText` models (kubernetes/resources.ts), so
   * that a re-lint does not read the nodes of the documents an edit moved (copying them is what it
   * saves). While other documents' findings are reused, `check` sees only the edited documents in
   * `ctx.file.yaml`, and the whole file in `ctx.file.whole`.
   */
  crossDocumentFacts?(ctx: RuleContext): string;
}

export function isDocumentScoped(rule: RuleMeta): boolean {
  return (rule.scope ?? (rule.appliesTo === 'k8s' ? 'document' : 'file')) === 'document';
}

/**
 * What workspace-level rules may know about the rest of the workspace (a `.dockerignore` beside a
 * Dockerfile, the NetworkPolicies of a namespace). Supplied by the server and the CLI; when it is
 * absent, workspace rules stay silent rather than guess.
 */
export interface WorkspaceIndex {
  /** True when the workspace holds a file at this path (same separators as the linted file name). */
  exists(path: string): boolean;
  /** Text of a workspace file, when the caller can supply it. */
  read?(path: string): string | undefined;
  /** Every file Shipshape lints in the workspace (absolute paths), when the caller knows them. */
  files?(): Iterable<string>;
}

/**
 * A WorkspaceIndex made of a shared base and a few files whose texts differ from it (the server's:
 * the disk with the open documents over it). Its `files()` are the base's followed by those of
 * `files` the base lacks; it reads a file of `files` from there and any other from the base. Rules
 * that summarise the whole workspace use it to redo only the overlaid files on each keystroke.
 */
export interface OverlaidWorkspaceIndex extends WorkspaceIndex {
  overlay(): {
    /** The same object for every index over the same base texts. */
    base: WorkspaceIndex;
    /** Files (as `files()` lists them) whose text here may differ from the base's, or that the base lacks. */
    files: ReadonlyMap<string, string>;
  };
}

/** Where a finding is: a text span, an LSP range, or a `yaml` node or pair. */
export type Locatable = Span | Range | YNode | YPair;

export interface FixInput {
  title: string;
  edits: Edit[];
  /** Defaults to the rule's fix kind (`safe` → true). */
  safe?: boolean;
}

export interface Report {
  at: Locatable;
  message: string;
  object?: string | null;
  /**
   * The fix, or a function that builds it. Prefer the function when building costs anything (YAML
   * edits, re-tokenizing): it runs only when someone reads the finding's fix (a code action, fix-all,
   * the CLI's output), not on every keystroke's lint. It must read only the parse and memoized models.
   */
  fix?: FixInput | null | (() => FixInput | null | undefined);
  /** Per-finding default severity (e.g. E when a secret has a value, W when only declared). */
  severity?: Severity;
  /**
   * The finding is about a field that is absent. Not reported for partial objects (Kustomize
   * patches), where the field may come from the base they are merged onto.
   */
  missing?: boolean;
}

export interface RuleContext {
  readonly file: ParsedFile;
  readonly text: string;
  readonly fileName: string;
  readonly config: Config;
  readonly now: Date;
  readonly workspace: WorkspaceIndex | undefined;
  /** The YAML documents of this rule's kind (empty for Dockerfiles and JSON). */
  readonly documents: YamlDocument[];
  report(report: Report): void;
  /**
   * Per-file cache shared by all rules of every kind, for models built from the parse (not from
   * config). Since `documents` differs per rule kind, a memoized model reads `file.yaml` and filters
   * by kind itself.
   */
  memo<T>(key: string, build: () => T): T;
}

export interface Rule extends RuleMeta, CrossDocumentFacts {
  docs: string;
  check(ctx: RuleContext): void;
}

/** A fix made of one edit, or none when the edit could not be made safely (a helper returned null). */
export function singleEditFix(title: string, edit: Edit | null | undefined): FixInput | null {
  return edit ? { title, edits: [edit] } : null;
}

export function defineRule(rule: RuleMeta & CrossDocumentFacts & { check(ctx: RuleContext): void }): Rule {
  return { ...rule, docs: docsUrl(rule.id) };
}

export function docsUrl(id: string): string {
  return DOCS_BASE + id;
}

export type { Document };
