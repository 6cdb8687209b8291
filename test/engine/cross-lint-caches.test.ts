// What the engine keeps from one lint of a multi-document file to the next, besides document-scoped
// findings (document-reuse.test.ts): models per parsed document (objects, pod specs, policies,
// ServiceAccounts, pod labels) that the file-scoped rules read on every keystroke, and per-document
// suppression facts (annotations, the extents of nodes a comment pragma reaches). After any edit,
// a re-lint must give exactly what a first lint of the same text gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, RULES, type Finding, type WorkspaceIndex } from '../../rules/src/index.js';
import { FUZZ_CONFIG } from '../fuzz/properties.js';

const NOW = new Date('2026-11-29T12:00:00Z');

/** Everything a user sees of a finding, the fix included (reading it builds a deferred one). */
const seen = (f: Finding) => ({ rule: f.rule, severity: f.severity, message: f.message, span: f.span, range: f.range, object: f.object, fix: f.fix });

let runs = 0;
/** The same file linted the way the editor does: one name, version after version. */
function editing(workspace?: WorkspaceIndex) {
  const fileName = `/cross-lint/${runs++}/manifest.yaml`;
  return (text: string) => lint(text, fileName, { config: FUZZ_CONFIG, now: NOW, workspace }).map(seen);
}
/** A lint with nothing remembered: a fresh name and the rules passed explicitly (which turns reuse off). */
function firstLint(text: string, workspace?: WorkspaceIndex) {
  return lint(text, `/cross-lint/cold/${runs++}/manifest.yaml`, { config: FUZZ_CONFIG, now: NOW, rules: RULES, workspace }).map(seen);
}

