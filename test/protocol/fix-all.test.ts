// Which fixes `source.fixAll.shipshape` combines: safe ones, whole fixes without overlaps, and an
// edit that several findings offer only once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Edit, Finding } from '../../rules/src/index.js';
import { fixAllEdits } from '../../server/src/code-actions.js';

function finding(rule: string, safe: boolean, edits: Edit[]): Finding {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { rule, severity: 'warning', message: rule, range, span: { start: 0, end: 1 }, object: null, fix: { title: rule, edits, safe } } as Finding;
}

describe('fixAllEdits', () => {
  it('keeps safe fixes, applies an edit offered twice once, and drops a fix overlapping an accepted one', () => {
    const shared = { start: 10, end: 14, text: 'false' };
    const edits = fixAllEdits([
      finding('a', true, [shared]),
      finding('b', true, [shared, { start: 20, end: 20, text: 'x' }]),
      finding('c', false, [{ start: 30, end: 31, text: 'y' }]),
      finding('d', true, [{ start: 12, end: 16, text: 'overlap' }, { start: 40, end: 40, text: 'z' }]),
      finding('e', true, [{ start: 20, end: 20, text: 'second insertion at 20' }]),
      finding('f', true, [{ start: 50, end: 52, text: '' }]),
    ]);
    assert.deepEqual(edits, [shared, { start: 20, end: 20, text: 'x' }, { start: 50, end: 52, text: '' }]);
  });
});
