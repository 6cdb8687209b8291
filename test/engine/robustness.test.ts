// Malformed input of every kind yields findings or nothing: never an exception, never a rule crash.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig, RULES } from '../../rules/src/index.js';
import { throwingRule, imageRule } from './helpers.js';

const garbage = Array.from({ length: 600 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
const nested = (depth: number) => 'a:\n' + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n';
const aliasBomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nkind: Pod\napiVersion: v1\nspec: *f\n';

const commonInputs: Record<string, string> = {
  empty: '',
  whitespace: '   \n\t\n',
  garbage,
  nul: 'FROM\u0000alpine\n\u0000\u0000',
  bom: '\uFEFFkind: Pod\napiVersion: v1\n',
  crlf: 'apiVersion: v1\r\nkind: Pod\r\nspec:\r\n  containers:\r\n  - name: a\r\n',
  'lone CR': 'apiVersion: v1\rkind: Pod\r',
  'unclosed quote': 'apiVersion: "v1\nkind: Pod\nspec: [\n',
  tabs: 'apiVersion: v1\nkind: Pod\nspec:\n\tcontainers:\n\t- name: a\n',
  'long line': 'x'.repeat(200_000),
};

const yamlInputs: Record<string, string> = {
  ...commonInputs,
  'comment only': '# nothing here\n---\n# still nothing\n',
  'deep nesting': nested(1000),
  'alias bomb': aliasBomb,
  'wrong shapes': 'apiVersion: v1\nkind: Pod\nspec:\n  containers: 5\n  volumes: {a: 1}\n  securityContext: [1, 2]\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template: x\n---\nkind: List\napiVersion: v1\nitems: 7\n',
  'null containers': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - ~\n  - name:\n    securityContext: ~\n  initContainers: [~, 1, "x"]\n',
  'cyclic-looking merge': 'base: &b\n  <<: *b\nservices:\n  web:\n    <<: *b\n    image: x\n',
  'compose wrong shapes': 'services:\n  web:\n    image: [1]\n    privileged: {}\n    deploy: 3\n  db: ~\n  x: 1\n',
  'kubeconfig wrong shapes': 'apiVersion: v1\nkind: Config\nclusters: [1, {cluster: 3}, {name: x, cluster: {insecure-skip-tls-verify: [true]}}]\nusers: 5\n',
  'duplicate keys': 'apiVersion: v1\nkind: Pod\nkind: Pod\n',
  'control plane odd': 'apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver}\nspec:\n  containers:\n  - command: [kube-apiserver, --anonymous-auth, --x=]\n    args: 3\n---\napiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs: [{name: 1}, 2, {value: x}]\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: [1]\n',
};

const dockerfileInputs: Record<string, string> = {
  ...commonInputs,
  'no FROM': 'RUN echo hi\nUSER\n',
  'bad FROM': 'FROM\nFROM --platform= \nFROM ${\nFROM a:b:c:d@sha\n',
  'unterminated heredoc': 'FROM alpine:3.20\nRUN <<EOF\necho hi\n',
  'dangling continuation': 'FROM alpine:3.20\nRUN echo \\',
  'escape directive': '# escape=`\nFROM alpine:3.20\nRUN echo `\n  hi\nADD `\n',
  'json forms': 'FROM alpine:3.20\nCMD ["a",\nENTRYPOINT [1, 2]\nUSER ["root"]\n',
  'weird ARG': 'ARG\nARG =x\nARG ${A}=1\nFROM ${A:-}\nENV\nENV =\nENV A\n',
};

const jsonInputs: Record<string, string> = {
  ...commonInputs,
  'comments and trailing commas': '{\n  // c\n  "icc": true, /* x */\n}\n',
  array: '[1, 2]',
  scalar: '42',
  'wrong types': '{"icc": "yes", "insecure-registries": "x", "hosts": [1], "disable-legacy-registry": {}}',
  'deep nesting': '['.repeat(5000) + ']'.repeat(5000),
  truncated: '{"icc": ',
};

const everything = mergeConfig({ only: RULES.map((r) => r.id) });

function assertClean(text: string, fileName: string) {
  const findings = lint(text, fileName, { config: everything });
  const crashes = findings.filter((f) => f.rule === 'shipshape/internal-error');
  assert.deepEqual(crashes.map((f) => f.message), []);
  for (const f of findings) {
    assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `bad span for ${f.rule}`);
  }
}

for (const [kind, fileName, inputs] of [
  ['Dockerfile', 'Dockerfile', dockerfileInputs],
  ['Kubernetes YAML', 'manifest.yaml', yamlInputs],
  ['Compose', 'compose.yaml', yamlInputs],
  ['daemon.json', 'daemon.json', jsonInputs],
  ['kubeconfig', 'kubeconfig.yaml', yamlInputs],
] as const) {
  describe(`malformed ${kind}`, () => {
    for (const [name, text] of Object.entries(inputs)) it(name, () => assertClean(text, fileName));
  });
}

describe('isolation', () => {
  it('a throwing rule becomes one internal-error finding and the other rules still run', () => {
    const text = 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: nginx\n';
    const findings = lint(text, 'p.yaml', { rules: [throwingRule, imageRule] });
    assert.deepEqual(findings.map((f) => [f.rule, f.message]), [
      ['shipshape/internal-error', 'Rule k8s/test-throws failed on this file and was skipped: boom'],
      ['k8s/test-image', 'image here'],
    ]);
  });

  it('reports a YAML syntax error once, as shipshape/parse-error, in files it recognises', () => {
    const findings = lint('apiVersion: v1\nkind: Pod\nspec: [1\nb: 2\n', 'x.yaml');
    assert.deepEqual(findings.map((f) => f.rule), ['shipshape/parse-error']);
    assert.deepEqual(lint('services: [1\n', 'compose.yaml').map((f) => f.rule), ['shipshape/parse-error']);
  });

  it('leaves syntax errors in YAML it does not recognise to other tools', () => {
    assert.deepEqual(lint('on: [push\njobs: {}\n', '.github/workflows/ci.yml'), []);
  });

  it('ignores files it does not lint', () => {
    assert.deepEqual(lint('FROM root', 'notes.txt'), []);
  });
});
