// entries()/entriesByName(): a map's own keys and those merged in with `<<`, each name once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { entries, entriesByName, scalarValue } from '../../rules/src/yaml/nodes.js';

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
});
