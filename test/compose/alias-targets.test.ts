// The Compose model resolves a file's aliases with the help of its text (resolveAliasesWithText in
// yaml/nodes.ts), passing over every entry whose text holds no `&` or `*`. It must resolve every
// alias to the node the plain walk of the whole document resolves it to: on tricky anchors, on
// damaged texts, on masked Helm templates and on documents assembled from reused sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAlias, isMap, isPair, isSeq, parseAllDocuments, type Document } from 'yaml';
import { clearParseCaches, parseFile } from '../../rules/src/documents/parse.js';
import { hasTemplateActions, maskTemplates } from '../../rules/src/documents/templates.js';
import { SECTION_LIMITS } from '../../rules/src/documents/yaml-sections.js';
import { YAML_OPTIONS } from '../../rules/src/documents/yaml-stream.js';
import { aliasedAnchorNames, deref, resolveAliasesWithText } from '../../rules/src/yaml/nodes.js';
import { seeds } from '../fuzz/corpus.js';
import { mutation } from '../fuzz/mutations.js';

/** Every node of a document in document order, each with its path of child positions (the same in any parse of the text). */
function nodesWithPaths(doc: Document): Map<unknown, string> {
  const out = new Map<unknown, string>();
  const stack: [unknown, string][] = [[doc.contents, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || node === undefined || out.has(node)) continue;
    out.set(node, path);
    if (isPair(node)) {
      stack.push([node.value, `${path}v`], [node.key, `${path}k`]);
    } else if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push([node.items[i], `${path}/${i}`]);
    }
  }
  return out;
}

/** Where each alias of `doc` leads (as paths), and the anchor names aliases use. */
function resolution(doc: Document): { targets: [string, string | null][]; names: string[] } {
  const paths = nodesWithPaths(doc);
  const targets: [string, string | null][] = [];
  for (const [node, path] of paths) {
    if (!isAlias(node)) continue;
    const target = deref(node, doc);
    targets.push([path, target === null ? null : (paths.get(target) ?? 'outside the document')]);
  }
  return { targets, names: [...aliasedAnchorNames(doc)].sort() };
}

/** The plain walk's answer for `text`, from a parse of its own. */
function walked(text: string, index: number): ReturnType<typeof resolution> {
  return resolution(parseAllDocuments(text, YAML_OPTIONS)[index] as Document);
}

/** Resolves `doc` (parsed from `text`; `source` has the same offsets) the cheap way and compares it with the plain walk of `text`. */
function assertSameAsWalk(doc: Document, source: string, text: string, index: number): void {
  resolveAliasesWithText(doc, source);
  assert.deepStrictEqual(resolution(doc), walked(text, index));
}

/** Every document of `text` parsed as the engine parses it (Helm actions masked), resolved with the real text. */
function assertAll(text: string): void {
  const parsed = hasTemplateActions(text) ? maskTemplates(text) : text;
  const docs = parseAllDocuments(parsed, YAML_OPTIONS) as Document[];
  docs.forEach((doc, i) => assertSameAsWalk(doc, text, parsed, i));
}

// ---- Generated YAML: block and flow collections, written tight or loose, with anchors, aliases,
// and `&` and `*` in comments and strings ----------------------------------------------------------

const NAMES = ['a', 'b', 'c'];
const anchor = fc.constantFrom(...NAMES).map((n) => `&${n}`);
const props = fc.option(anchor, { freq: 2 });
const space = fc.constantFrom('', ' ');
const scalar = fc.oneof(
  fc.constantFrom('1', 'x', 'true', '"*q&"', "'&s*'", 'a*b', 'c&d', '""'),
  fc.constantFrom(...NAMES).map((n) => `*${n}`),
);
/** The i-th key of a mapping (keys stay unique), sometimes anchored, or a merge key. */
const keyAt = (i: number) => fc.oneof({ arbitrary: fc.constant(`k${i}`), weight: 3 }, anchor.map((a) => `${a} k${i}`), fc.constant('<<'));
const keys = (count: fc.Arbitrary<number>) => count.chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => keyAt(i))));

/** A flow node: a scalar, an alias, or a flow map or sequence of them, with props. */
const flowNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(props, space, scalar).map(([p, s, v]) => (v.startsWith('*') || !p ? v : `${p}${s || ' '}${v}`)),
    fc.tuple(props, fc.array(tie('node'), { maxLength: 3 }), space).map(([p, items, s]) => `${p ? `${p} ` : ''}[${items.join(`,${s}`)}]`),
    fc.tuple(props, keys(fc.integer({ min: 0, max: 3 })), space).chain(([p, ks, s]) =>
      fc.tuple(...ks.map(() => tie('node'))).map((values) => `${p ? `${p} ` : ''}{${ks.map((k, i) => `${k}:${s || ' '}${values[i]}`).join(`,${s}`)}}`),
    ),
  ),
})).node;

const comment = fc.option(fc.constantFrom(' # &a', ' # *b', ' #&c*'), { freq: 3 }).map((c) => c ?? '');

