// `# shipshape-ignore` comments: which findings they silence, and which silenced nothing.
import { isPair, isSeq, visit } from 'yaml';
import type { ParsedFile } from './documents/parse.js';
import type { Span } from './types.js';

export interface Suppression {
  /** `line`: the next instruction / YAML node (or the comment's own line); `file`: the whole file. */
  scope: 'line' | 'file';
  /** Rule ids (empty = every rule). */
  ids: string[];
  /** The comment, for unused-suppression hints and for editing it. */
  span: Span;
  /** First and last line (0-based, inclusive) the comment covers. */
  from: number;
  to: number;
  /** Ids that silenced at least one finding ("*" when `ids` is empty). */
  used: Set<string>;
}

const PRAGMA = /(?:^|\s)#\s*shipshape-ignore(-file)?(?=\s|$)([^\n\r]*)/;

/** Splits `rule-a, rule-b -- reason` into ids. */
export function parseIds(rest: string): string[] {
  const beforeReason = rest.split(/\s--(?:\s|$)/)[0];
  return beforeReason.split(/[\s,]+/).filter((s) => s.length > 0);
}

export function collectSuppressions(file: ParsedFile): Suppression[] {
  if (file.dockerfile) return dockerfileSuppressions(file);
  if (file.yaml) return yamlSuppressions(file);
  return [];
}

function dockerfileSuppressions(file: ParsedFile): Suppression[] {
  const out: Suppression[] = [];
  const instructions = file.dockerfile!.getInstructions();
  for (const comment of file.dockerfile!.getComments()) {
    const m = PRAGMA.exec(comment.toString());
    if (!m) continue;
    const span = file.lines.spanOf(comment.getRange());
    const line = comment.getRange().start.line;
    const next = instructions.find((i) => i.getRange().start.line > line);
    const range = next?.getRange();
    out.push({
      scope: m[1] ? 'file' : 'line',
      ids: parseIds(m[2]),
      span,
      from: range ? range.start.line : line + 1,
      to: range ? range.end.line : line + 1,
      used: new Set(),
    });
  }
  return out;
}

function yamlSuppressions(file: ParsedFile): Suppression[] {
  const { lines } = file;
  const candidates: { span: Span; line: number; ownLine: boolean; fileWide: boolean; ids: string[] }[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (!lineText.includes('shipshape-ignore')) continue;
    const m = PRAGMA.exec(lineText);
    if (!m) continue;
    const hash = lineText.indexOf('#', m.index);
    const start = lines.lineStarts[line] + hash;
    candidates.push({
      span: { start, end: lines.lineEnd(line) },
      line,
      ownLine: lineText.slice(0, hash).trim() === '',
      fileWide: Boolean(m[1]),
      ids: parseIds(m[2]),
    });
  }
  if (candidates.length === 0) return [];
  const { scalarSpans, lastLineOf } = yamlLineExtents(file);
  const out: Suppression[] = [];
  for (const c of candidates) {
    // A "#" inside a quoted or block scalar is text, not a comment.
    if (scalarSpans.some((s) => s.start <= c.span.start && c.span.start < s.end)) continue;
    let target = c.line;
    if (c.ownLine) {
      target = c.line + 1;
      while (target < lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    }
    out.push({
      scope: c.fileWide ? 'file' : 'line',
      ids: c.ids,
      span: c.span,
      from: target,
      to: Math.max(target, lastLineOf.get(target) ?? target),
      used: new Set(),
    });
  }
  return out;
}

/** For each line, the last line of the YAML nodes that start on it; and every multi-line-capable scalar span. */
function yamlLineExtents(file: ParsedFile): { scalarSpans: Span[]; lastLineOf: Map<number, number> } {
  const lastLineOf = new Map<number, number>();
  const scalarSpans: Span[] = [];
  const note = (start: number, end: number) => {
    const a = file.lines.positionAt(start).line;
    // A node's value-end can sit at the start of the next line (block scalars): count the line before.
    const endPos = file.lines.positionAt(end);
    const b = endPos.character === 0 && endPos.line > a ? endPos.line - 1 : endPos.line;
    if ((lastLineOf.get(a) ?? -1) < b) lastLineOf.set(a, b);
  };
  for (const d of file.yaml ?? []) {
    visit(d.doc, {
      Pair(_k, pair) {
        if (!isPair(pair)) return;
        const k = (pair.key as { range?: number[] } | null)?.range;
        const v = (pair.value as { range?: number[] } | null)?.range;
        if (k) note(k[0], v ? v[1] : k[1]);
      },
      Scalar(_k, node) {
        if (node.range && node.type !== 'PLAIN') scalarSpans.push({ start: node.range[0], end: node.range[1] });
      },
      Map(_k, node, path) {
        const parent = path[path.length - 1];
        if (node.range && isSeq(parent)) note(node.range[0], node.range[1]);
      },
      Seq(_k, node, path) {
        const parent = path[path.length - 1];
        if (node.range && isSeq(parent)) note(node.range[0], node.range[1]);
      },
    });
  }
  return { scalarSpans, lastLineOf };
}

/** True (and records the use) when a suppression covers a finding of `ruleId` starting on `line`. */
export function suppress(suppressions: readonly Suppression[], ruleId: string, line: number): boolean {
  let hit = false;
  for (const s of suppressions) {
    if (s.scope === 'line' && (line < s.from || line > s.to)) continue;
    if (s.ids.length === 0) {
      s.used.add('*');
      hit = true;
    } else if (s.ids.includes(ruleId)) {
      s.used.add(ruleId);
      hit = true;
    }
  }
  return hit;
}
