// The YAML fix helpers keep comments, quoting, indentation and style, and refuse shared nodes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, parseFile } from '../../rules/src/index.js';
import { appendItem, insertEntries, raw, removeEntry, removeItem, setIn, setScalar } from '../../rules/src/fix/yaml-edits.js';
import { asMap, asSeq, findPair, getIn } from '../../rules/src/yaml/nodes.js';
import type { Edit } from '../../rules/src/types.js';

function load(text: string) {
  const file = parseFile(text, 'x.yaml')!;
  const doc = file.yaml![0].doc;
  return { file, doc, root: asMap(doc.contents)! };
}

function apply(text: string, edit: Edit | null): string {
  assert.ok(edit, 'expected an edit');
  const out = applyEdits(text, [edit]);
  assert.equal(parseFile(out, 'y.yaml')!.yamlError, undefined, `does not parse:\n${out}`);
  return out;
}

describe('setIn', () => {
  it('adds a key after the last entry of a block map, with its indentation', () => {
    const text = 'c:\n    name: a # keep\n    image: b\nnext: 1\n';
    const { file, doc, root } = load(text);
    const c = asMap(getIn(root, ['c'], doc))!;
    assert.equal(apply(text, setIn(file, c, ['securityContext', 'privileged'], false, doc)), 'c:\n    name: a # keep\n    image: b\n    securityContext:\n        privileged: false\nnext: 1\n');
  });

  it('creates the nested map inside a flow mapping in flow style', () => {
    const text = 'c: {name: a}\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, asMap(getIn(root, ['c'], doc))!, ['sc', 'x'], true, doc)), 'c: {name: a, sc: {x: true}}\n');
  });

  it('fills an empty flow map and an empty key', () => {
    const t1 = 'sc: {}\n';
    const a = load(t1);
    assert.equal(apply(t1, setIn(a.file, a.root, ['sc', 'x'], false, a.doc)), 'sc: {x: false}\n');
    const t2 = 'top:\n  sc:\n  other: 1\n';
    const b = load(t2);
    assert.equal(apply(t2, setIn(b.file, asMap(getIn(b.root, ['top'], b.doc))!, ['sc', 'x'], false, b.doc)), 'top:\n  sc:\n    x: false\n  other: 1\n');
  });

  it('replaces an existing scalar in place', () => {
    const text = 'a:\n  x: true # why\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, root, ['a', 'x'], false, doc)), 'a:\n  x: false # why\n');
  });

  it('keeps the file\'s CRLF line breaks', () => {
    const text = 'a:\r\n  x: 1\r\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, root, ['a', 'w'], 2, doc)), 'a:\r\n  x: 1\r\n  w: 2\r\n');
  });

  it('inserts after a block scalar, not inside it', () => {
    const text = 'a:\n  s: |\n    line\n  t: 1\nb:\n  s: |\n    line\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, asMap(getIn(root, ['b'], doc))!, ['m'], 1, doc)), 'a:\n  s: |\n    line\n  t: 1\nb:\n  s: |\n    line\n  m: 1\n');
  });

  it('offers nothing for a node shared through an anchor', () => {
    const text = 'base: &sc\n  x: true\nuse:\n  sc: *sc\n';
    const { file, doc, root } = load(text);
    assert.equal(setIn(file, root, ['use', 'sc', 'x'], false, doc), null);
    assert.equal(setIn(file, asMap(getIn(root, ['base'], doc))!, ['x'], false, doc), null);
  });

  it('quotes YAML 1.1 booleans such as y and n', () => {
    const text = 'a: {}\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, root, ['a', 'y'], 'n', doc)), 'a: {"y": "n"}\n');
  });

  it('quotes strings that would otherwise change type', () => {
    const text = 'a: {}\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, root, ['a', 'v'], 'false', doc)), 'a: {v: "false"}\n');
    assert.equal(apply(text, setIn(file, root, ['a', 'v'], raw('["ALL"]'), doc)), 'a: {v: ["ALL"]}\n');
  });
});

describe('setScalar', () => {
  it('keeps the quote style', () => {
    const text = "a: 'x'\nb: \"y\"\n";
    const { doc, root } = load(text);
    assert.equal(apply(text, setScalar(findPair(root, 'a', doc)!.value, 'p', doc)), "a: 'p'\nb: \"y\"\n");
    assert.equal(apply(text, setScalar(findPair(root, 'b', doc)!.value, 'q', doc)), "a: 'x'\nb: \"q\"\n");
  });
});