const pod = (name: string, app: string, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: ${app}\nspec:\n  serviceAccountName: builder\n${extra}  containers:\n    - name: app\n      image: nginx\n      securityContext:\n        privileged: true\n`;
const account = (automount: string, namespace = '') => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\n${namespace}automountServiceAccountToken: ${automount}\n`;
const policy = (app: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: only-${app}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${app}\n`;
const stream = (...docs: string[]) => docs.map((d) => `---\n${d}`).join('');
const count = (findings: ReturnType<typeof seen>[], rule: string) => findings.filter((f) => f.rule === rule).length;

/** Lints the versions in turn, each against a first lint of the same text. */
function follows(versions: string[], workspace?: WorkspaceIndex) {
  const edit = editing(workspace);
  return versions.map((text) => {
    const got = edit(text);
    assert.deepEqual(got, firstLint(text, workspace));
    return got;
  });
}

describe('models kept per document across lints', () => {
  it('automount: a ServiceAccount added, turned off, moved to another namespace and removed in another document', () => {
    const pods = [pod('a', 'a'), pod('b', 'b')];
    const results = follows([
      stream(...pods),
      stream(...pods, account('false')),
      stream(account('false'), ...pods),
      stream(account('true'), ...pods),
      stream(account('false', '  namespace: other\n'), ...pods),
      stream(`apiVersion: v1\nkind: List\nitems:\n  - ${account('false').trimEnd().replace(/\n/g, '\n    ')}\n`, ...pods),
      stream(...pods),
    ]);
    assert.deepEqual(results.map((r) => count(r, 'k8s/automount-service-account-token')), [2, 0, 0, 2, 2, 0, 2]);
  });

  it('missing-network-policy: policies added, edited and removed in other documents', () => {
    const pods = [pod('a', 'a'), pod('b', 'b')];
    const results = follows([stream(...pods), stream(...pods, policy('a')), stream(policy('a'), ...pods), stream(policy('b'), ...pods), stream(policy('b'), pod('a', 'b'), pod('b', 'b')), stream(...pods)]);
    assert.deepEqual(results.map((r) => count(r, 'k8s/missing-network-policy')), [0, 1, 1, 1, 0, 0]);
  });

  it('missing-network-policy with a workspace: policies in other files and in this one', () => {
    const workspace: WorkspaceIndex = { exists: () => false, files: () => ['/w/policies.yaml'], read: (path) => (path === '/w/policies.yaml' ? policy('a') : undefined) };
    const results = follows([stream(pod('a', 'a'), pod('b', 'b')), stream(pod('a', 'a'), pod('b', 'b'), policy('b')), stream(pod('a', 'a'), pod('b', 'c'))], workspace);
    assert.deepEqual(results.map((r) => count(r, 'k8s/missing-network-policy')), [1, 0, 1]);
  });
});

describe('suppressions kept per document across lints', () => {
  const PRIVILEGED = 'k8s/privileged-container';

  it('comment pragmas added and removed, in edited and in moved documents', () => {
    const ignoreNext = `# shipshape-ignore ${PRIVILEGED}\n`;
    const base = [pod('a', 'a'), pod('b', 'b'), pod('c', 'c')];
    const withComment = base[2].replace('      securityContext:\n', `      ${ignoreNext}      securityContext:\n`);
    const results = follows([
      stream(...base),
      stream(base[0], base[1], withComment),
      // An edit above moves the document holding the pragma: its node extents move with it.
      stream(base[0].replace('name: a', 'name: aaaa'), base[1], withComment),
      stream(`# header\n# more\n${base[0]}`, base[1], withComment),
      stream(base[0], base[1].replace('app: b', `app: b  # checkov:skip=CKV_K8S_16`), withComment),
      stream(base[0], base[1], base[2]),
    ]);
    assert.deepEqual(results.map((r) => count(r, PRIVILEGED)), [3, 2, 2, 2, 1, 3]);
  });

  it('annotation pragmas in documents that move, and a pragma added as an annotation', () => {
    const annotated = pod('b', 'b').replace('  labels:\n', `  annotations:\n    shipshape.dev/ignore: ${PRIVILEGED}\n  labels:\n`);
    const results = follows([
      stream(pod('a', 'a'), annotated, pod('c', 'c')),
      stream(pod('a', 'aaaaa'), annotated, pod('c', 'c')),
      stream(`# one\n# two\n${pod('a', 'a')}`, annotated, pod('c', 'c')),
      stream(pod('a', 'a'), pod('b', 'b'), pod('c', 'c')),
    ]);
    assert.deepEqual(results.map((r) => count(r, PRIVILEGED)), [2, 2, 2, 3]);
  });
});

describe('reused findings placed in the new version', () => {
  it('lines added above an unmoved document (same offsets, other lines)', () => {
    // "ab" becomes "a\n": the documents after it keep their offsets but start a line further down.
    follows([`# ab\n${stream(pod('a', 'a'), pod('b', 'b'))}`, `# a\n\n${stream(pod('a', 'a'), pod('b', 'b'))}`, `# ab\n${stream(pod('a', 'a'), pod('b', 'b'))}`]);
  });

  it('the file line break changing under reused documents (fixes insert the file line break)', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const tail = crlf(stream(pod('b', 'b'), pod('c', 'c')));
    follows([`---\n${pod('a', 'a')}${tail}`, `---\r\n${pod('a', 'a')}${tail}`, `---\n${pod('a', 'a')}${tail}`, crlf(`---\n${pod('a', 'a')}`) + tail]);
  });

  it('hands out the same finding objects while a document stays where it was', () => {
    const fileName = `/cross-lint/${runs++}/same.yaml`;
    const v1 = stream(pod('a', 'a'), pod('b', 'b'), pod('c', 'c'));
    const v2 = v1.replace('name: c', 'name: cc');
    const onA = (findings: Finding[]) => findings.filter((f) => f.object?.startsWith('Pod/a') && f.rule === 'k8s/privileged-container');
    lint(v1, fileName, { now: NOW });
    const second = onA(lint(v2, fileName, { now: NOW }));
    const third = onA(lint(v1, fileName, { now: NOW }));
    assert.equal(second.length, 1);
    assert.equal(third[0], second[0]);
  });
});

