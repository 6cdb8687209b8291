// Suppressions: which findings are silenced, and which of Shipshape's own comments silenced nothing.
//
// Shipshape's own forms name rule ids: `# shipshape-ignore <ids> -- reason` (next instruction /
// next YAML node, or its own line when it trails code), `# shipshape-ignore-file <ids>`, and the
// Kubernetes annotation `shipshape.dev/ignore: "<ids>"`. Peer tools' pragmas (hadolint, Trivy,
// Checkov, KICS, kube-linter, Polaris, kube-score) name the peer's ids, which match a rule through
// its `aliases`; they are honoured unless `honorPeerSuppressions` is false. See
// rules/docs/suppressions.md for every form and its scope.
import { isPair, isSeq, visit, type Document } from 'yaml';
import type { ParsedFile } from './documents/parse.js';
import { perDocumentPlaced } from './documents/yaml-stream.js';
import type { Span } from './types.js';
import { asMap, entries, findPair, items, spanOf, stringValue } from './yaml/nodes.js';

export type PeerTool = 'hadolint' | 'trivy' | 'checkov' | 'kics' | 'kube-linter' | 'polaris' | 'kube-score';

export interface Suppression {
  /**
   * `line`: lines `from`..`to` (the next instruction / YAML node, or the comment's own line);
   * `file`: the whole file; `region`: findings lying inside `region` (a Kubernetes resource).
   */
  scope: 'line' | 'file' | 'region';
  /** Rule ids for Shipshape's own forms, peer ids otherwise (empty = every rule). */
  ids: string[];
  /** Whose pragma it is: null for Shipshape's own. */
  peer: PeerTool | null;
  /** A comment or a Kubernetes annotation. */
  origin: 'comment' | 'annotation';
  /** The comment or annotation, for unused-suppression hints and for editing it. */
  span: Span;
  /** First and last line (0-based, inclusive) a `line` suppression covers. */
  from: number;
  to: number;
  /** The resource a `region` suppression covers. */
  region?: Span;
  /** Ids that silenced at least one finding ("*" when `ids` is empty). */
  used: Set<string>;
}

export interface SuppressionOptions {
  /** Honour peer tools' pragmas and annotations (config `honorPeerSuppressions`). */
  peers: boolean;
  /** Today, for Trivy's `:exp:` expiry dates. */
  now?: Date;
}

/** What a rule is matched by: its id for Shipshape's forms, its aliases for peers'. */
export interface SuppressibleRule {
  id: string;
  aliases: readonly string[];
}

/** Where a comment pragma reaches before it is placed in a file. */
type Reach = 'next' | 'line' | 'file' | 'resource';

interface Pragma {
  peer: PeerTool | null;
  ids: string[];
  reach: Reach;
}

const SHIPSHAPE = /^#\s*shipshape-ignore(-file)?(?=\s|$)(.*)$/;
const HADOLINT = /^#\s*hadolint\s+(global\s+)?ignore\s*=\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;
const TRIVY = /trivy:ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/g;
const CHECKOV = /(?:checkov|bridgecrew):skip=\s*([\w-]+(?:,[\w-]+)*)/g;
const KICS = /^#\s*kics-scan\s+(ignore-line|ignore-block|ignore)(?=\s|$)/;
/** Cheap test before a comment is parsed. */
const ANY_PRAGMA = /shipshape-ignore|hadolint|trivy:ignore|checkov:skip|bridgecrew:skip|kics-scan/;

/** Splits `rule-a, rule-b -- reason` into ids. */
export function parseIds(rest: string): string[] {
  const beforeReason = rest.split(/\s--(?:\s|$)/)[0];
  return beforeReason.split(/[\s,]+/).filter((s) => s.length > 0);
}

