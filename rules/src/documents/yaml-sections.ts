// Parses one large YAML document section by section, reusing the sections an edit left alone. A
// Compose file is one document; typing in one service of a 50-service file then costs the parse of
// that service and a cheap assembly, instead of the whole file.
//
// Sections are the top-level entries (a key at column 0) and, inside a large top-level entry whose
// value is a block map (`services:`), its entries (a key at that map's indentation). The composed
// document is a function of the parser's token tree (CST), and the CST of a map item does not depend
// on what came before its key: only its `start` tokens (the comments and blank lines that ended the
// previous item) do. So each section is parsed on its own, with the key line after it replaced by a
// stand-in key at the same indentation (`_:`): the lexer and the parser close the section's
// structures on that key exactly as on the real one, and hand it the previous item's trailing
// tokens. The parse is checked to have read the section as one item of its map and the stand-in as
// the next item (else the whole text is parsed as usual). Each item is then composed from its tokens
// and the start tokens the previous section handed on; the document, the top-level map and the
// split maps are composed around stand-in items that end where the real ones do, and the real pairs
// are put in their place.
//
// Anything unusual sends the text to the plain parse: document markers, directives, tabs in
// indentation, line breaks other than \n and \r\n, control characters, a top-level line that is not
// a plain or quoted `key:`, a section that does not parse as one item, errors outside the items,
// keys repeated across sections, tags that grow the schema.
import { Composer, Document, Parser, isMap, isScalar, type CST, type Pair, type Scalar, type YAMLError, type YAMLMap } from 'yaml';
import { copyObject, moveError, moveNode, rememberPieces, YAML_OPTIONS } from './yaml-reuse.js';

type Docs = Document.Parsed[];
type Token = CST.SourceToken;
type Item = CST.BlockMap['items'][number];

export interface SectionLimits {
  /** Texts shorter than this are parsed whole. */
  minBytes: number;
  /** A top-level entry spanning at least this many lines, whose value is a block map, is cut into its entries. */
  splitLines: number;
}

/** The limits parseYamlStream uses (tests lower them to cut small texts). */
export const SECTION_LIMITS: SectionLimits = { minBytes: 6000, splitLines: 60 };

interface Section {
  /**
   * `top`: a top-level entry, parsed whole. `header`: the key line (and the comments after it) of a
   * top-level entry cut into entries. `entry`: one entry of that entry's map.
   */
  kind: 'top' | 'header' | 'entry';
  start: number;
  end: number;
  /** Indentation of the map the section's item belongs to. */
  indent: number;
  /** Indentation of the key line after the section (which the stand-in key copies), or -1 at the end of the text. */
  next: number;
}

/** What parsing a section gave; offsets are absolute. */
interface ParsedSection {
  /** Kind, indentation, next indentation and text: everything the section's parse depends on but offsets. */
  lookup: string;
  start: number;
  /** The start tokens of the item after the section (when `next` >= 0). */
  following?: Token[];
  /** Comment-only items the section leaves at the end of its map (an entry before a top-level key or the end). */
  trailing: Token[][];
  /** The tokens ending the document (when `next` is -1). */
  docEnd?: Token[];
  /** For a header: the entry's key and separator tokens, and where its map starts. */
  header?: { key: Token; sep: Token[]; mapOffset: number };
  /** For a top-level entry or an entry: its composed pair, with the start tokens it was composed with. */
  composed?: Composed;
}

/** A pair as the whole parse composes it, with the errors and warnings composing it reported. */
interface Composed {
  /** The start tokens it was composed after (the comments and blank lines before its key). */
  start: Token[];
  pair: Pair;
  errors: YAMLError[];
  warnings: YAMLError[];
}

/**
 * Characters the sections leave to the plain parse: line breaks other than \n and \r\n (where "a line
 * starts here" could differ from the lexer's), control characters, a byte-order mark after the start.
 * (Document markers and directives are lines at column 0 that are no key: planSections refuses them.)
 */
