// entries()/entriesByName(): a map's own keys and those merged in with `<<`, each name once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { entries, entriesByName, findPair, scalarValue } from '../../rules/src/yaml/nodes.js';

function entriesOf(text: string, path: string[]) {
  const doc = parseDocument(text, { merge: true });
  let node: unknown = doc.contents;
  for (const key of path) node = (node as { get(k: string, keep: boolean): unknown }).get(key, true);
  return { doc, node };
}

const summary = (text: string, path: string[]) => {
  const { doc, node } = entriesOf(text, path);
  return entries(node, doc).map((e) => [String(e.key.value), scalarValue(e.value), e.merged]);
};

describe('entries', () => {
  it('lists own keys, then merged keys the map lacks, own keys winning', () => {
    const text = 'base: &b\n  a: 1\n  b: 2\nsvc:\n  <<: *b\n  b: 3\n  c: 4\n';
    assert.deepEqual(summary(text, ['svc']), [
      ['b', 3, false],
      ['c', 4, false],
      ['a', 1, true],
    ]);
  });

  it('takes a key from the first merged map that has it', () => {
    const text = 'x: &x\n  k: from-x\ny: &y\n  k: from-y\n  z: 1\nsvc:\n  <<: [*x, *y]\n';
    assert.deepEqual(summary(text, ['svc']), [
      ['k', 'from-x', true],
      ['z', 1, true],
    ]);
  });

  it('keeps an own key when a merged key of another type has the same name', () => {
    // Keyed by name, as callers look keys up: a merged `80` must not replace the own '80'.
    const text = 'base: &b\n  80: merged\nsvc:\n  <<: *b\n  "80": own\n';
    const { doc, node } = entriesOf(text, ['svc']);
    const byName = entriesByName(node, doc);
    assert.deepEqual([...byName.keys()], ['80']);
    assert.equal(scalarValue(byName.get('80')!.value), 'own');
    assert.equal(byName.get('80')!.merged, false);
  });

  it('searches a mapping merged in more than once, or merged into itself, once per lookup (found by the fuzzer)', () => {
    // The container merges, twice, the list that holds it: each level doubled the work before.
    const text = 'containers: &a\n  - name: etcd\n    <<: *a\n    <<: *a\n    image: e\nshared: &s {cpu: 1}\nsvc:\n  <<: [*s, *s]\n  <<: *s\n';
    const doc = parseDocument(text, { merge: true, uniqueKeys: false });
    const container = (doc.get('containers', true) as { items: unknown[] }).items[0] as { items: unknown[] };
    const items = container.items;
    let reads = 0;
    Object.defineProperty(container, 'items', { configurable: true, get: () => (reads++, items) });
    assert.equal(findPair(container, 'missing', doc), undefined);
    assert.equal(scalarValue(findPair(container, 'image', doc)?.value), 'e');
    assert.deepEqual([...entriesByName(container, doc).keys()], ['name', 'image']);
    assert.ok(reads <= 12, `the container was read ${reads} times`);
    const svc = doc.get('svc', true);
    assert.deepEqual([...entriesByName(svc, doc)].map(([k, e]) => [k, scalarValue(e.value), e.merged]), [['cpu', 1, true]]);
    assert.equal(scalarValue(findPair(svc, 'cpu', doc)?.value), 1);
  });
});
