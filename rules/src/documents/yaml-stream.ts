// Parses a multi-document YAML stream one document at a time, reusing the documents an edit left
// alone. Typing in one document of a 2,000-line manifest then costs the parse of that document plus
// a shallow copy of each one after it (their offsets moved; their nodes are copied only if read,
// see yaml-reuse.ts moveDocument), instead of the whole stream.
//
// The `yaml` lexer ends a document at every `---` that starts a line, whatever it is in the middle of
// (block scalar, quoted string, flow collection), so cutting the text before each such line and
// parsing the pieces gives the same documents, nodes, ranges and errors as parsing the whole. The
// exceptions are handled by not cutting: directives (`%YAML`) and document-end markers (`...`),
// whose effect crosses the cut, and line breaks other than `\n` / `\r\n`, where our notion of "a
// line starts here" could differ from the lexer's. A piece whose errors belong to no document
// (they would go to the next one) also sends the whole stream to the plain parse.
import { Composer, Parser, parseAllDocuments, type Document } from 'yaml';
import { moveDocument, rememberPieces, YAML_OPTIONS } from './yaml-reuse.js';
import { forgetYamlSections, parseYamlSections } from './yaml-sections.js';
import { weakMemo } from '../weak-memo.js';

export { YAML_OPTIONS };

type Docs = Document.Parsed[];

/** `---` at the start of a line, followed by a blank or the end of the line: a document start. */
const DOC_START = /(?:^|\n)---(?=[ \t\r\n]|$)/g;
/** What makes a stream unsafe to cut (see the header). */
const UNCUTTABLE = /(?:^|\n)(?:%|\.\.\.(?=[ \t\r\n]|$))|\r(?!\n)|[\u2028\u2029\u0085]/;

/** Streams with fewer pieces than this are parsed whole: nothing to reuse. */
const MIN_PIECES = 3;

interface Piece {
  text: string;
  /** Offset of the piece in the stream. */
  start: number;
  docs: Docs;
  /** Parsed as the last piece with an error near its end: such an error reads differently once a cut follows. */
  endErrorAllowed?: boolean;
}

/** Per file name, the pieces of its last parse, by text (a text can repeat within a file). */
const remembered = new Map<string, Map<string, Piece[]>>();

/** Parses `source` (the text of `fileName`) into its documents, reusing the file's previous parse. */
export function parseYamlStream(source: string, fileName: string): Docs {
  const cuts = cutPoints(source);
  if (!cuts) {
    remembered.delete(fileName);
    // One document: a large one is parsed entry by entry when that is safe (yaml-sections.ts).
    return parseYamlSections(source, fileName) ?? parseWhole(source);
  }
  const previous = remembered.get(fileName);
  const pieces: Piece[] = [];
  const docs: Docs = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const text = source.slice(start, i + 1 < cuts.length ? cuts[i + 1] : source.length);
    const last = i + 1 === cuts.length;
    const piece = reuse(previous, text, start, last) ?? parsePiece(text, start, last);
    if (!piece) {
      remembered.delete(fileName);
      return parseWhole(source);
    }
    pieces.push(piece);
    docs.push(...piece.docs);
  }
  rememberPieces(remembered, fileName, pieces, (p) => p.text);
  return docs;
}

/** Forgets every remembered parse, documents and sections (benchmarks measure cold parses with it). */
export function forgetYamlStreams(): void {
  remembered.clear();
  forgetYamlSections();
}

/** Where the pieces start (0, then each document-start line), or null when the stream is parsed whole. */
function cutPoints(source: string): number[] | null {
  if (UNCUTTABLE.test(source)) return null;
  const cuts = [0];
  for (const m of source.matchAll(DOC_START)) {
    const at = m[0].startsWith('\n') ? m.index! + 1 : m.index!;
    if (at > 0) cuts.push(at);
  }
  return cuts.length >= MIN_PIECES ? cuts : null;
}

function parseWhole(source: string): Docs {
  const docs = parseAllDocuments(source, YAML_OPTIONS);
  return Array.isArray(docs) ? (docs as Docs) : [];
}

/**
 * The documents of `text` with offsets counted from `start`, or null when the cut may have changed
 * what the parser saw (see boundaryError).
 */
