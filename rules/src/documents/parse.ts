// Parses a file once into the structures rules read. The latest parse of each file name is kept,
// so the server, the CLI and every rule share one parse per content version.
import type { Dockerfile } from 'dockerfile-ast';
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Document } from 'yaml';
import { isStackOverflow } from '../limits.js';
import { forgetDockerfileSplits, parseDockerfile } from './dockerfile-parse.js';
import { LineIndex } from '../text.js';
import type { FileKind, Span } from '../types.js';
import { baseName, detectSyntax, isComposeName, type Syntax } from './detect.js';
import { classifyYamlDocument } from './classify.js';
import { hasTemplateActions, isChartTemplatePath, maskTemplates } from './templates.js';
import { forgetYamlStreams, parseYamlStream, perDocumentText } from './yaml-stream.js';

export interface YamlDocument {
  doc: Document.Parsed;
  /** Position of the document in a multi-document file. */
  index: number;
  /** What the document is, or null when it is none of the kinds Shipshape knows. */
  kind: FileKind | null;
}

export interface JsonDocument {
  root: JsonNode | undefined;
  errors: ParseError[];
}

export interface ParsedFile {
  fileName: string;
  text: string;
  lines: LineIndex;
  syntax: Syntax;
  kinds: Set<FileKind>;
  dockerfile?: Dockerfile;
  yaml?: YamlDocument[];
  /** The first YAML syntax error, if any (later ones usually follow from it). */
  yamlError?: { message: string; span: Span };
  json?: JsonDocument;
  /** True when the YAML was parsed with its Helm `{{ … }}` actions masked (see documents/templates.ts). */
  templated?: boolean;
  /**
   * Set when a Helm template is not valid YAML even with its actions masked: the file then has no
   * YAML documents, and lint reports this note once (shipshape/template-skipped) instead of syntax errors.
   */
  templateNote?: { message: string; span: Span };
  /** True when a Helm template was not linted because it is not valid YAML even masked (with or without a note). */
  templateSkipped?: true;
  /** Set when the parser ran out of stack (nesting far deeper than any real file): nothing else is set. */
  tooComplex?: true;
  /**
   * Set on the view of a file that document-scoped rules read while the findings of its other
   * documents are reused (document-reuse.ts): the file with all its documents.
   */
  whole?: ParsedFile;
}

/** Files remembered. One version each: while someone types, every older version is garbage at once. */
const CACHE_SIZE = 32;
/** By syntax and file name (least recently used first): the text parsed and its parse. */
const cache = new Map<string, { text: string; parsed: ParsedFile }>();

export function parseFile(text: string, fileName: string, languageId?: string): ParsedFile | null {
  const syntax = detectSyntax(fileName, languageId);
  if (!syntax) return null;
  const key = `${syntax}\u0000${fileName}`;
  const hit = cache.get(key);
  cache.delete(key);
  // Keeping earlier versions would let every keystroke's parse survive the young-generation
  // collections that follow it, and copying them is what made those collections slow.
  const parsed = hit && hit.text === text ? hit.parsed : parseUncached(text, fileName, syntax);
  cache.set(key, { text, parsed });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return parsed;
}

/** Forgets every cached parse, so the next one starts cold (benchmarks of cold lint time use it). */
export function clearParseCaches(): void {
  cache.clear();
  forgetYamlStreams();
  forgetDockerfileSplits();
}

/** A template that does not parse is not linted (its YAML only exists after rendering): no documents, no syntax error. */
function skipTemplate(file: ParsedFile): void {
  const error = file.yamlError!;
  file.templateSkipped = true;
  file.yaml = [];
  file.kinds.clear();
  delete file.yamlError;
  // Only files that look like Kubernetes templates get the note: other YAML with `{{` (CI workflows,
  // Ansible, Jinja) is not Shipshape's to judge.
  if (!isChartTemplatePath(file.fileName) && !/^\s*(apiVersion|kind)\s*:/m.test(file.text)) return;
  const first = file.text.indexOf('{{');
  const span = first >= 0 ? { start: first, end: Math.max(first, file.text.indexOf('}}', first) + 2) } : { start: 0, end: file.lines.lineEnd(0) };
  file.templateNote = {
    message: `This template is not valid YAML even with its {{ … }} actions masked (${error.message}), so it was not linted: lint the output of \`helm template\` instead.`,
    span,
  };
}

function parseUncached(original: string, fileName: string, syntax: Syntax): ParsedFile {
  // A leading byte-order mark is not content. The YAML parser and dockerfile-ast skip it; jsonc-parser
  // rejects it (dockerd strips it), so JSON is read with a space of the same length in its place and
  // every offset still points into the real text.
  const text = syntax === 'json' && original.charCodeAt(0) === 0xfeff ? ' ' + original.slice(1) : original;
  const lines = new LineIndex(text);
  try {
    return parseInto({ fileName, text, lines, syntax, kinds: new Set() });
  } catch (error) {
    // jsonc-parser (and any parser) recurses per nesting level: 10,000 nested `[` overflow the stack.
    if (!isStackOverflow(error)) throw error;
    return { fileName, text, lines, syntax, kinds: new Set(), tooComplex: true };
  }
}

/** Kept per document text: a document an edit moved is classified without reading its nodes. */
const classifyComposeNamed = perDocumentText((doc) => classifyYamlDocument(doc, true));
const classifyOther = perDocumentText((doc) => classifyYamlDocument(doc, false));

function parseInto(file: ParsedFile): ParsedFile {
  const { text, fileName, syntax } = file;
  if (syntax === 'dockerfile') {
    file.dockerfile = parseDockerfile(text, file.lines.lineStarts, fileName);
    file.kinds.add('dockerfile');
  } else if (syntax === 'json') {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
    file.json = { root, errors };
    file.kinds.add('daemon');
  } else {
    // Masking keeps every offset, so ranges from the masked parse point into the real text.
    const templated = hasTemplateActions(text);
    const list = parseYamlStream(templated ? maskTemplates(text) : text, fileName);
    const composeByName = isComposeName(baseName(fileName));
    file.yaml = list.map((doc, index) => ({ doc, index, kind: (composeByName ? classifyComposeNamed : classifyOther)(doc) }));
    for (const d of file.yaml) {
      if (d.kind) file.kinds.add(d.kind);
      const err = d.doc.errors[0];
      if (err && !file.yamlError) {
        // The parser places "unexpected end" errors one past the text: clamp into it.
        const start = Math.min(err.pos[0], text.length);
        file.yamlError = { message: err.message.split('\n')[0], span: { start, end: Math.min(Math.max(err.pos[1], start), text.length) } };
      }
    }
    if (templated) file.templated = true;
    if ((templated || isChartTemplatePath(fileName)) && file.yamlError) skipTemplate(file);
  }
  return file;
}
