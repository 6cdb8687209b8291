// Findings of document-scoped rules (rule.ts `scope`), remembered per YAML document, so that re-linting
// a multi-document file after an edit runs those rules on the edited documents only. The parse
// reuses untouched documents (documents/yaml-stream.ts): the same object when it did not move, a
// copy with shifted offsets when an edit above it moved it. The findings follow the same way: the
// very same objects while the document stays on the same line (findings are never changed once
// handed out, so a caller may hold on to them), else copies shifted by the same distance.
//
// A remembered finding may still have its fix deferred, built from the parse it came from. That
// parse is consistent with itself (documents are never changed in place), so the first reuse builds
// the fix and keeps the plain value: nothing holds on to older parses after that.
import type { Document } from 'yaml';
import type { ParsedFile, YamlDocument } from './documents/parse.js';
import { movedFrom } from './documents/yaml-stream.js';
import type { Finding, Range } from './types.js';

type Doc = Document.Parsed;

interface Remembered {
  /** What else the findings depend on: config, day, partial objects, line breaks (see lint.ts). */
  key: string;
  byRule: Map<string, Finding[]>;
  /** The line the document starts on in the version whose ranges the findings hold. */
  line: number;
  /**
   * Every finding lies inside the document, whose text an edit elsewhere leaves as it was: its lines
   * then move as a whole, by as many lines as the document's start. Else ranges are computed anew.
   */
  contained: boolean;
  /** True once no finding has a deferred fix. */
  settled?: boolean;
}

const remembered = new WeakMap<Doc, Remembered>();

export interface DocumentReuse {
  /** The file as the document-scoped rules see it: only the documents without remembered findings. */
  readonly view: ParsedFile;
  /** Whether every document still needs its rules run (nothing remembered: lint the file as usual). */
  readonly nothingReused: boolean;
  /** The remembered findings of `ruleId` in the reused documents, placed in this version of the file. */
  reused(ruleId: string): Finding[];
  /** Files `ruleId`'s new findings under their documents; false when one lies outside them all. */
  record(ruleId: string, findings: readonly Finding[]): boolean;
  /** Remembers the new documents' findings; not called when a rule failed (nothing is remembered then). */
  commit(): void;
}

export function documentReuse(file: ParsedFile, key: string): DocumentReuse {
  const docs = file.yaml ?? [];
  const hits: Remembered[] = [];
  const fresh: YamlDocument[] = [];
  for (const d of docs) {
    const hit = recall(d.doc, key, file);
    if (hit) hits.push(hit);
    else fresh.push(d);
  }
  const pending = new Map<Doc, Remembered>(fresh.map((d) => [d.doc, { key, byRule: new Map(), line: lineOf(file, d.doc), contained: true }]));
  // Fresh documents in file order, with where their nodes start and end, to file findings under them.
  const bounds = fresh.map((d) => ({ doc: d.doc, start: d.doc.range[0], end: d.doc.range[2] }));
  // Binary search: a first lint files every finding of a many-document file.
  const owner = (offset: number): (typeof bounds)[number] | undefined => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = bounds[mid];
      if (offset < b.start) hi = mid - 1;
      else if (offset < b.end || (mid === bounds.length - 1 && offset === b.end)) return b;
      else lo = mid + 1;
    }
    return undefined;
  };
  // The reused findings grouped by rule once, rather than every rule looking through every document.
  const reusedByRule = new Map<string, Finding[]>();
  for (const h of hits) {
    for (const [ruleId, findings] of h.byRule) {
      let list = reusedByRule.get(ruleId);
      if (!list) reusedByRule.set(ruleId, (list = []));
      for (const f of findings) list.push(f);
    }
  }
  return {
    view: hits.length === 0 ? file : { ...file, yaml: fresh },
    nothingReused: hits.length === 0,
    reused: (ruleId) => reusedByRule.get(ruleId) ?? [],
    record(ruleId, findings) {
      for (const f of findings) {
        const bound = owner(f.span.start);
        if (!bound) return false;
        const entry = pending.get(bound.doc)!;
        if (f.span.end > bound.end) entry.contained = false;
        const list = entry.byRule.get(ruleId);
        if (list) list.push(f);
        else entry.byRule.set(ruleId, [f]);
      }
      return true;
    },
    commit() {
      for (const [doc, entry] of pending) remembered.set(doc, entry);
    },
  };
}

/**
 * The findings remembered for `doc` (or for the document it was copied from), if made under `key`,
 * placed where the document is in this version of the file.
 */
function recall(doc: Doc, key: string, file: ParsedFile): Remembered | undefined {
  const own = remembered.get(doc);
  const moved = own ? undefined : movedFrom(doc);
  const before = own ?? (moved && remembered.get(moved.origin));
  if (!before || before.key !== key) return undefined;
  settle(before);
  const line = lineOf(file, doc);
  // Same document, same line: every offset and position is as it was.
  if (own && line === own.line) return own;
  const placed: Remembered = { key, byRule: new Map(), line, contained: before.contained, settled: true };
  const delta = moved?.delta ?? 0;
  for (const [ruleId, findings] of before.byRule) {
    placed.byRule.set(ruleId, findings.map((f) => shift(f, delta, before.contained ? line - before.line : null, file)));
  }
  remembered.set(doc, placed);
  return placed;
}

function lineOf(file: ParsedFile, doc: Doc): number {
  return file.lines.positionAt(doc.range[0]).line;
}

/** Builds any deferred fix now, so the entry holds plain values and no reference to an older parse. */
function settle(entry: Remembered): void {
  if (entry.settled) return;
  // Spreading reads `fix`, which builds a deferred one; the copy holds the value.
  for (const [ruleId, findings] of entry.byRule) entry.byRule.set(ruleId, findings.map((f) => ({ ...f })));
  entry.settled = true;
}

/** A copy of `f` moved by `delta` characters and `lines` lines (null: its range found anew in `file`). */
function shift(f: Finding, delta: number, lines: number | null, file: ParsedFile): Finding {
  const span = delta === 0 ? f.span : { start: f.span.start + delta, end: f.span.end + delta };
  const range = lines === null ? file.lines.rangeOf(span) : shiftLines(f.range, lines);
  const fix = delta === 0 || !f.fix ? f.fix : { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) };
  return { ...f, span, range, fix };
}

function shiftLines(range: Range, lines: number): Range {
  if (lines === 0) return range;
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}
