// Findings of document-scoped rules (rule.ts `scope`), remembered per YAML document text, so that
// re-linting a multi-document file after an edit runs those rules on the edited documents only. The
// parse reuses untouched documents (documents/yaml-stream.ts): the same object when it did not move,
// a copy with shifted offsets when an edit above it moved it; both share the text's token
// (textToken). The findings follow the same way: the very same objects while the document stays on
// the same line (findings are never changed once handed out, so a caller may hold on to them), else
// copies shifted by the same distance. A rule that also reads other documents (rule.ts
// `crossDocumentFacts`) has its findings reused while what it reads there is unchanged.
//
// A remembered finding may still have its fix deferred, built from the parse it came from. That
// parse is consistent with itself (documents are never changed in place), so the first reuse builds
// the fix and keeps the plain value: nothing holds on to older parses after that.
import type { Document } from 'yaml';
import type { ParsedFile, YamlDocument } from './documents/parse.js';
import { textToken } from './documents/yaml-stream.js';
import type { Finding, Range } from './types.js';

type Doc = Document.Parsed;

interface Remembered {
  /** What else the findings depend on: config, day, partial objects, line breaks (see lint.ts). */
  key: string;
  byRule: Map<string, Finding[]>;
  /**
   * Per rule that reads other documents (rule.ts `crossDocumentFacts`): the facts of the file and
   * workspace its findings here were made with.
   */
  facts: Map<string, string>;
  /** Where the document starts (offset and line) in the version whose ranges the findings hold. */
  start: number;
  line: number;
  /**
   * Every finding lies inside the document, whose text an edit elsewhere leaves as it was: its lines
   * then move as a whole, by as many lines as the document's start. Else ranges are computed anew.
   */
  contained: boolean;
  /** True once no finding has a deferred fix. */
  settled?: boolean;
}

/** Per document text (documents/yaml-stream.ts textToken). */
const remembered = new WeakMap<object, Remembered>();

export interface DocumentReuse {
  /** The file as the document-scoped rules see it: only the documents without remembered findings. */
  readonly view: ParsedFile;
  /** Whether every document still needs its rules run (nothing remembered: lint the file as usual). */
  readonly nothingReused: boolean;
  /**
   * Whether `ruleId`'s remembered findings hold for this version: always, unless the rule reads
   * other documents and its `facts` differ from those they were made with. If not, the rule runs
   * on the whole file and records all its findings.
   */
  reusable(ruleId: string, facts: string | undefined): boolean;
  /** The remembered findings of `ruleId` in the reused documents, placed in this version of the file. */
  reused(ruleId: string): Finding[];
  /**
   * Files `ruleId`'s new findings (made on the view, or on the whole file when `whole`) under their
   * documents; false when one lies outside them all.
   */
  record(ruleId: string, findings: readonly Finding[], facts: string | undefined, whole: boolean): boolean;
  /** Remembers the new findings; not called when a rule failed (nothing is remembered then). */
  commit(): void;
}

/** Where the findings of one document of this version go until commit. */
interface Target {
  doc: Doc;
  start: number;
  end: number;
  /** The document's entry: new for a fresh document, its remembered one for a reused document. */
  entry: Remembered;
  /** Reused documents only: the rules run again on the whole file, with their findings here and their facts. */
  redone?: Map<string, { findings: Finding[]; facts: string | undefined }>;
  contained: boolean;
}

export function documentReuse(file: ParsedFile, key: string): DocumentReuse {
  const docs = file.yaml ?? [];
  const hits: Remembered[] = [];
  const fresh: YamlDocument[] = [];
  // Every document in file order, with where its nodes start and end, to file findings under them.
  const targets: Target[] = [];
  for (const d of docs) {
    const hit = recall(d.doc, key, file);
    if (hit) hits.push(hit);
    else fresh.push(d);
    const entry = hit ?? { key, byRule: new Map(), facts: new Map(), start: d.doc.range[0], line: lineOf(file, d.doc), contained: true };
    targets.push({ doc: d.doc, start: d.doc.range[0], end: d.doc.range[2], entry, contained: true, redone: hit ? new Map() : undefined });
  }
  const freshTargets = targets.filter((t) => !t.redone);
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
    view: hits.length === 0 ? file : { ...file, yaml: fresh, whole: file },
    nothingReused: hits.length === 0,
    reusable: (ruleId, facts) => facts === undefined || hits.every((h) => h.facts.get(ruleId) === facts),
    reused: (ruleId) => reusedByRule.get(ruleId) ?? [],
    record(ruleId, findings, facts, whole) {
      const within = whole ? targets : freshTargets;
      const lists = new Map<Target, Finding[]>();
      for (const f of findings) {
        const target = owner(within, f.span.start);
        if (!target) return false;
        if (f.span.end > target.end) target.contained = false;
        const list = lists.get(target);
        if (list) list.push(f);
        else lists.set(target, [f]);
      }
      for (const target of within) {
        const list = lists.get(target) ?? [];
        if (target.redone) target.redone.set(ruleId, { findings: list, facts });
        else {
          if (list.length > 0) target.entry.byRule.set(ruleId, list);
          if (facts !== undefined) target.entry.facts.set(ruleId, facts);
        }
      }
      return true;
    },
    commit() {
      for (const target of targets) {
        const { entry } = target;
        if (!target.redone) {
          entry.contained = target.contained;
          remembered.set(textToken(target.doc), entry);
          continue;
        }
        for (const [ruleId, { findings, facts }] of target.redone) {
          if (findings.length > 0) entry.byRule.set(ruleId, findings);
          else entry.byRule.delete(ruleId);
          if (facts !== undefined) entry.facts.set(ruleId, facts);
          // The new findings may have deferred fixes, built from this version's parse.
          if (findings.length > 0) entry.settled = false;
        }
        entry.contained &&= target.contained;
      }
    },
  };
}

/** The target whose document holds `offset` (binary search: a first lint files every finding of a many-document file). */
function owner(targets: readonly Target[], offset: number): Target | undefined {
  let lo = 0;
  let hi = targets.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid];
    if (offset < t.start) hi = mid - 1;
    else if (offset < t.end || (mid === targets.length - 1 && offset === t.end)) return t;
    else lo = mid + 1;
  }
  return undefined;
}

/**
 * The findings remembered for `doc`'s text (the same document, or the one of the previous parse it
 * was copied from), if made under `key`, placed where the document is in this version of the file.
 */
function recall(doc: Doc, key: string, file: ParsedFile): Remembered | undefined {
  const token = textToken(doc);
  const before = remembered.get(token);
  if (!before || before.key !== key) return undefined;
  settle(before);
  const line = lineOf(file, doc);
  const delta = doc.range[0] - before.start;
  // Same place, same line: every offset and position is as it was.
  if (delta === 0 && line === before.line) return before;
  const placed: Remembered = { key, byRule: new Map(), facts: new Map(before.facts), start: doc.range[0], line, contained: before.contained, settled: true };
  for (const [ruleId, findings] of before.byRule) {
    placed.byRule.set(ruleId, findings.map((f) => shift(f, delta, before.contained ? line - before.line : null, file)));
  }
  remembered.set(token, placed);
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