/** The pragmas in one comment (text starting at its `#`). */
function parsePragmas(comment: string, syntax: 'dockerfile' | 'yaml', options: SuppressionOptions): Pragma[] {
  const own = SHIPSHAPE.exec(comment);
  if (own) return [{ peer: null, ids: parseIds(own[2]), reach: own[1] ? 'file' : 'next' }];
  if (!options.peers || !ANY_PRAGMA.test(comment)) return [];
  const out: Pragma[] = [];
  const hadolint = syntax === 'dockerfile' ? HADOLINT.exec(comment) : null;
  if (hadolint) out.push({ peer: 'hadolint', ids: hadolint[2].split(/\s*,\s*/), reach: hadolint[1] ? 'file' : 'next' });
  for (const m of comment.matchAll(TRIVY)) {
    // An expired ignore (`:exp:2024-01-31`) no longer applies after that day.
    if (m[2] && options.now && Date.parse(`${m[2]}T23:59:59Z`) < options.now.getTime()) continue;
    out.push({ peer: 'trivy', ids: [m[1]], reach: 'next' });
  }
  // Checkov applies a skip comment anywhere in a Dockerfile to the whole file, and in a Kubernetes
  // manifest to the resource it sits in.
  for (const m of comment.matchAll(CHECKOV)) out.push({ peer: 'checkov', ids: m[1].split(','), reach: syntax === 'dockerfile' ? 'file' : 'resource' });
  const kics = KICS.exec(comment);
  if (kics) out.push({ peer: 'kics', ids: [], reach: kics[1] === 'ignore-line' ? 'line' : kics[1] === 'ignore' ? 'file' : 'next' });
  return out;
}

export function collectSuppressions(file: ParsedFile, options: SuppressionOptions = { peers: true }): Suppression[] {
  if (file.dockerfile) return dockerfileSuppressions(file, options);
  if (file.yaml) return [...yamlCommentSuppressions(file, options), ...annotationSuppressions(file, options)];
  return [];
}

function dockerfileSuppressions(file: ParsedFile, options: SuppressionOptions): Suppression[] {
  const out: Suppression[] = [];
  const instructions = file.dockerfile!.getInstructions().map((i) => i.getRange());
  // A pragma on the first lines that looks like `# key=value` is parsed as a parser directive
  // (`# hadolint global ignore=…`, `#checkov:skip=…`): read those too, from the raw text.
  for (const comment of [...file.dockerfile!.getDirectives(), ...file.dockerfile!.getComments()]) {
    const span = file.lines.spanOf(comment.getRange());
    const text = file.text.slice(span.start, span.end).trimStart();
    if (!text.startsWith('#') || !ANY_PRAGMA.test(text)) continue;
    const line = comment.getRange().start.line;
    // A comment line inside a continued instruction belongs to that instruction (Docker strips it).
    const target = instructions.find((r) => r.start.line < line && line <= r.end.line) ?? instructions.find((r) => r.start.line > line);
    for (const p of parsePragmas(text, 'dockerfile', options)) {
      const [from, to] = p.reach === 'line' ? [line + 1, line + 1] : target ? [target.start.line, target.end.line] : [line + 1, line + 1];
      out.push({ scope: p.reach === 'file' ? 'file' : 'line', ids: p.ids, peer: p.peer, origin: 'comment', span, from, to, used: new Set() });
    }
  }
  return out;
}