function parsePiece(text: string, start: number, last: boolean): Piece | null {
  const parser = new Parser();
  // Token offsets, hence node ranges and error positions, count from here.
  parser.offset = start;
  const composer = new Composer(YAML_OPTIONS);
  const docs = Array.from(composer.compose(parser.parse(text))) as Docs;
  // Errors before any document stay in the composer; parsed whole, they would go to the next document.
  if (docs.length === 0 && composer.streamInfo().errors.length > 0) return null;
  const end = start + text.length;
  if (docs.some((d) => d.errors.some((e) => boundaryError(e.pos, d, start, end, last)))) return null;
  const endErrorAllowed = last && docs.some((d) => d.errors.some((e) => boundaryError(e.pos, d, start, end, false)));
  return { text, start, docs, endErrorAllowed };
}

/**
 * An error at either edge of a piece: parsed whole, the stream can read differently there (an
 * unterminated quoted scalar stops before the next `---` line, not at the end of the text; a stray
 * token before the first document is attached to the next one instead of opening a document).
 * Errors inside a document are its own and read the same both ways. The last piece ends where the
 * stream does, so its end is no cut.
 */
function boundaryError(pos: [number, number], doc: Document.Parsed, start: number, end: number, last: boolean): boolean {
  const contentStart = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? doc.range[0];
  return pos[0] < contentStart || pos[0] <= start || (!last && pos[1] >= end - 1);
}

/** A piece of the previous parse with the same text, moved to `start` (copied if it moves). */
function reuse(previous: Map<string, Piece[]> | undefined, text: string, start: number, last: boolean): Piece | undefined {
  const candidates = previous?.get(text);
  if (!candidates || candidates.length === 0) return undefined;
  // A piece that was last with an error at its end must be parsed again once a cut follows it.
  const usable = (p: Piece) => last || !p.endErrorAllowed;
  // Prefer a piece already at this offset: it is reused as is, no copy.
  let at = candidates.findIndex((p) => p.start === start && usable(p));
  if (at < 0) at = candidates.findIndex(usable);
  if (at < 0) return undefined;
  const [piece] = candidates.splice(at, 1);
  if (piece.start === start) return piece;
  // The previous parse's documents may still be in use (findings, fixes not yet built): never move them.
  const delta = start - piece.start;
  return {
    text,
    start,
    endErrorAllowed: piece.endErrorAllowed,
    docs: piece.docs.map((origin) => {
      const copy = moveDocument(origin, delta);
      tokens.set(copy, textToken(origin));
      return copy;
    }),
  };
}

/**
 * A token for a parsed document's text: the same for every copy of it the stream parse makes when
 * an edit above moves it (same text, other offsets), new for every document parsed anew. Models of
 * a document that depend on its text alone are kept per token, so a moved copy gets them without
 * its nodes being read (perDocumentText, perDocumentPlaced). A token rather than the document first
 * parsed: linking each copy to the one before would keep one copy per keystroke alive.
 */
export function textToken(doc: Document.Parsed): object {
  let token = tokens.get(doc);
  if (!token) tokens.set(doc, (token = {}));
  return token;
}

const tokens = new WeakMap<Document.Parsed, object>();

/** `build` kept per document text (textToken), for answers that hold no node and no offset. */
export function perDocumentText<T>(build: (doc: Document.Parsed) => T): (doc: Document.Parsed) => T {
  return weakMemo(build, textToken);
}

/**
 * `build` kept per document text (textToken), for answers that hold offsets (no nodes): a document
 * moved since gets the kept answer moved by `move`, which is then kept for where it is now.
 */
export function perDocumentPlaced<T>(build: (doc: Document.Parsed) => T, move: (value: T, delta: number) => T): (doc: Document.Parsed) => T {
  const kept = new WeakMap<object, { start: number; value: T }>();
  return (doc) => {
    const token = textToken(doc);
    const start = doc.range[0];
    const hit = kept.get(token);
    if (hit && hit.start === start) return hit.value;
    const value = hit ? move(hit.value, start - hit.start) : build(doc);
    kept.set(token, { start, value });
    return value;
  };
}
