// Core types shared by the engine, its rules and every front end.
// Positions are 0-based like the LSP; the CLI converts to 1-based for people.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
/** RULES.md fix column: Y = safe, S = unsafe, - = none. */
export type FixKind = 'safe' | 'unsafe' | 'none';
/** NIST SP 800-190 §3 risk area. */
export type Risk = 'image' | 'registry' | 'orchestrator' | 'container' | 'host';
/** What a rule (or a YAML document) is about. */
export type FileKind = 'dockerfile' | 'compose' | 'daemon' | 'k8s' | 'kubeconfig';

/** Half-open character offsets into the file text. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text replacement: `text` replaces the characters in [start, end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  /** Safe fixes are preferred quick-fixes and run in "fix all"; unsafe ones need the user's judgement. */
  safe: boolean;
  edits: Edit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  /** The resource, service or build stage the finding is about, e.g. `Deployment/web container/app`. */
  object: string | null;
  fix: Fix | null;
}