function yamlCommentSuppressions(file: ParsedFile, options: SuppressionOptions): Suppression[] {
  const { lines } = file;
  let extents: DocumentExtents[] | undefined;
  let resources: Span[] | undefined;
  const out: Suppression[] = [];
  for (const line of pragmaLines(file)) {
    const lineText = lines.lineText(line);
    extents ??= (file.yaml ?? []).map((d) => documentExtents(d.doc));
    const hash = commentStart(lineText, lines.lineStarts[line], extents);
    if (hash < 0) continue;
    const pragmas = parsePragmas(lineText.slice(hash), 'yaml', options);
    if (pragmas.length === 0) continue;
    const start = lines.lineStarts[line] + hash;
    const span = { start, end: lines.lineEnd(line) };
    const ownLine = lineText.slice(0, hash).trim() === '';
    // An own-line comment reaches the next line with content; a trailing one its own line.
    let target = line;
    if (ownLine) {
      target = line + 1;
      while (target < lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    }
    for (const p of pragmas) {
      const base = { ids: p.ids, peer: p.peer, origin: 'comment' as const, span, used: new Set<string>() };
      if (p.reach === 'file') out.push({ ...base, scope: 'file', from: 0, to: lines.lineCount - 1 });
      else if (p.reach === 'line') out.push({ ...base, scope: 'line', from: target, to: target });
      else if (p.reach === 'next') out.push({ ...base, scope: 'line', from: target, to: Math.max(target, lastLineOf(file, extents, target) ?? target) });
      else {
        resources ??= (file.yaml ?? []).flatMap((d) => documentResourceSpans(d.doc));
        const region = resourceAround(resources, start);
        if (region) out.push({ ...base, scope: 'region', region, from: 0, to: 0 });
      }
    }
  }
  return out;
}

/**
 * The lines holding a `#` and a pragma word, in order: found from each `#` with indexOf, far
 * cheaper on each keystroke than reading every line of a large file that has few comments.
 */
function pragmaLines(file: ParsedFile): number[] {
  const { text, lines } = file;
  const out: number[] = [];
  for (let i = text.indexOf('#'); i >= 0; ) {
    const line = lines.positionAt(i).line;
    if (ANY_PRAGMA.test(lines.lineText(line))) out.push(line);
    if (line + 1 >= lines.lineCount) break;
    i = text.indexOf('#', lines.lineStarts[line + 1]);
  }
  return out;
}

/** Index of the `#` that starts the line's comment, or -1 ("#" inside a quoted or block scalar is text). */
function commentStart(lineText: string, lineStart: number, extents: readonly DocumentExtents[]): number {
  for (let i = lineText.indexOf('#'); i >= 0; i = lineText.indexOf('#', i + 1)) {
    if (i > 0 && !/\s/.test(lineText[i - 1])) continue;
    const offset = lineStart + i;
    if (extents.some((e) => e.scalarSpans.some((s) => s.start <= offset && offset < s.end))) continue;
    return i;
  }
  return -1;
}

/**
 * What a pragma comment needs of a document's nodes, in offsets: every node that can reach past its
 * first line (`notes`: start and end offsets, flat) and every multi-line-capable scalar.
 */
interface DocumentExtents {
  notes: number[];
  scalarSpans: Span[];
}

/**
 * Per document text, since an edit re-parses only the document it touched; a document the edit
 * moved is a copy of one seen before (documents/yaml-stream.ts), whose extents just move with it.
 */
const documentExtents = perDocumentPlaced(readExtents, (e, delta) => ({
  notes: e.notes.map((n) => n + delta),
  scalarSpans: e.scalarSpans.map((s) => ({ start: s.start + delta, end: s.end + delta })),
}));

function readExtents(doc: Document.Parsed): DocumentExtents {
  const notes: number[] = [];
  const scalarSpans: Span[] = [];
  visit(doc, {
    Pair(_k, pair) {
      if (!isPair(pair)) return;
      const k = (pair.key as { range?: number[] } | null)?.range;
      const v = (pair.value as { range?: number[] } | null)?.range;
      if (k) notes.push(k[0], v ? v[1] : k[1]);
    },
    Scalar(_k, node) {
      if (node.range && node.type !== 'PLAIN') scalarSpans.push({ start: node.range[0], end: node.range[1] });
    },
    Map(_k, node, path) {
      const parent = path[path.length - 1];
      if (node.range && isSeq(parent)) notes.push(node.range[0], node.range[1]);
    },
    Seq(_k, node, path) {
      const parent = path[path.length - 1];
      if (node.range && isSeq(parent)) notes.push(node.range[0], node.range[1]);
    },
  });
  return { notes, scalarSpans };
}

/** The last line of the YAML nodes that start on `line`, or undefined when none does. */
function lastLineOf(file: ParsedFile, extents: readonly DocumentExtents[], line: number): number | undefined {
  const { lines } = file;
  const from = lines.lineStarts[line];
  const to = line + 1 < lines.lineCount ? lines.lineStarts[line + 1] : Infinity;
  let last: number | undefined;
  for (const { notes } of extents) {
    for (let i = 0; i < notes.length; i += 2) {
      if (notes[i] < from || notes[i] >= to) continue;
      // A node's value-end can sit at the start of the next line (block scalars): count the line before.
      const end = lines.positionAt(notes[i + 1]);
      const b = end.character === 0 && end.line > line ? end.line - 1 : end.line;
      if ((last ?? -1) < b) last = b;
    }
  }
  return last;
}

interface ResourceNode {
  node: unknown;
  span: Span;
}

/** `List`, `PodList`…: their `items` are the resources. Nesting is bounded against crafted files. */
const LIST_KIND = /List$/;
const MAX_LIST_DEPTH = 4;

const moveSpan = (s: Span, delta: number): Span => ({ start: s.start + delta, end: s.end + delta });

/**
 * Where each Kubernetes-shaped object of a document is (its root mapping, List items expanded): per
 * document text, moved with it like its extents.
 */
const documentResourceSpans = perDocumentPlaced(
  (doc) => readResourceNodes(doc).map((r) => r.span),
  (spans, delta) => spans.map((s) => moveSpan(s, delta)),
);

function readResourceNodes(doc: Document.Parsed): ResourceNode[] {
  const out: ResourceNode[] = [];
  const collect = (node: unknown, depth: number) => {
    const map = asMap(node);
    const span = spanOf(map);
    if (!map || !span) return;
    const kind = stringValue(findPair(map, 'kind', doc)?.value);
    const list = kind && LIST_KIND.test(kind) ? findPair(map, 'items', doc)?.value : undefined;
    if (list && isSeq(list) && depth < MAX_LIST_DEPTH) for (const item of items(list, doc)) collect(item, depth + 1);
    else out.push({ node: map, span });
  };
  collect(doc.contents, 0);
  return out;
}

/** The resource a comment sits in, or else the first one after it (a comment above `apiVersion:`). */
function resourceAround(spans: Span[], offset: number): Span | undefined {
  return spans.find((s) => s.start <= offset && offset < s.end) ?? spans.find((s) => s.start > offset);
}

const SHIPSHAPE_ANNOTATION = 'shipshape.dev/ignore';
const KUBE_LINTER_ANNOTATION = /^ignore-check\.kube-linter\.io\/(.+)$/;
const CHECKOV_ANNOTATION = /(?:checkov|bridgecrew)\.io\/skip/;
const POLARIS_ANNOTATION = /^polaris\.fairwinds\.com\/(.+)-exempt$/;
const KUBE_SCORE_ANNOTATION = 'kube-score/ignore';

/** Suppressions from `metadata.annotations` of each resource, covering that resource. */
function annotationSuppressions(file: ParsedFile, options: SuppressionOptions): Suppression[] {
  const out: Suppression[] = [];
  for (const { doc } of file.yaml ?? []) {
    for (const a of documentAnnotations(doc)) {
      if (a.peer !== null && !options.peers) continue;
      out.push({ scope: 'region', region: a.region, ids: a.ids, peer: a.peer, origin: 'annotation', span: a.span, from: 0, to: 0, used: new Set() });
    }
  }
  return out;
}

interface AnnotationPragma {
  peer: PeerTool | null;
  ids: string[];
  /** The annotation. */
  span: Span;
  /** Its resource. */
  region: Span;
}

/** Per document text, moved with it like its extents; each lint makes its own Suppression objects. */
const documentAnnotations = perDocumentPlaced(readAnnotations, (list, delta) => list.map((a) => ({ ...a, span: moveSpan(a.span, delta), region: moveSpan(a.region, delta) })));

function readAnnotations(doc: Document.Parsed): AnnotationPragma[] {
  const out: AnnotationPragma[] = [];
  for (const resource of readResourceNodes(doc)) {
    const metadata = findPair(resource.node, 'metadata', doc)?.value;
    const annotations = findPair(metadata, 'annotations', doc)?.value;
    for (const { pair, key, value } of entries(annotations, doc)) {
      const name = stringValue(key);
      const text = stringValue(value) ?? '';
      const span = spanOf(pair);
      if (!name || !span) continue;
      const found = annotationPragma(name, text);
      if (found && found.ids.length > 0) out.push({ ...found, span, region: resource.span });
    }
  }
  return out;
}

function annotationPragma(name: string, value: string): { peer: PeerTool | null; ids: string[] } | undefined {
  const list = (v: string) => v.split(/[\s,]+/).filter((s) => s.length > 0);
  if (name === SHIPSHAPE_ANNOTATION) return { peer: null, ids: list(value) };
  if (name === KUBE_SCORE_ANNOTATION) return { peer: 'kube-score', ids: list(value) };
  const kubeLinter = KUBE_LINTER_ANNOTATION.exec(name);
  if (kubeLinter) return { peer: 'kube-linter', ids: [kubeLinter[1]] };
  // `checkov.io/skip1: CKV_K8S_20=reason` (skip1, skip2, …).
  if (CHECKOV_ANNOTATION.test(name)) return { peer: 'checkov', ids: list(value.split('=')[0]) };
  // Polaris exempts a check only for the exact value "true".
  const polaris = POLARIS_ANNOTATION.exec(name);
  if (polaris && value.trim().toLowerCase() === 'true') return { peer: 'polaris', ids: [polaris[1]] };
  return undefined;
}

/**
 * Peer ids compared loosely: case-insensitive, and Trivy's spellings of one check made equal
 * (`AVD-DS-0002`, `DS-0002`, the legacy `DS002` → `ds-0002`).
 */
export function normalizePeerId(id: string): string {
  const lower = id.trim().toLowerCase();
  const trivy = /^(?:avd-)?(ds|ksv|kcv)-?0*(\d+)$/.exec(lower);
  return trivy ? `${trivy[1]}-${trivy[2].padStart(4, '0')}` : lower;
}

const normalizedAliases = new WeakMap<object, Set<string>>();

function aliasesOf(rule: SuppressibleRule): Set<string> {
  let set = normalizedAliases.get(rule);
  if (!set) normalizedAliases.set(rule, (set = new Set(rule.aliases.map(normalizePeerId))));
  return set;
}

/** The id of `s` that names `rule`, "*" when `s` names every rule, or undefined. */
function matchingId(s: Suppression, rule: SuppressibleRule): string | undefined {
  if (s.ids.length === 0) return '*';
  if (s.peer === null) return s.ids.includes(rule.id) ? rule.id : undefined;
  const aliases = aliasesOf(rule);
  return s.ids.find((id) => {
    const n = normalizePeerId(id);
    if (aliases.has(n)) return true;
    // An alias ending in `*` names a family of peer checks (`CKV_SECRET_*`).
    for (const a of aliases) if (a.endsWith('*') && n.startsWith(a.slice(0, -1))) return true;
    return false;
  });
}

/** True (and records the use) when a suppression covers a finding of `rule` at `span`, starting on `line`. */
export function suppress(suppressions: readonly Suppression[], rule: SuppressibleRule, line: number, span?: Span): boolean {
  let hit = false;
  for (const s of suppressions) {
    if (s.scope === 'line' && (line < s.from || line > s.to)) continue;
    if (s.scope === 'region' && !(span && s.region && s.region.start <= span.start && span.end <= s.region.end)) continue;
    const id = matchingId(s, rule);
    if (id === undefined) continue;
    s.used.add(id);
    hit = true;
  }
  return hit;
}

/** Only Shipshape's own comments are reported when unused: peers' pragmas belong to their tools. */
export function reportsWhenUnused(s: Suppression): boolean {
  return s.peer === null && s.origin === 'comment';
}