describe('removeEntry', () => {
  it('removes a block entry with the comment lines above it', () => {
    const text = 'a:\n  keep: 1\n  # why privileged\n  privileged: true\n  other: 2\n';
    const { file, doc, root } = load(text);
    const a = asMap(getIn(root, ['a'], doc))!;
    assert.equal(apply(text, removeEntry(file, a, findPair(a, 'privileged', doc)!.pair, doc)), 'a:\n  keep: 1\n  other: 2\n');
  });

  it('pulls the next key onto a sequence dash', () => {
    const text = 'l:\n  - privileged: true\n    name: x\n';
    const { file, doc, root } = load(text);
    const m = asMap(asSeq(getIn(root, ['l'], doc))!.items[0])!;
    assert.equal(apply(text, removeEntry(file, m, findPair(m, 'privileged', doc)!.pair, doc)), 'l:\n  - name: x\n');
  });

  it('removes a flow entry with its comma', () => {
    const text = 'a: {x: 1, y: 2, z: 3}\n';
    const { file, doc, root } = load(text);
    const a = asMap(getIn(root, ['a'], doc))!;
    assert.equal(apply(text, removeEntry(file, a, findPair(a, 'y', doc)!.pair, doc)), 'a: {x: 1, z: 3}\n');
    assert.equal(apply(text, removeEntry(file, a, findPair(a, 'z', doc)!.pair, doc)), 'a: {x: 1, y: 2}\n');
  });
});

describe('sequence items', () => {
  it('appends in block and flow style', () => {
    const text = 'cmd:\n  - kube-apiserver\n  - --a=1\nf: [a]\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, appendItem(file, asSeq(getIn(root, ['cmd'], doc))!, '--b=2', doc)), 'cmd:\n  - kube-apiserver\n  - --a=1\n  - --b=2\nf: [a]\n');
    assert.equal(apply(text, appendItem(file, asSeq(getIn(root, ['f'], doc))!, 'b', doc)), 'cmd:\n  - kube-apiserver\n  - --a=1\nf: [a, b]\n');
  });

  it('removes an item, and leaves [] when it was the only one', () => {
    const text = 'caps:\n  - SYS_ADMIN\n  - CHOWN\none:\n  - X\n';
    const { file, doc, root } = load(text);
    const caps = asSeq(getIn(root, ['caps'], doc))!;
    assert.equal(apply(text, removeItem(file, caps, caps.items[0], doc)), 'caps:\n  - CHOWN\none:\n  - X\n');
    const one = asSeq(getIn(root, ['one'], doc))!;
    assert.equal(apply(text, removeItem(file, one, one.items[0], doc)), 'caps:\n  - SYS_ADMIN\n  - CHOWN\none: []\n');
  });

  it('inserts entries into a map that is a sequence item', () => {
    const text = 'l:\n- name: a\n  image: b\n';
    const { file, doc, root } = load(text);
    const m = asMap(asSeq(getIn(root, ['l'], doc))!.items[0])!;
    assert.equal(apply(text, insertEntries(file, m, { x: 1 }, doc)), 'l:\n- name: a\n  image: b\n  x: 1\n');
  });

  it('lines inserted keys up with the first key, counting an anchor or tag written before it, which belong to that key', () => {
    const cases: [string, string[], string][] = [
      // The fuzzer's case: the key text starts at column 5, the mapping at column 1.
      ['spec:\n &a  containers:\n    - name: app\n', ['spec'], 'spec:\n &a  containers:\n    - name: app\n x: 1\n'],
      ['l:\n- &k name: a\n  image: b\n', ['l', '0'], 'l:\n- &k name: a\n  image: b\n  x: 1\n'],
      ['spec:\n  !!str  kind: a\n', ['spec'], 'spec:\n  !!str  kind: a\n  x: 1\n'],
      ['spec:\n  &a !!str kind: a\n', ['spec'], 'spec:\n  &a !!str kind: a\n  x: 1\n'],
      // After a byte-order mark, the first line's blanks are no indentation either (the fuzzer's case).
      ['\uFEFF apiVersion: v1\nkind: K\n', [], '\uFEFF apiVersion: v1\nkind: K\nx: 1\n'],
      ['\uFEFF  &a a: 1\n', [], '\uFEFF  &a a: 1\nx: 1\n'],
    ];
    for (const [text, path, expected] of cases) {
      const { file, doc, root } = load(text);
      const node = path.reduce<unknown>((n, key) => (/^\d+$/.test(key) ? asSeq(n)!.items[Number(key)] : getIn(asMap(n)!, [key], doc)), root);
      assert.equal(apply(text, insertEntries(file, asMap(node)!, { x: 1 }, doc)), expected);
    }
  });
});

