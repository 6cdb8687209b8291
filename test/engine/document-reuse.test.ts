// Re-linting a multi-document file after an edit reuses the findings of the documents the edit left
// alone (rules/src/document-reuse.ts). Whatever the edits, the result must be exactly what a first
// lint of the same text gives: same findings, ranges, messages and fixes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint, RULES, type Finding, type WorkspaceIndex } from '../../rules/src/index.js';
import { parseFile } from '../../rules/src/documents/parse.js';
import { documentReuse } from '../../rules/src/document-reuse.js';
import { seeds } from '../fuzz/corpus.js';
import { mutation } from '../fuzz/mutations.js';
import { FUZZ_CONFIG } from '../fuzz/properties.js';

const NOW = new Date('2026-11-29T12:00:00Z');

/** A full collection, from a context made after the flag that exposes it. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Everything a user sees of a finding, the fix included (reading it builds a deferred one). */
const seen = (f: Finding) => ({ rule: f.rule, severity: f.severity, message: f.message, span: f.span, range: f.range, object: f.object, fix: f.fix });

let runs = 0;
/** The same file linted the way the editor does: one name, version after version. */
function editing(dir: string) {
  const fileName = `/reuse-test/${dir}/${runs++}/manifest.yaml`;
  return (text: string) => lint(text, fileName, { config: FUZZ_CONFIG, now: NOW }).map(seen);
}
/** A lint with nothing remembered: a name never used before, and the rules passed explicitly (which turns reuse off). */
function firstLint(text: string) {
  return lint(text, `/reuse-test/cold/${runs++}/manifest.yaml`, { config: FUZZ_CONFIG, now: NOW, rules: RULES }).map(seen);
}

