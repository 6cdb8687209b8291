// Copies of parsed YAML moved to new offsets (rules/src/documents/yaml-reuse.ts) must be the
// original in every way rules and `yaml` itself can see — prototype, own enumerable properties in
// their order, the non-enumerable node-type tag and schema — with only offsets moved, and must leave
// the original untouched: an earlier parse may still be read through it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAlias, isCollection, isDocument, isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, Scalar, YAMLSeq, type Document } from 'yaml';
import { moveDocument, moveNode, YAML_OPTIONS } from '../../rules/src/documents/yaml-reuse.js';
import { seeds } from '../fuzz/corpus.js';

const NODE_TYPE = Symbol.for('yaml.node.type');
const DELTA = 17;

/** Properties holding the parts a copy must copy in turn rather than share. */
const COPIED = new Set(['contents', 'items', 'key', 'value', 'errors', 'warnings']);
/** Offsets a copy must move. */
const MOVED = new Set(['range', 'pos']);

const isYamlObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && (NODE_TYPE in value || (value as object) instanceof Error);

function hiddenDescriptor(object: object, key: PropertyKey): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor && { ...descriptor };
}

/** `yaml`'s type guards: a copy must answer every one as its original does. */
const GUARDS: Record<string, (node: unknown) => boolean> = { isAlias, isCollection, isDocument, isMap, isNode, isPair, isScalar, isSeq };

/** The class prototype an object was made from: the first on its chain that names a constructor. */
function classPrototype(value: object): object {
  let prototype = Object.getPrototypeOf(value) as object;
  while (!Object.prototype.hasOwnProperty.call(prototype, 'constructor')) prototype = Object.getPrototypeOf(prototype) as object;
  return prototype;
}

/** How many objects stand between a value and its class prototype. */
function chainLength(value: object): number {
  let length = 0;
  for (let prototype = Object.getPrototypeOf(value) as object; prototype !== classPrototype(value); prototype = Object.getPrototypeOf(prototype) as object) length++;
  return length;
}

/** Asserts `copy` is `original` moved by `delta`, part by part; `path` names the part on failure. */
function assertMovedCopy(copy: unknown, original: unknown, delta: number, path: string): void {
  if (!isYamlObject(original)) {
    assert.equal(copy, original, path);
    return;
  }
  assert.notEqual(copy, original, `${path} is shared, not copied`);
  assert.equal(classPrototype(copy as object), classPrototype(original), `${path}: class`);
  // The node-type tag may come from a holder between the copy and its class; never a longer chain.
  assert.ok(chainLength(copy as object) <= 1, `${path}: ${chainLength(copy as object)} objects between the copy and its class`);
  const copied = copy as Record<string | symbol, unknown>;
  const source = original as Record<string | symbol, unknown>;
  assert.deepEqual(Object.keys(copied), Object.keys(source), `${path}: own enumerable properties`);
  assert.equal(copied[NODE_TYPE], source[NODE_TYPE], `${path}: node-type tag`);
  assert.ok(!Object.prototype.propertyIsEnumerable.call(copied, NODE_TYPE), `${path}: the node-type tag is not enumerable`);
  for (const [name, guard] of Object.entries(GUARDS)) assert.equal(guard(copied), guard(source), `${path}: ${name}`);
  if (!Object.prototype.propertyIsEnumerable.call(source, 'schema')) {
    assert.deepEqual(hiddenDescriptor(copied, 'schema'), hiddenDescriptor(source, 'schema'), `${path}: schema`);
  }
  for (const key of Object.keys(source)) {
    const [value, was] = [copied[key], source[key]];
    if (MOVED.has(key) && Array.isArray(was)) {
      assert.notEqual(value, was, `${path}.${key} is shared`);
      assert.deepEqual(value, was.map((offset: number) => offset + delta), `${path}.${key}`);
    } else if (COPIED.has(key) && Array.isArray(was)) {
      assert.ok(Array.isArray(value) && value !== was && value.length === was.length, `${path}.${key}: a list of its own`);
      was.forEach((item, i) => assertMovedCopy(value[i], item, delta, `${path}.${key}[${i}]`));
    } else if (COPIED.has(key)) {
      assertMovedCopy(value, was, delta, `${path}.${key}`);
    } else {
      assert.equal(value, was, `${path}.${key}`);
    }
  }
}

/** Everything of a parse a copy could have changed by mistake: offsets, fields, who holds what. */
function fingerprint(value: unknown, seen = new Map<object, number>()): unknown {
  if (typeof value !== 'object' || value === null) return typeof value === 'symbol' ? String(value) : value;
  if (seen.has(value)) return `#${seen.get(value)}`;
  seen.set(value, seen.size);
  if (Array.isArray(value)) return value.map((item) => fingerprint(item, seen));
  if (!isYamlObject(value)) return '{object}';
  return Object.entries(value).map(([key, field]) => [key, fingerprint(field, seen)]);
}