/** What follows `key:` at `indent`: a flow node on the same line, or a block map or sequence below it. */
function blockValue(indent: number): fc.Arbitrary<string> {
  const inline = flowNode.map((f) => ` ${f}`);
  if (indent > 6) return inline;
  const pad = ' '.repeat(indent + 2);
  const header = fc.tuple(props, comment).map(([p, c]) => `${p ? ` ${p}` : ''}${c}\n`);
  const map = fc.tuple(header, keys(fc.integer({ min: 1, max: 3 }))).chain(([h, ks]) =>
    fc.tuple(...ks.map(() => blockValue(indent + 2))).map((values) => h + ks.map((k, i) => `${pad}${k}:${values[i]}`).join('\n')),
  );
  const seq = fc.tuple(header, fc.array(blockValue(indent + 2).map((v) => `${pad}-${v}`), { minLength: 1, maxLength: 3 }));
  return fc.oneof(inline, map, seq.map(([h, lines]) => h + lines.join('\n')));
}

const denseYaml: fc.Arbitrary<string> = keys(fc.integer({ min: 1, max: 5 })).chain((ks) =>
  fc.tuple(...ks.map(() => fc.tuple(blockValue(0), comment))).map((values) => ks.map((k, i) => `${k}:${values[i][0]}${values[i][1]}`).join('\n') + '\n'),
);

describe('aliases resolved with the text', () => {
  it('resolves what the plain walk resolves on tricky anchors', () => {
    const texts = [
      'x-a: &a {privileged: true}\nservices:\n  web:\n    <<: *a\n    image: nginx\n',
      // An anchor redefined: each alias takes the last one before it.
      'a: &x 1\nb: *x\nc: &x 2\nd: *x\ne: [*x, &x 3, *x]\n',
      // An anchor on a map and on its first key, and one on a key.
      'm: &k\n  &k a: 1\nn: *k\n? &q key\n: v\nw: *q\n',
      // A collection aliasing itself, and an alias to an anchor defined later (unresolved).
      'a: &self [1, *self]\nb: *later\nc: &later 2\n',
      // `&` and `*` in comments, quoted strings and plain scalars are no anchors or aliases.
      '# &a and *a\na: "*x &x"\nb: \'&b\'\nc: a*b&c\nd: &d\n  # *d\n  e: 1\nf: *d\n',
      // Flow collections, nested merges, an anchored root.
      '&root\nbase: &b {x: 1, y: [&i 1, *i]}\nmid: &m {<<: *b, z: 2}\ntop: {<<: [*m, *b]}\nr: *root\n',
      // CRLF, a BOM, block scalars holding the characters.
      '\uFEFFa: &a |\r\n  *not an alias\r\nb: *a\r\n',
      // Several documents, each with its own anchors.
      'a: &a 1\nb: *a\n---\nb: *a\nc: &a 2\nd: *a\n',
      // Unfinished texts.
      'a: &a [1, 2\nb: *a\n',
      'a: &\nb: *\nc: *a\n',
    ];
    for (const text of texts) assertAll(text);
  });

  it('resolves what the plain walk resolves on generated texts dense with anchors and aliases', () => {
    fc.assert(
      fc.property(denseYaml, fc.array(mutation, { maxLength: 2 }), (text, edits) => {
        assertAll(edits.reduce((t, e) => e(t), text));
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });

  it('resolves what the plain walk resolves on damaged texts', () => {
    const seedTexts = seeds().filter((s) => /\.(ya?ml)$/.test(s.fileName)).map((s) => s.text);
    fc.assert(
      fc.property(fc.constantFrom(...seedTexts), fc.array(mutation, { minLength: 1, maxLength: 5 }), (seed, edits) => {
        assertAll(edits.reduce((t, e) => e(t), seed));
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('resolves what the plain walk resolves on masked Helm templates', () => {
    assertAll('a: &a {{ .Values.x }}\nb: *a\nc: {{ "*" }} &c 1\nd: *c\n{{- if .Values.y }}\ne: &e [1]\n{{- end }}\nf: *e\ng: {{ "&g" }}\nh: *g\n');
  });

  it('resolves what the plain walk resolves on documents assembled from reused sections', () => {
    const saved = { ...SECTION_LIMITS };
    Object.assign(SECTION_LIMITS, { minBytes: 0, splitLines: 4 });
    try {
      const start = [
        'x-base: &base',
        '  image: nginx',
        '  cap_drop: [ALL]',
        'services:',
        ...Array.from({ length: 6 }, (_, i) => [`  s${i}:`, '    <<: *base', `    ports: ["${8000 + i}:80"]`, '    environment:', '      A: &v value', `      B: *v`]).flat(),
        '',
      ].join('\n');
      let files = 0;
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
          const name = `/alias-targets/${files++}/compose.yaml`;
          let text = start;
          parseFile(text, name);
          for (const edit of edits) {
            text = edit(text);
            const file = parseFile(text, name);
            const parsed = hasTemplateActions(text) ? maskTemplates(text) : text;
            file?.yaml?.forEach((d, i) => assertSameAsWalk(d.doc, text, parsed, i));
          }
        }),
        { numRuns: 150, seed: 20261202 },
      );
    } finally {
      Object.assign(SECTION_LIMITS, saved);
      clearParseCaches();
    }
  });
});
