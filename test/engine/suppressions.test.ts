import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../rules/src/index.js';
import { imageRule, instructionRule } from './helpers.js';

const pod = (body: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${body}`;
const lines = (findings: { rule: string; range: { start: { line: number } } }[], rule: string) =>
  findings.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

describe('# shipshape-ignore in YAML', () => {
  it('an own-line comment silences the next node and everything under it', () => {
    const text = pod('    # shipshape-ignore k8s/test-image -- vetted\n    - name: a\n      image: one\n    - name: b\n      image: two\n');
    const f = lint(text, 'p.yaml', { rules: [imageRule] });
    assert.deepEqual(lines(f, 'k8s/test-image'), [11]);
    assert.deepEqual(lines(f, 'shipshape/unused-suppression'), []);
  });

  it('a trailing comment silences its own line', () => {
    const text = pod('    - name: a\n      image: one # shipshape-ignore k8s/test-image\n    - name: b\n      image: two\n');
    assert.deepEqual(lines(lint(text, 'p.yaml', { rules: [imageRule] }), 'k8s/test-image'), [10]);
  });

  it('a trailing comment on a sequence item covers the whole item', () => {
    const text = pod('    - name: a # shipshape-ignore k8s/test-image\n      image: one\n    - name: b\n      image: two\n');
    assert.deepEqual(lines(lint(text, 'p.yaml', { rules: [imageRule] }), 'k8s/test-image'), [10]);
  });

  it('the shipshape.dev/ignore annotation covers its resource and is never reported as unused', () => {
    const annotated = (ids: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    shipshape.dev/ignore: "${ids}"\nspec:\n  containers:\n    - name: a\n      image: one\n`;
    assert.deepEqual(lint(annotated('k8s/test-image'), 'p.yaml', { rules: [imageRule] }), []);
    assert.deepEqual(lines(lint(annotated('k8s/other'), 'p.yaml', { rules: [imageRule] }), 'k8s/test-image'), [10]);
    assert.deepEqual(lines(lint(annotated('k8s/other'), 'p.yaml', { rules: [imageRule] }), 'shipshape/unused-suppression'), []);
  });

  it('an unused shipshape-ignore is reported even next to a peer pragma', () => {
    const text = pod('    # trivy:ignore:TEST-1\n    # shipshape-ignore k8s/other\n    - name: a\n      image: one\n');
    const f = lint(text, 'p.yaml', { rules: [imageRule] });
    assert.deepEqual(lines(f, 'k8s/test-image'), []);
    assert.deepEqual(lines(f, 'shipshape/unused-suppression'), [8]);
  });

  it('lists of ids, commas and no ids at all', () => {
    const text = pod('    - name: a\n      # shipshape-ignore other/rule, k8s/test-image\n      image: one\n    - name: b\n      # shipshape-ignore\n      image: two\n');
    const f = lint(text, 'p.yaml', { rules: [imageRule] });
    assert.deepEqual(lines(f, 'k8s/test-image'), []);
    // other/rule is unknown: reported as an unused suppression on line 8.
    assert.deepEqual(lines(f, 'shipshape/unused-suppression'), [8]);
  });

  it('shipshape-ignore-file silences the whole file, for the listed rules only', () => {
    const text = `# shipshape-ignore-file k8s/test-image\n${pod('    - name: a\n      image: one\n')}`;
    assert.deepEqual(lint(text, 'p.yaml', { rules: [imageRule] }), []);
  });

  it('a "#" inside a quoted scalar is not a comment', () => {
    const text = pod('    - name: a\n      image: "x # shipshape-ignore k8s/test-image"\n');
    assert.deepEqual(lines(lint(text, 'p.yaml', { rules: [imageRule] }), 'k8s/test-image'), [8]);
  });

  it('reports an unused suppression with a fix that removes the comment line', () => {
    const text = pod('    # shipshape-ignore k8s/test-image\n    - name: a\n');
    const f = lint(text, 'p.yaml', { rules: [imageRule] });
    assert.equal(f.length, 1);
    assert.equal(f[0].rule, 'shipshape/unused-suppression');
    assert.equal(f[0].severity, 'hint');
    assert.deepEqual(f[0].fix?.edits, [{ start: text.indexOf('    # shipshape'), end: text.indexOf('    - name'), text: '' }]);
  });

  it('removes a trailing unused suppression with the blanks before it, and offers no fix when none precede it (found by the fuzzer)', () => {
    const text = pod('    - name: a # shipshape-ignore k8s/test-image\n');
    const [f] = lint(text, 'p.yaml', { rules: [imageRule] });
    assert.deepEqual(f.fix?.edits, [{ start: text.indexOf(' # shipshape'), end: text.indexOf('image\n') + 5, text: '' }]);
    // The YAML parser reads `:\uFEFF#` as a comment too; what removing it leaves can read differently.
    const odd = lint(':\n:\uFEFF# shipshape-ignore k8s/test-image', 'p.yaml', { rules: [imageRule] });
    assert.deepEqual(odd.map((x) => [x.rule, x.fix]), [['shipshape/unused-suppression', null]]);
  });

  it('does not report suppressions of rules that are turned off', () => {
    const text = pod('    # shipshape-ignore k8s/test-image\n    - name: a\n      image: x\n');
    const f = lint(text, 'p.yaml', { rules: [imageRule], config: { ...defaults(), rules: { 'k8s/test-image': 'off' } } });
    assert.deepEqual(f, []);
  });
});

describe('# shipshape-ignore in Dockerfiles', () => {
  it('applies to the next instruction, however many lines it spans', () => {
    const text = 'FROM alpine:3.20\n# shipshape-ignore dockerfile/test-instruction\nRUN apk add \\\n    curl\nUSER app\n';
    const f = lint(text, 'Dockerfile', { rules: [instructionRule] });
    assert.deepEqual(f.map((x) => x.message), ['FROM', 'USER']);
  });

  it('a comment inside a continued instruction covers that instruction, not the next one', () => {
    const text = 'FROM alpine:3.20\nRUN apk add \\\n    # shipshape-ignore dockerfile/test-instruction\n    curl\nUSER app\n';
    const f = lint(text, 'Dockerfile', { rules: [instructionRule] });
    assert.deepEqual(f.map((x) => x.message), ['FROM', 'USER']);
  });

  it('a first-line comment that looks like a parser directive (`key=value`) still counts', () => {
    const text = '# shipshape-ignore-file dockerfile/test-instruction -- see ticket=42\nFROM alpine:3.20\nUSER app\n';
    assert.deepEqual(lint(text, 'Dockerfile', { rules: [instructionRule] }), []);
  });

  it('ignore-file without ids silences everything', () => {
    const text = '# shipshape-ignore-file\nFROM alpine:3.20\nUSER app\n';
    assert.deepEqual(lint(text, 'Dockerfile', { rules: [instructionRule] }), []);
  });
});

function defaults() {
  return { rules: {}, profile: 'restricted' as const, kubernetesVersion: '1.37', trustedRegistries: [], exclude: [], honorPeerSuppressions: true };
}
