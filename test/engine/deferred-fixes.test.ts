// A rule may hand the engine a function that builds its fix: the edits are computed only when the
// finding's fix is read (code action, fix-all, CLI output), and a plain value is seen by every reader.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineRule, lint, type Rule } from '../../rules/src/index.js';

function countingRule(build: () => { title: string; edits: { start: number; end: number; text: string }[] } | null): { rule: Rule; calls: () => number } {
  let calls = 0;
  const rule = defineRule({
    id: 'dockerfile/test-deferred',
    severity: 'warning',
    fix: 'safe',
    risk: 'image',
    title: 'Test rule with a deferred fix',
    references: [],
    aliases: [],
    appliesTo: 'dockerfile',
    check(ctx) {
      ctx.report({ at: { start: 0, end: 4 }, message: 'here', fix: () => (calls++, build()) });
    },
  });
  return { rule, calls: () => calls };
}

const TEXT = 'FROM alpine\n';
const replaceFrom = () => ({ title: 'Lower-case it', edits: [{ start: 0, end: 4, text: 'from' }] });

describe('deferred fixes', () => {
  it('builds the fix only when it is read, and only once', () => {
    const { rule, calls } = countingRule(replaceFrom);
    const [finding] = lint(TEXT, 'Dockerfile', { rules: [rule] });
    assert.equal(calls(), 0);
    assert.deepEqual(finding.fix, { title: 'Lower-case it', safe: true, edits: [{ start: 0, end: 4, text: 'from' }] });
    assert.deepEqual(finding.fix, { title: 'Lower-case it', safe: true, edits: [{ start: 0, end: 4, text: 'from' }] });
    assert.equal(calls(), 1);
  });

  it('is a plain value to JSON and to structured clone (worker threads)', () => {
    const { rule } = countingRule(replaceFrom);
    const [viaJson] = lint(TEXT, 'Dockerfile', { rules: [rule] });
    assert.deepEqual(JSON.parse(JSON.stringify(viaJson)).fix, { title: 'Lower-case it', safe: true, edits: [{ start: 0, end: 4, text: 'from' }] });
    const [viaClone] = lint(TEXT, 'Dockerfile', { rules: [rule] });
    assert.deepEqual(structuredClone(viaClone).fix, { title: 'Lower-case it', safe: true, edits: [{ start: 0, end: 4, text: 'from' }] });
  });

  it('gives no fix, and keeps the finding, when the builder returns nothing, no edits or throws', () => {
    for (const build of [() => null, () => ({ title: 'nothing', edits: [] }), () => { throw new Error('boom'); }]) {
      const { rule } = countingRule(build);
      const findings = lint(TEXT, 'Dockerfile', { rules: [rule] });
      assert.deepEqual(findings.map((f) => [f.rule, f.message, f.fix]), [['dockerfile/test-deferred', 'here', null]]);
    }
  });

  it('can be overwritten like the plain property', () => {
    const { rule, calls } = countingRule(replaceFrom);
    const [finding] = lint(TEXT, 'Dockerfile', { rules: [rule] });
    finding.fix = null;
    assert.equal(finding.fix, null);
    assert.equal(calls(), 0);
  });
});