const pod = (name: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  serviceAccountName: builder\n${extra}  containers:\n    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n`;
const account = (automount: boolean) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\nautomountServiceAccountToken: ${automount}\n`;

describe('reusing findings of unchanged documents', () => {
  it('gives what a first lint gives after edits above, inside and below a document', () => {
    const edit = editing('steps');
    const versions = [
      [pod('a'), pod('b'), pod('c')].map((d) => `---\n${d}`).join(''),
      [pod('a'), pod('bee'), pod('c')].map((d) => `---\n${d}`).join(''),
      `# header\n${[pod('a'), pod('bee'), pod('c')].map((d) => `---\n${d}`).join('')}`,
      `# header\n${[pod('a'), pod('bee', '  hostNetwork: true\n'), pod('c')].map((d) => `---\n${d}`).join('')}`,
      `# header\n${[pod('a'), pod('c')].map((d) => `---\n${d}`).join('')}`,
    ];
    for (const text of versions) assert.deepEqual(edit(text), firstLint(text));
  });

  it('re-runs a rule that reads other documents when they change: a ServiceAccount turning the token off', () => {
    const edit = editing('account');
    const before = `---\n${account(true)}---\n${pod('a')}---\n${pod('b')}`;
    const after = `---\n${account(false)}---\n${pod('a')}---\n${pod('b')}`;
    const automount = (findings: ReturnType<typeof seen>[]) => findings.filter((f) => f.rule === 'k8s/automount-service-account-token').length;
    assert.equal(automount(edit(before)), 2);
    assert.equal(automount(edit(after)), 0);
    assert.deepEqual(edit(after), firstLint(after));
  });

  it('re-runs a rule that reads other documents when they change: a NetworkPolicy selecting other pods', () => {
    const edit = editing('policy');
    const policy = (selector: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: only\nspec:\n  podSelector: ${selector}\n`;
    const unselected = (findings: ReturnType<typeof seen>[]) => findings.filter((f) => f.rule === 'k8s/missing-network-policy').length;
    const versions = [
      `---\n${pod('a')}---\n${policy('{matchLabels: {app: web}}')}---\n${pod('b')}`,
      `---\n${pod('a')}---\n${policy('{}')}---\n${pod('b')}`,
      `# moved\n---\n${pod('a')}---\n${policy('{}')}---\n${pod('b')}`,
      `# moved\n---\n${pod('a')}---\n${policy('{matchLabels: {app: web}}')}---\n${pod('b')}`,
    ];
    const counts = versions.map((text) => {
      const findings = edit(text);
      assert.deepEqual(findings, firstLint(text));
      return unselected(findings);
    });
    assert.deepEqual(counts, [2, 0, 0, 2]);
  });

  it('re-runs a rule that reads the workspace when its policies change, and reuses its findings while they do not', () => {
    const fileName = `/reuse-test/workspace/${runs++}/manifest.yaml`;
    const policyFile = '/reuse-test/workspace/policies.yaml';
    const workspace = (selector: string): WorkspaceIndex => {
      const files: Record<string, string> = { [policyFile]: `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec:\n  podSelector: ${selector}\n`, [fileName]: '' };
      return { exists: (p) => p in files, read: (p) => files[p], files: () => Object.keys(files) };
    };
    const lintIn = (text: string, index: WorkspaceIndex, name = fileName, rules?: typeof RULES) =>
      lint(text, name, { config: FUZZ_CONFIG, now: NOW, workspace: index, rules }).map(seen);
    const unselected = (findings: ReturnType<typeof seen>[]) => findings.filter((f) => f.rule === 'k8s/missing-network-policy').length;
    const text = [pod('a'), pod('b'), pod('c')].map((d) => `---\n${d}`).join('');
    const steps: [string, WorkspaceIndex, number][] = [
      [text, workspace('{matchLabels: {app: web}}'), 3],
      [text.replace('name: b', 'name: bee'), workspace('{matchLabels: {app: web}}'), 3],
      [text.replace('name: b', 'name: bee'), workspace('{}'), 0],
      [`# moved\n${text}`, workspace('{}'), 0],
      [`# moved\n${text}`, workspace('{matchLabels: {app: web}}'), 3],
    ];
    for (const [version, index, expected] of steps) {
      const findings = lintIn(version, index);
      assert.equal(unselected(findings), expected);
      assert.deepEqual(findings, lintIn(version, index, `/reuse-test/workspace/cold/${runs++}/manifest.yaml`, RULES));
    }
  });

  it('lets the parses of earlier versions go while someone types above many documents', async () => {
    const fileName = `/reuse-test/memory/${runs++}/manifest.yaml`;
    const body = [pod('a'), account(false), pod('b'), pod('c')].map((d) => `---\n${d}`).join('');
    const version = (i: number) => `# ${'x'.repeat(i)}\n${body}`;
    // In a function of its own: a suspended async function keeps its registers, which could hold a document.
    const typeAndWatch = () => {
      const watched: WeakRef<object>[] = [];
      for (let i = 0; i < 30; i++) {
        lint(version(i), fileName, { config: FUZZ_CONFIG, now: NOW });
        if (i < 10) for (const d of parseFile(version(i), fileName)!.yaml!) watched.push(new WeakRef(d.doc));
      }
      return watched;
    };
    const earlier = typeAndWatch();
    assert.equal(earlier.length, 40);
    // WeakRef targets live to the end of the job that made them: collect in a later one.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    assert.deepEqual(earlier.flatMap((ref, i) => (ref.deref() !== undefined ? [i] : [])), []);
  });

  it('runs the document-scoped rules only on the documents an edit touched', () => {
    const name = '/reuse-test/view/manifest.yaml';
    const v1 = [pod('a'), pod('b'), pod('c')].map((d) => `---\n${d}`).join('');
    const v2 = v1.replace('name: b', 'name: bee');
    // What lint() does around the rules, with a key of our own.
    const lintOnce = (text: string) => {
      const file = parseFile(text, name)!;
      const reuse = documentReuse(file, 'key');
      reuse.commit();
      return reuse;
    };
    assert.equal(lintOnce(v1).view.yaml!.length, 3);
    const second = lintOnce(v2);
    assert.equal(second.nothingReused, false);
    assert.deepEqual(second.view.yaml!.map((d) => d.index), [1]);
  });

  it('gives what a first lint gives after any sequence of edits', () => {
    const k8s = seeds().filter((s) => s.fileName === 'manifest.yaml' && /apiVersion/.test(s.text)).map((s) => s.text);
    const streamOf = fc.array(fc.nat(k8s.length - 1), { minLength: 2, maxLength: 5 }).map((picks) => picks.map((i) => `---\n${k8s[i]}`).join(''));
    fc.assert(
      fc.property(streamOf, fc.array(mutation, { minLength: 1, maxLength: 5 }), (start, edits) => {
        const edit = editing('property');
        let text = start;
        assert.deepEqual(edit(text), firstLint(text));
        for (const change of edits) {
          text = change(text);
          assert.deepEqual(edit(text), firstLint(text));
        }
      }),
      { numRuns: 60, seed: 20261129 },
    );
  });
});
