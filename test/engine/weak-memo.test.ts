// weakMemo (rules/src/weak-memo.ts): the per-object caches of the Kubernetes models build each
// value once per object, including "nothing found" answers, which a pod spec without the field gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { weakMemo } from '../../rules/src/weak-memo.js';

describe('weakMemo', () => {
  it('builds once per object and answers the same value after', () => {
    const built: object[] = [];
    const memo = weakMemo((key: { n: number }) => {
      built.push(key);
      return { double: key.n * 2 };
    });
    const a = { n: 1 };
    const b = { n: 1 };
    const first = memo(a);
    assert.equal(memo(a), first);
    assert.deepEqual(memo(b), { double: 2 });
    assert.notEqual(memo(b), first, 'keyed by identity, not by content');
    assert.deepEqual(built, [a, b]);
  });

  for (const empty of [undefined, null, false, 0, '']) {
    it(`keeps a ${JSON.stringify(empty) ?? 'undefined'} answer instead of building it again`, () => {
      let calls = 0;
      const memo = weakMemo((_key: object) => {
        calls++;
        return empty;
      });
      const key = {};
      assert.equal(memo(key), empty);
      assert.equal(memo(key), empty);
      assert.equal(calls, 1);
    });
  }
});