describe('maps with collection keys', () => {
  it('offers no insertion into a mapping that has a `? ` explicit collection key', () => {
    const text = 'spec:\n  containers: []\n  ? image: x\n    other: y\n';
    const { file, doc, root } = load(text);
    assert.equal(insertEntries(file, asMap(getIn(root, ['spec'], doc))!, { a: 1 }, doc), null);
  });

  it('offers no insertion after a last entry whose value holds one (found by the fuzzer)', () => {
    const text = 'c:\n  name: a\n  command:\n   ?  - x\n    - y\n';
    const { file, doc, root } = load(text);
    assert.equal(insertEntries(file, asMap(getIn(root, ['c'], doc))!, { a: 1 }, doc), null);
    // A collection key elsewhere in the map does not matter: the insertion follows the last entry.
    const other = 'c:\n  command:\n    ? [x]\n    : 1\n  name: a\n';
    const loaded = load(other);
    assert.equal(apply(other, insertEntries(loaded.file, asMap(getIn(loaded.root, ['c'], loaded.doc))!, { a: 1 }, loaded.doc)), 'c:\n  command:\n    ? [x]\n    : 1\n  name: a\n  a: 1\n');
  });
});

describe('empty values followed by a comment (found by the fuzzer)', () => {
  it('sets the value before the comment, which stays a comment', () => {
    const text = 'm:\n  readOnly: # note\n  other: 1\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, setIn(file, asMap(getIn(root, ['m'], doc))!, ['readOnly'], true, doc)), 'm:\n  readOnly: true # note\n  other: 1\n');
  });

  it('inserts after the entry that ends with one, not after the next line', () => {
    const text = 'spec:\n  c:\n    mounts:\n      - name: v\n        readOnly: # note\n  volumes: []\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, insertEntries(file, asMap(getIn(root, ['spec', 'c'], doc))!, { x: 1 }, doc)), 'spec:\n  c:\n    mounts:\n      - name: v\n        readOnly: # note\n    x: 1\n  volumes: []\n');
  });
});

describe('keys written without a value', () => {
  it('gives a flow mapping key without `:` its value after the key, not after the next key\'s colon (found by the fuzzer)', () => {
    const text = 'requests: {cpu, memory: 128Mi}\n';
    const { file, doc, root } = load(text);
    const requests = asMap(getIn(root, ['requests'], doc))!;
    assert.equal(apply(text, setIn(file, requests, ['cpu'], '100m', doc)), 'requests: {cpu: "100m", memory: 128Mi}\n');
    const last = 'requests: {memory: 1, cpu}\n';
    const l = load(last);
    assert.equal(apply(last, setIn(l.file, asMap(getIn(l.root, ['requests'], l.doc))!, ['cpu'], 2, l.doc)), 'requests: {memory: 1, cpu: 2}\n');
  });

  it('offers no edit for an explicit block key whose value is on another line', () => {
    const text = 'm:\n  ? cpu\n  other: 1\n';
    const { file, doc, root } = load(text);
    assert.equal(setIn(file, asMap(getIn(root, ['m'], doc))!, ['cpu'], 2, doc), null);
  });
});

describe('values that end on a later line', () => {
  it('inserts after an empty item with a comment and the blank lines after it, not after the next key (found by the fuzzer)', () => {
    const text = 'svc:\n  a:\n    volumes:\n      - # note\n\n  b:\n    image: x\n';
    const { file, doc, root } = load(text);
    assert.equal(apply(text, insertEntries(file, asMap(getIn(root, ['svc', 'a'], doc))!, { x: 1 }, doc)), 'svc:\n  a:\n    volumes:\n      - # note\n    x: 1\n\n  b:\n    image: x\n');
  });

  it('leaves the blank lines a block scalar keeps (|+) inside it', () => {
    const text = 'c:\n  a: |+\n    x\n\nd: 1\n';
    const { file, doc, root } = load(text);
    const out = apply(text, insertEntries(file, asMap(getIn(root, ['c'], doc))!, { z: 1 }, doc));
    assert.equal(out, 'c:\n  a: |+\n    x\n\n  z: 1\nd: 1\n');
    const after = load(out);
    assert.equal((getIn(after.root, ['c', 'a'], after.doc) as { value: string }).value, 'x\n\n');
  });
});

describe('appendItem after items with properties', () => {
  it('lines the new item up with the last item\'s own dash, not a dash in its anchor (found by the fuzzer)', () => {
    const cases: [string, string][] = [
      ['opts:\n  - &a-b\n', 'opts:\n  - &a-b\n  - x\n'],
      ['opts:\n    - &&apparmor=docker-default\n', 'opts:\n    - &&apparmor=docker-default\n    - x\n'],
      ['opts:\n  - !!str a-b\n', 'opts:\n  - !!str a-b\n  - x\n'],
      ['opts:\n- - a\n  - b\n', 'opts:\n- - a\n  - b\n  - x\n'],
    ];
    for (const [text, expected] of cases) {
      const { file, doc, root } = load(text);
      const seq = asSeq(getIn(root, ['opts'], doc))!;
      const target = text.startsWith('opts:\n- -') ? asSeq(seq.items[0])! : seq;
      assert.equal(apply(text, appendItem(file, target, 'x', doc)), expected);
    }
  });
});