describe('re-lints after random edits of ServiceAccounts, policies, pragmas and line breaks', () => {
  const DOCS = [
    pod('a', 'a'),
    pod('b', 'b', '  automountServiceAccountToken: false\n'),
    pod('c', 'c', '  hostNetwork: true\n'),
    account('false'),
    account('true', '  namespace: other\n'),
    policy('a'),
    policy('b'),
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  annotations:\n    checkov.io/skip1: CKV_K8S_38=reason\nspec:\n  template:\n    metadata:\n      labels: {app: a}\n    spec:\n      containers:\n        - name: app\n          image: nginx:latest\n          # kics-scan ignore-line\n          securityContext: {privileged: true}\n`,
  ];
  const COMMENTS = [`# shipshape-ignore k8s/privileged-container`, '# shipshape-ignore', '# shipshape-ignore-file k8s/automount-service-account-token', '# checkov:skip=CKV_K8S_16', '# trivy:ignore:KSV-0017', '# plain comment'];
  type Edit = (text: string, a: number, b: number) => string;
  const lineEdit = (f: (lines: string[], a: number, b: number) => void): Edit => (text, a, b) => {
    const lines = text.split('\n');
    f(lines, a % lines.length, b);
    return lines.join('\n');
  };
  const docEdit = (f: (docs: string[], a: number, b: number) => void): Edit => (text, a, b) => {
    const docs = text.split(/(?=^---)/m);
    f(docs, a % docs.length, b);
    return docs.join('');
  };
  const EDITS: Edit[] = [
    lineEdit((lines, i, b) => void lines.splice(i, 0, (/^\s*/.exec(lines[i])![0]) + COMMENTS[b % COMMENTS.length])),
    lineEdit((lines, i, b) => void (lines[i] = lines[i].trim() ? `${lines[i]}  ${COMMENTS[b % COMMENTS.length]}` : lines[i])),
    lineEdit((lines, i) => void lines.splice(i, 1)),
    lineEdit((lines, i) => void lines.splice(i, 0, lines[i])),
    docEdit((docs, i, b) => void docs.splice(i, 0, `---\n${DOCS[b % DOCS.length]}`)),
    docEdit((docs, i) => void (docs.length > 1 && docs.splice(i, 1))),
    docEdit((docs, i, b) => void ([docs[i], docs[b % docs.length]] = [docs[b % docs.length], docs[i]])),
    (text) => text.replace(/automountServiceAccountToken: (true|false)/, (_m, v) => `automountServiceAccountToken: ${v === 'true' ? 'false' : 'true'}`),
    (text, a) => text.replace(/app: \w+/, `app: ${'abc'[a % 3]}`),
    (text) => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n')),
    (text, a) => text.replace(/\n/, a % 2 ? '\r\n' : '\n'),
    // A keystroke in the middle: a comment line inserted, then retyped.
    (text, a) => (/^# edit \d+$/m.test(text) ? text.replace(/^# edit \d+$/m, `# edit ${a % 1000}`) : lineEdit((lines) => void lines.splice(lines.length >> 1, 0, `# edit ${a % 1000}`))(text, 0, 0)),
  ];
  const edit = fc.tuple(fc.nat(EDITS.length - 1), fc.nat(), fc.nat());

  it('gives what a first lint gives', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(DOCS.length - 1), { minLength: 2, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 3 }), (picks, edits, workspaceApps) => {
        const workspace: WorkspaceIndex | undefined = workspaceApps.length === 0 ? undefined : { exists: () => false, files: () => ['/w/p.yaml'], read: () => stream(...workspaceApps.map((n) => policy('abc'[n % 3]))) };
        let text = stream(...picks.map((i) => DOCS[i]));
        follows([text, ...edits.map(([which, a, b]) => (text = EDITS[which](text, a, b)))], workspace);
      }),
      { numRuns: 80, seed: 20261130 },
    );
  });
});