const UNSAFE_CHARS = /\r(?!\n)|[\u2028\u2029\u0085\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|(?!^)\uFEFF/;
/** A key the sections are cut at: plain and made of name characters, or quoted without escapes; then `:`. */
const KEY = /(?:[A-Za-z0-9_][A-Za-z0-9_./-]*|<<|"[^"\\\r\n]*"|'[^'\r\n]*'):(?=[ \r\n]|$)/y;
/** After the `:` of a top-level key whose value starts on the next line: nothing but a comment. */
const NOTHING_AFTER_KEY = /[ ]*(?:#[^\r\n]*)?(?:\r?\n|$)/y;
/** Parsed before an entry so that it is read as an entry of a map at its indentation. */
const ENTRY_PREFIX = '_:\n';
const STAND_IN_KEY = '_';

/** Per file name, the sections of its last parse, by kind, indentation, next indentation and text. */
const remembered = new Map<string, Map<string, ParsedSection[]>>();

/**
 * The document of `source` (the text of `fileName`), parsed section by section and reusing the
 * file's previous parse; null when the text is not one the sections can be trusted for.
 */
export function parseYamlSections(source: string, fileName: string, limits: SectionLimits = SECTION_LIMITS): Docs | null {
  if (source.length < limits.minBytes) return null;
  const previous = remembered.get(fileName);
  if (!previous) {
    // Parsing every section costs a little more than the plain parse, and pays off only from the
    // next parse on: the first parse of a file is the plain one (opening a file, a workspace scan).
    rememberPieces(remembered, fileName, [], (s) => s.lookup);
    return null;
  }
  const plan = planSections(source, limits);
  if (!plan) return null;
  // The items of the sections parsed now (a remembered section keeps its composed pair, not its tokens).
  const items = new Map<ParsedSection, Item>();
  const parse = (section: Section) => {
    const parsed = parseSection(source, section);
    if (parsed) items.set(parsed.section, parsed.item);
    return parsed?.section ?? null;
  };
  const used = new Set<ParsedSection>();
  const sections: ParsedSection[] = [];
  for (const section of plan.sections) {
    const parsed = reuse(previous, used, section, source) ?? parse(section);
    if (!parsed) return null;
    sections.push(parsed);
  }
  // Each item is composed after the start tokens the section before hands on, unless it already
  // was. Items consecutive in one map are composed together, which is cheaper than one by one.
  let batch: number[] = [];
  const flush = () => {
    const indent = plan.sections[batch[0]].indent;
    const composed = composeItems(batch.map((i) => items.get(sections[i])!), batch.map((i) => startOf(sections, i)), indent);
    composed?.forEach((c, k) => (sections[batch[k]].composed = c));
    batch = [];
    return composed !== null;
  };
  for (let i = 0; i < sections.length; i++) {
    const composed = sections[i].composed;
    if (plan.sections[i].kind === 'header' || (composed && sameTokens(composed.start, startOf(sections, i)))) continue;
    // Copied from another offset, with no tokens to compose: parse it again.
    if (!items.has(sections[i])) {
      const parsed = parse(plan.sections[i]);
      if (!parsed) return null;
      sections[i] = parsed;
    }
    const contiguous = batch[batch.length - 1] === i - 1 && plan.sections[i - 1].indent === plan.sections[i].indent;
    if (batch.length > 0 && !contiguous && !flush()) return null;
    batch.push(i);
  }
  if (batch.length > 0 && !flush()) return null;
  rememberPieces(remembered, fileName, sections, (s) => s.lookup);
  return assemble(source, plan, sections);
}

/** The start tokens of section `i`'s item: what the section before hands on. */
const startOf = (sections: ParsedSection[], i: number): Token[] => (i > 0 ? sections[i - 1].following ?? [] : []);

/** Forgets every remembered parse. */
export function forgetYamlSections(): void {
  remembered.clear();
}

// ---- Planning: where the sections are -------------------------------------------------------

interface Plan {
  /** Where the document starts: the first top-level key (what is before is comments and blank lines). */
  docStart: number;
  sections: Section[];
}

interface TopLevelEntry {
  start: number;
  /** Just after the `:` of its key. */
  afterKey: number;
  firstLine: number;
  /** Its lines that are neither blank nor comments, but for the key line. */
  lines: { at: number; indent: number; isKey: boolean }[];
}

function planSections(source: string, limits: SectionLimits): Plan | null {
  if (UNSAFE_CHARS.test(source)) return null;
  const tops: TopLevelEntry[] = [];
  let line = 0;
  for (let at = source.charCodeAt(0) === 0xfeff ? 1 : 0; at < source.length; line++) {
    const newline = source.indexOf('\n', at);
    let indent = 0;
    while (source.charCodeAt(at + indent) === 32) indent++;
    const first = source[at + indent];
    if (first === '\t') return null;
    if (first !== undefined && first !== '\n' && first !== '\r' && first !== '#') {
      KEY.lastIndex = at + indent;
      const isKey = KEY.test(source);
      if (indent === 0) {
        if (!isKey) return null;
        tops.push({ start: at, afterKey: KEY.lastIndex, firstLine: line, lines: [] });
      } else {
        if (tops.length === 0) return null;
        tops[tops.length - 1].lines.push({ at, indent, isKey });
      }
    }
    at = newline < 0 ? source.length : newline + 1;
  }
  const sections: Section[] = [];
  tops.forEach((top, j) => {
    const end = j + 1 < tops.length ? tops[j + 1].start : source.length;
    const next = j + 1 < tops.length ? 0 : -1;
    const lineCount = (j + 1 < tops.length ? tops[j + 1].firstLine : line) - top.firstLine;
    const entries = lineCount >= limits.splitLines ? entryStarts(source, top) : null;
    if (!entries) {
      sections.push({ kind: 'top', start: top.start, end, indent: 0, next });
      return;
    }
    const { indent, starts } = entries;
    sections.push({ kind: 'header', start: top.start, end: starts[0], indent: 0, next: indent });
    starts.forEach((at, i) => sections.push({ kind: 'entry', start: at, end: starts[i + 1] ?? end, indent, next: i + 1 < starts.length ? indent : next }));
  });
  return sections.length >= 2 ? { docStart: tops[0].start, sections } : null;
}

/** Where the entries of a top-level entry's block map start, if its value is one with two entries or more. */
function entryStarts(source: string, top: TopLevelEntry): { indent: number; starts: number[] } | null {
  NOTHING_AFTER_KEY.lastIndex = top.afterKey;
  const first = top.lines[0];
  if (!NOTHING_AFTER_KEY.test(source) || !first?.isKey) return null;
  const starts: number[] = [];
  for (const line of top.lines) {
    if (line.indent < first.indent) return null;
    if (line.indent === first.indent && line.isKey) starts.push(line.at);
  }
  return starts.length >= 2 ? { indent: first.indent, starts } : null;
}

// ---- Parsing one section ----------------------------------------------------------------------

const lookupKey = (s: Section, text: string) => `${s.kind}\u0000${s.indent}\u0000${s.next}\u0000${text}`;

const TRIVIA = new Set(['space', 'newline', 'comment']);
const HEADER_SEP = new Set(['space', 'newline', 'comment', 'map-value-ind', 'anchor']);
const KEY_TYPES = new Set(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);

/**
 * Parses a section followed by a stand-in key; null unless it reads as expected (see the header).
 * Also gives the section's map item as the whole parse builds it, but for its start tokens.
 */
function parseSection(source: string, s: Section): { section: ParsedSection; item: Item } | null {
  const text = source.slice(s.start, s.end);
  const prefix = s.kind === 'entry' ? ENTRY_PREFIX : '';
  const standInAt = s.end + Math.max(s.next, 0);
  const parser = new Parser();
  // Token offsets, hence node ranges and error positions, count from here.
  parser.offset = s.start - prefix.length;
  const tokens = Array.from(parser.parse(prefix + text + (s.next >= 0 ? `${' '.repeat(s.next)}${STAND_IN_KEY}:` : '')));
  const doc = tokens.length === 1 && tokens[0].type === 'document' ? tokens[0] : null;
  if (!doc || doc.start.length > 0 || !isBlockMap(doc.value, 0)) return null;
  const root = doc.value;
  let map = root;
  if (s.kind === 'entry') {
    const holder = root.items[0];
    if (holder.key?.offset !== s.start - prefix.length || !isBlockMap(holder.value, s.indent)) return null;
    map = holder.value;
  }
  const item = map.items[0];
  if (item.explicitKey || !item.key || !KEY_TYPES.has(item.key.type) || item.key.offset !== s.start + s.indent) return null;
  if (!item.sep?.some((t) => t.type === 'map-value-ind')) return null;
  const parsed: ParsedSection = { lookup: lookupKey(s, text), start: s.start, trailing: [] };
  const after = map.items.slice(1);
  let following: Token[] | null | undefined;
  if (s.kind === 'header') {
    const inner = item.value;
    if (root.items.length !== 1 || doc.end || !isBlockMap(inner, s.next) || inner.offset !== standInAt || inner.items.length !== 1) return null;
    if (!isFlatKey(item.key) || !item.sep.every((t) => HEADER_SEP.has(t.type))) return null;
    following = standInStart(inner.items[0], standInAt);
    parsed.header = { key: item.key, sep: item.sep, mapOffset: inner.offset };
  } else if (s.next === s.indent) {
    // The stand-in is the next item of the same map.
    if (after.length !== 1 || root.items.length !== (map === root ? 2 : 1) || doc.end) return null;
    following = standInStart(after[0], standInAt);
  } else {
    // An entry's map (or the top-level map) closes here: comment-only items may stay at its end.
    if (map === root ? after.length > 0 : !after.every((it) => isCommentItem(it))) return null;
    parsed.trailing = after.map((it) => it.start);
    if (s.next === 0) {
      if (root.items.length !== 2 || doc.end) return null;
      following = standInStart(root.items[1], standInAt);
    } else {
      if (root.items.length !== 1 || (doc.end && !doc.end.every((t) => TRIVIA.has(t.type)))) return null;
      parsed.docEnd = doc.end ?? [];
    }
  }
  if (following === null) return null;
  parsed.following = following;
  return { section: parsed, item };
}

function isBlockMap(token: CST.Token | null | undefined, indent: number): token is CST.BlockMap {
  return token?.type === 'block-map' && token.indent === indent && token.items.length > 0;
}

/** The start tokens of the stand-in key's item, or null when the stand-in was not read as a key at `at`. */
function standInStart(item: Item, at: number): Token[] | null {
  const { key, sep, value, start } = item;
  const ok = !item.explicitKey && !value && key?.type === 'scalar' && key.source === STAND_IN_KEY && key.offset === at && sep?.length === 1 && sep[0].type === 'map-value-ind';
  return ok && start.every((t) => TRIVIA.has(t.type)) ? start : null;
}

function isCommentItem(item: Item): boolean {
  return Object.keys(item).length === 1 && item.start.every((t) => TRIVIA.has(t.type));
}

/** A key token with no tokens of its own inside, so that a copy at another offset is a shallow one. */
function isFlatKey(key: CST.Token): key is Token {
  return KEY_TYPES.has(key.type) && (key as { end?: unknown }).end === undefined;
}

// ---- Composing ------------------------------------------------------------------------------

let schemaTagCount = -1;

/**
 * The pairs the whole parse composes from `items`, consecutive in a map at `indent`, each after its
 * start tokens; composed together, or one by one when they have errors to tell apart.
 */
function composeItems(items: Item[], starts: Token[][], indent: number): Composed[] | null {
  const together = compose(items, starts, indent);
  if (!together) return null;
  if (items.length === 1 || (together.doc.errors.length === 0 && together.doc.warnings.length === 0)) {
    return together.pairs.map((pair, i) => ({ start: starts[i], pair, errors: together.doc.errors, warnings: together.doc.warnings }));
  }
  const single = items.map((item, i) => compose([item], [starts[i]], indent));
  if (single.some((c) => !c)) return null;
  return single.map((c, i) => ({ start: starts[i], pair: c!.pairs[0], errors: c!.doc.errors, warnings: c!.doc.warnings }));
}

function compose(items: Item[], starts: Token[][], indent: number): { doc: Document.Parsed; pairs: Pair[] } | null {
  const offset = items[0].key!.offset;
  // The map's offset is where the first item's keyless props end: the whole parse has the previous
  // item's end there, which only decides an error for keys over 1,024 characters (see keysAreExact).
  const token: CST.Document = {
    type: 'document',
    offset,
    start: [],
    value: { type: 'block-map', offset, indent, items: items.map((item, i) => ({ start: starts[i], key: item.key!, sep: item.sep!, value: item.value })) },
  };
  const docs = Array.from(new Composer(YAML_OPTIONS).compose([token]));
  const doc = docs[0];
  if (schemaTagCount < 0) schemaTagCount = new Document(undefined, YAML_OPTIONS).schema.tags.length;
  // A known tag (`!!binary`) adds itself to the document's schema: the whole parse's would differ.
  if (docs.length !== 1 || !isMap(doc.contents) || doc.contents.items.length !== items.length || doc.schema.tags.length !== schemaTagCount) return null;
  return { doc, pairs: doc.contents.items as Pair[] };
}

/**
 * The document around the composed pairs: its top-level map, the maps of the split entries, its
 * comments and range come from composing the same tokens with stand-in items in place of the pairs.
 */
function assemble(source: string, plan: Plan, sections: ParsedSection[]): Docs | null {
  const head = headTokens(source.slice(0, plan.docStart));
  if (!head) return null;
  const rootItems: Item[] = [];
  /** Per top-level item, the composed pair that replaces its stand-in, or those of its map's entries. */
  const slots: (Composed | Composed[])[] = [];
  let docEnd: Token[] | undefined;
  for (let i = 0; i < sections.length; i++) {
    const section = plan.sections[i];
    if (section.kind === 'top') {
      const composed = sections[i].composed!;
      rootItems.push(standIn(rootItems.length, section.start, 0, composed));
      slots.push(composed);
    } else {
      const { key, sep, mapOffset } = sections[i].header!;
      const keyStart = startOf(sections, i);
      const items: Item[] = [];
      const entries: Composed[] = [];
      while (plan.sections[i + 1]?.kind === 'entry') {
        const entry = plan.sections[++i];
        const composed = sections[i].composed!;
        items.push(standIn(items.length, entry.start + entry.indent, entry.indent, composed));
        entries.push(composed);
      }
      items.push(...sections[i].trailing.map((start) => ({ start })));
      rootItems.push({ start: keyStart, key, sep, value: { type: 'block-map', offset: mapOffset, indent: section.next, items } });
      slots.push(entries);
    }
    docEnd = sections[i].docEnd;
  }
  const token: CST.Document = {
    type: 'document',
    offset: plan.docStart,
    start: [],
    value: { type: 'block-map', offset: plan.docStart, indent: 0, items: rootItems },
    end: docEnd && docEnd.length > 0 ? docEnd : undefined,
  };
  const docs = Array.from(new Composer(YAML_OPTIONS).compose([...head, token])) as Docs;
  const doc = docs[0];
  if (docs.length !== 1 || doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return null;
  const root = doc.contents as YAMLMap<unknown, unknown>;
  const pairs = root.items as Pair[];
  if (pairs.length !== slots.length) return null;
  // Comments before the document go to the first key: here the stand-in's.
  const preludeComment = (pairs[0].key as Scalar).commentBefore;
  for (let j = 0; j < slots.length; j++) {
    const slot = slots[j];
    if (!Array.isArray(slot)) {
      pairs[j] = slot.pair;
      continue;
    }
    const map = pairs[j].value;
    if (!isMap(map) || map.items.length !== slot.length) return null;
    slot.forEach((entry, i) => (map.items[i] = entry.pair));
    if (!keysAreExact(map.items as Pair[], slot)) return null;
  }
  if (!keysAreExact(pairs, slots.map((slot) => (Array.isArray(slot) ? null : slot)))) return null;
  if (!Array.isArray(slots[0]) && preludeComment !== undefined) {
    const first = pairs[0];
    // The first key has no start tokens, so no comment of its own (the whole parse would join them).
    if ((first.key as Scalar).commentBefore !== undefined) return null;
    pairs[0] = copyObject(first);
    pairs[0].key = Object.assign(copyObject(first.key as Scalar), { commentBefore: preludeComment });
  }
  const composed = slots.flat();
  doc.errors = composed.flatMap((c) => c.errors);
  doc.warnings = composed.flatMap((c) => c.warnings);
  return docs;
}

/**
 * A map item that composes cheaply, without errors, to a pair with a unique key at `keyOffset` and a
 * value ending where the real pair's does (the next item's and the map's offsets follow from it).
 */
function standIn(index: number, keyOffset: number, indent: number, real: Composed): Item {
  const source = String(index);
  const end = (real.pair.value as { range: number[] }).range[2];
  return {
    start: [{ type: 'space', offset: keyOffset - 1, indent: 0, source: ' ' }],
    key: { type: 'scalar', offset: keyOffset, indent, source },
    sep: [{ type: 'map-value-ind', offset: keyOffset + source.length, indent, source: ':' }],
    value: { type: 'scalar', offset: end, indent: indent + 1, source: '' },
  };
}

/**
 * True when the keys of a map of composed pairs are what the whole parse reports on: no key repeats
 * (that error is the whole parse's to report), and a key composed without start tokens (see
 * composeItems) gets the same verdict on its length. `slots` are null for pairs composed in place.
 */
function keysAreExact(pairs: Pair[], slots: (Composed | null)[]): boolean {
  const seen = new Set<unknown>();
  for (let i = 0; i < pairs.length; i++) {
    const key = pairs[i].key;
    if (isScalar(key) && !Number.isNaN(key.value)) {
      if (seen.has(key.value)) return false;
      seen.add(key.value);
    }
    if (i > 0 && slots[i]?.start.length === 0) {
      const [keyStart, colon] = (key as Scalar).range!;
      const previousEnd = (pairs[i - 1].value as Scalar).range![2];
      if (previousEnd < colon - MAX_KEY_SPAN !== keyStart < colon - MAX_KEY_SPAN) return false;
    }
  }
  return true;
}

/** How far before its `:` an implicit key may start (the parser's KEY_OVER_1024_CHARS). */
const MAX_KEY_SPAN = 1024;

/** The stream tokens before the document (a byte-order mark, comments, blank lines), or null if there is more. */
function headTokens(head: string): Token[] | null {
  if (head.length === 0) return [];
  const tokens = Array.from(new Parser().parse(head));
  return tokens.every((t) => t.type === 'byte-order-mark' || TRIVIA.has(t.type)) ? (tokens as Token[]) : null;
}

// ---- Re-use across parses -------------------------------------------------------------------

/**
 * A section of the previous parse with the same text and surroundings, not `used` yet, moved to
 * `section.start` (copied if it moves). The previous parse is left as it was (this one may fail).
 */
function reuse(previous: Map<string, ParsedSection[]>, used: Set<ParsedSection>, section: Section, source: string): ParsedSection | undefined {
  const candidates = previous.get(lookupKey(section, source.slice(section.start, section.end)))?.filter((p) => !used.has(p));
  if (!candidates || candidates.length === 0) return undefined;
  const parsed = candidates.find((p) => p.start === section.start) ?? candidates[0];
  used.add(parsed);
  return parsed.start === section.start ? parsed : moved(parsed, section.start - parsed.start);
}

function moved(parsed: ParsedSection, delta: number): ParsedSection {
  const shift = (tokens: Token[]) => tokens.map((t) => ({ ...t, offset: t.offset + delta }));
  const { following, docEnd, header, composed } = parsed;
  return {
    lookup: parsed.lookup,
    start: parsed.start + delta,
    following: following && shift(following),
    trailing: parsed.trailing.map(shift),
    docEnd: docEnd && shift(docEnd),
    header: header && { key: { ...header.key, offset: header.key.offset + delta }, sep: shift(header.sep), mapOffset: header.mapOffset + delta },
    composed: composed && {
      start: shift(composed.start),
      pair: moveNode(composed.pair, delta) as Pair,
      errors: composed.errors.map((e) => moveError(e, delta)),
      warnings: composed.warnings.map((e) => moveError(e, delta)),
    },
  };
}

function sameTokens(a: Token[], b: Token[]): boolean {
  return a.length === b.length && a.every((t, i) => t.offset === b[i].offset && t.type === b[i].type && t.source === b[i].source);
}