function parse(text: string): Document.Parsed[] {
  return parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
}

function assertCopiesMove(text: string, origin: string): void {
  const docs = parse(text);
  const before = fingerprint(docs);
  for (const [i, doc] of docs.entries()) {
    const copy = moveDocument(doc, DELTA);
    assertMovedCopy(copy, doc, DELTA, `${origin} document ${i}`);
    // A copy of a copy (the next edit above it) is a copy as well.
    assertMovedCopy(moveDocument(copy, -DELTA), copy, -DELTA, `${origin} document ${i}, moved back`);
  }
  assert.deepEqual(fingerprint(docs), before, `${origin}: the original changed`);
}

/** Every kind of node and field the parser makes, in one stream. */
const VARIETY = `%YAML 1.1
---
# comment before
anchored: &base {cpu: 100m, memory: [1, 2, "three"]}
merged:
  <<: *base
  extra: !!str 5
? [complex, key]
: value # trailing
set: !!set {a, b}
omap: !!omap [a: 1, b: 2]
flow pairs: [one: 1, two]
binary: !!binary aGVsbG8=
block: |
  literal
folded: >-
  folded
empty:
'quoted': "double"
...
--- !!map
second: document
---
bad: [unclosed
---
dup: 1
dup: 2
`;

describe('moved copies of parsed YAML', () => {
  it('equal the original with offsets moved, for every kind of node, and leave it untouched', () => {
    assertCopiesMove(VARIETY, 'variety');
  });

  it('equal the original for every example and docs snippet', () => {
    const yaml = seeds().filter((s) => /\.ya?ml$/.test(s.fileName));
    assert.ok(yaml.length > 10);
    for (const seed of yaml) assertCopiesMove(seed.text, seed.origin);
  });

  it('copy the nodes of a document only when its contents are first read, also through copies of copies', () => {
    const [doc] = parse('kind: Pod\nmetadata:\n  name: web\nspec: {containers: [{name: app}]}\n');
    const before = fingerprint(doc);
    // Count the reads of the root's range: copying the root reads it, holding on to it does not.
    const root = doc.contents as unknown as { range: number[] };
    const range = root.range;
    let reads = 0;
    Object.defineProperty(root, 'range', { configurable: true, enumerable: true, get: () => (reads++, range) });
    const once = moveDocument(doc, 5);
    const twice = moveDocument(once, 12);
    assert.equal(reads, 0, 'moving copied nodes');
    assert.deepEqual(twice.range, doc.range.map((offset) => offset + 17));
    assertMovedCopy(twice, doc, 17, 'copy of an unread copy');
    assert.ok(reads > 0);
    assert.equal(twice.contents, twice.contents, 'read twice, copied once');
    // The first copy, read after the second, is still the original moved by its own distance.
    assertMovedCopy(once, doc, 5, 'the first copy, read last');
    // A copy of a copy already read copies that one.
    assertMovedCopy(moveDocument(once, -5), doc, 0, 'a read copy moved back');
    Object.defineProperty(root, 'range', { configurable: true, enumerable: true, writable: true, value: range });
    assert.deepEqual(fingerprint(doc), before, 'the original changed');
  });

  it('let the contents of a moved document be replaced, before or after they are read', () => {
    const [doc] = parse('a: 1\n');
    const [other] = parse('b: 2\n');
    const unread = moveDocument(doc, 3);
    unread.contents = other.contents;
    assert.equal(unread.contents, other.contents);
    const read = moveDocument(doc, 3);
    assert.notEqual(read.contents, doc.contents);
    read.contents = other.contents;
    assert.equal(read.contents, other.contents);
    assert.equal(moveDocument(unread, 1).toJS().b, 2, 'a copy of a replaced copy copies the replacement');
  });

  it('copy nesting deeper than any parse without overflowing the stack', () => {
    const depth = 100_000;
    const leaf = new Scalar('leaf');
    leaf.range = [depth, depth + 4, depth + 4];
    let root: unknown = leaf;
    for (let level = depth - 1; level >= 0; level--) {
      const seq = new YAMLSeq();
      seq.items = [root];
      seq.range = [level, 2 * depth + 4 - level, 2 * depth + 4 - level];
      root = seq;
    }
    let [original, copy] = [root, moveNode(root, DELTA)];
    for (let level = 0; level <= depth; level++) {
      assert.notEqual(copy, original);
      const [was, now] = [original as YAMLSeq, copy as YAMLSeq];
      assert.deepEqual(now.range, was.range!.map((offset) => offset + DELTA));
      if (level === depth) assert.equal((now as unknown as Scalar).value, 'leaf');
      else [original, copy] = [was.items[0], now.items[0]];
    }
  });
});
