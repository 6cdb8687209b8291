// Findings of document-scoped rules (rule.ts `scope`), remembered per YAML document, so that re-linting
// a multi-document file after an edit runs those rules on the edited documents only. The parse
// reuses untouched documents (documents/yaml-stream.ts): the same object when it did not move, a
// copy with shifted offsets when an edit above it moved it. The findings follow the same way: as
// they were, or shifted by the same distance.
//
// A remembered finding may still have its fix deferred, built from the parse it came from. That
// parse is consistent with itself (documents are never changed in place), so the first reuse builds
// the fix and keeps the plain value: nothing holds on to older parses after that.
import type { Document } from 'yaml';
import type { ParsedFile, YamlDocument } from './documents/parse.js';
import { movedFrom } from './documents/yaml-stream.js';
import type { Finding } from './types.js';

type Doc = Document.Parsed;

interface Remembered {
  /** What else the findings depend on: config, day, partial objects (see lint.ts). */
  key: string;
  byRule: Map<string, Finding[]>;
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
  const pending = new Map<Doc, Remembered>(fresh.map((d) => [d.doc, { key, byRule: new Map() }]));
  // Fresh documents in file order, with where their nodes start and end, to file findings under them.
  const bounds = fresh.map((d) => ({ doc: d.doc, start: d.doc.range[0], end: d.doc.range[2] }));
  // Binary search: a first lint files every finding of a many-document file.
  const owner = (offset: number): Doc | undefined => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = bounds[mid];
      if (offset < b.start) hi = mid - 1;
      else if (offset < b.end || (mid === bounds.length - 1 && offset === b.end)) return b.doc;
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
      // A copy per lint, with the range of this version (lines above may have changed, offsets not).
      for (const f of findings) list.push({ ...f, range: file.lines.rangeOf(f.span) });
    }
  }
  return {
    view: hits.length === 0 ? file : { ...file, yaml: fresh },
    nothingReused: hits.length === 0,
    reused: (ruleId) => reusedByRule.get(ruleId) ?? [],
    record(ruleId, findings) {
      for (const f of findings) {
        const doc = owner(f.span.start);
        if (!doc) return false;
        const byRule = pending.get(doc)!.byRule;
        const list = byRule.get(ruleId);
        if (list) list.push(f);
        else byRule.set(ruleId, [f]);
      }
      return true;
    },
    commit() {
      for (const [doc, entry] of pending) remembered.set(doc, entry);
    },
  };
}

/** The findings remembered for `doc` (or for the document it was copied from, shifted), if made under `key`. */
function recall(doc: Doc, key: string, file: ParsedFile): Remembered | undefined {
  const own = remembered.get(doc);
  if (own) {
    if (own.key !== key) return undefined;
    settle(own);
    return own;
  }
  const moved = movedFrom(doc);
  const before = moved && remembered.get(moved.origin);
  if (!moved || !before || before.key !== key) return undefined;
  settle(before);
  const shifted: Remembered = { key, byRule: new Map(), settled: true };
  for (const [ruleId, findings] of before.byRule) shifted.byRule.set(ruleId, findings.map((f) => shift(f, moved.delta, file)));
  remembered.set(doc, shifted);
  return shifted;
}

/** Builds any deferred fix now, so the entry holds plain values and no reference to an older parse. */
function settle(entry: Remembered): void {
  if (entry.settled) return;
  // Spreading reads `fix`, which builds a deferred one; the copy holds the value.
  for (const [ruleId, findings] of entry.byRule) entry.byRule.set(ruleId, findings.map((f) => ({ ...f })));
  entry.settled = true;
}

function shift(f: Finding, delta: number, file: ParsedFile): Finding {
  const span = { start: f.span.start + delta, end: f.span.end + delta };
  const fix = f.fix && { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) };
  return { ...f, span, range: file.lines.rangeOf(span), fix };
}
