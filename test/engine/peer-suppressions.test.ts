// Peer tools' suppression pragmas and annotations, honoured through each rule's aliases, with real
// rules: dockerfile/root-user (DL3002, DS-0002, CKV_DOCKER_8) and k8s/privileged-container
// (KSV-0017, CKV_K8S_16, privileged-container, C-0057).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig, RULES, type Config, type Rule } from '../../rules/src/index.js';
import rootUser from '../../rules/src/rules/dockerfile/root-user.js';
import privileged from '../../rules/src/rules/k8s/privileged-container.js';

interface Case {
  name: string;
  code: string;
  /** 1-based lines of the rule's findings that remain. */
  left: number[];
  config?: Partial<Config>;
  now?: Date;
}

function table(rule: Rule, fileName: string, cases: Case[]) {
  for (const c of cases) {
    it(c.name, () => {
      const findings = lint(c.code, fileName, { rules: [rule], config: mergeConfig(c.config), now: c.now ?? new Date('2025-06-01T00:00:00Z') });
      assert.deepEqual(findings.filter((f) => f.rule === rule.id).map((f) => f.range.start.line + 1), c.left);
      // Peers' pragmas are never reported as unused: their own tools own them.
      assert.deepEqual(findings.filter((f) => f.rule === 'shipshape/unused-suppression').map((f) => f.message), []);
    });
  }
}

const docker = (...lines: string[]) => ['FROM alpine:3.20', ...lines].join('\n') + '\n';
const PEERS_OFF = { honorPeerSuppressions: false };

describe('peer pragmas in Dockerfiles (dockerfile/root-user)', () => {
  table(rootUser, 'Dockerfile', [
    { name: 'no pragma: the finding stands', code: docker('USER root'), left: [2] },
    { name: 'hadolint ignore= the next instruction', code: docker('# hadolint ignore=DL3002', 'USER root'), left: [] },
    { name: 'hadolint ignore= a list with spaces', code: docker('# hadolint ignore=DL3006, DL3002', 'USER root'), left: [] },
    { name: 'hadolint ignore= another id', code: docker('# hadolint ignore=DL3006', 'USER root'), left: [3] },
    { name: 'hadolint ignore= reaches only the next instruction', code: docker('# hadolint ignore=DL3002', 'RUN true', 'USER root'), left: [4] },
    { name: 'hadolint global ignore= the whole file', code: ['# hadolint global ignore=DL3002', 'FROM alpine:3.20', 'RUN true', 'USER root', ''].join('\n'), left: [] },
    { name: 'trivy:ignore:DS-0002', code: docker('# trivy:ignore:DS-0002', 'USER root'), left: [] },
    { name: 'trivy:ignore:AVD-DS-0002', code: docker('#trivy:ignore:AVD-DS-0002', 'USER root'), left: [] },
    { name: 'trivy:ignore with the legacy DS002 spelling', code: docker('# trivy:ignore:DS002', 'USER root'), left: [] },
    { name: 'trivy:ignore another id', code: docker('# trivy:ignore:DS-0001', 'USER root'), left: [3] },
    { name: 'trivy:ignore reaches only the next instruction', code: docker('# trivy:ignore:DS-0002', 'RUN true', 'USER root'), left: [4] },
    { name: 'trivy:ignore with a future expiry date', code: docker('# trivy:ignore:DS-0002:exp:2025-12-31', 'USER root'), left: [] },
    { name: 'trivy:ignore past its expiry date', code: docker('# trivy:ignore:DS-0002:exp:2025-01-31', 'USER root'), left: [3] },
    { name: 'checkov:skip anywhere applies to the whole file', code: docker('#checkov:skip=CKV_DOCKER_8: base image needs root', 'RUN true', 'USER root'), left: [] },
    { name: 'checkov:skip after the instruction still applies', code: docker('USER root', '# checkov:skip=CKV_DOCKER_2,CKV_DOCKER_8'), left: [] },
    { name: 'checkov:skip another id', code: docker('#checkov:skip=CKV_DOCKER_3: reason', 'USER root'), left: [3] },
    { name: 'kics-scan ignore-line: the next line', code: docker('# kics-scan ignore-line', 'USER root'), left: [] },
    { name: 'kics-scan ignore-line reaches one line only', code: docker('# kics-scan ignore-line', 'RUN true', 'USER root'), left: [4] },
    { name: 'kics-scan ignore: the whole file', code: ['# kics-scan ignore', 'FROM alpine:3.20', 'USER root', ''].join('\n'), left: [] },
    { name: 'a pragma inside a continued instruction covers that instruction', code: docker('USER \\', '# hadolint ignore=DL3002', '  root'), left: [] },
    { name: 'honorPeerSuppressions: false ignores hadolint', code: docker('# hadolint ignore=DL3002', 'USER root'), left: [3], config: PEERS_OFF },
    { name: 'honorPeerSuppressions: false ignores trivy, checkov and kics', code: docker('# trivy:ignore:DS-0002', '#checkov:skip=CKV_DOCKER_8', '# kics-scan ignore-line', 'USER root'), left: [5], config: PEERS_OFF },
    { name: 'honorPeerSuppressions: false keeps shipshape-ignore', code: docker('# shipshape-ignore dockerfile/root-user', 'USER root'), left: [], config: PEERS_OFF },
    { name: 'a YAML-only form (kics ignore-block) is still a next-instruction pragma', code: docker('# kics-scan ignore-block', 'USER root'), left: [] },
  ]);
});

const pod = (securityContext: string, annotations = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${annotations}spec:\n  containers:\n    - name: a\n      image: nginx:1.27\n      securityContext:\n${securityContext}`;
// Line 10 holds `privileged: true`; a pragma line above it, or annotations, shift it down.
const PRIV = '        privileged: true\n';
const annotated = (...lines: string[]) => pod(PRIV, `  annotations:\n${lines.map((l) => `    ${l}\n`).join('')}`);

describe('peer pragmas in Kubernetes YAML comments (k8s/privileged-container)', () => {
  table(privileged, 'pod.yaml', [
    { name: 'no pragma: the finding stands', code: pod(PRIV), left: [10] },
    { name: 'trivy:ignore:KSV-0017 on the line above', code: pod(`        # trivy:ignore:KSV-0017\n${PRIV}`), left: [] },
    { name: 'trivy:ignore:AVD-KSV-0017 and the legacy KSV017', code: pod(`        # trivy:ignore:AVD-KSV-0017\n${PRIV}`) + '---\n' + pod(`        # trivy:ignore:KSV017\n${PRIV}`), left: [] },
    { name: 'trivy:ignore on the same line', code: pod('        privileged: true # trivy:ignore:KSV-0017\n'), left: [] },
    { name: 'trivy:ignore above a parent node covers everything under it', code: pod(PRIV).replace('      securityContext:\n', '      # trivy:ignore:KSV-0017\n      securityContext:\n'), left: [] },
    { name: 'trivy:ignore above a sibling does not', code: pod(PRIV).replace('      image:', '      # trivy:ignore:KSV-0017\n      image:'), left: [11] },
    { name: 'trivy:ignore another id', code: pod(`        # trivy:ignore:KSV-0001\n${PRIV}`), left: [11] },
    { name: 'checkov:skip anywhere in the resource covers it', code: pod(PRIV).replace('metadata:\n', 'metadata:\n  #checkov:skip=CKV_K8S_16: vetted\n'), left: [] },
    { name: 'checkov:skip above apiVersion covers the resource below', code: `#checkov:skip=CKV_K8S_16: vetted\n${pod(PRIV)}`, left: [] },
    { name: 'checkov:skip covers only its own document', code: `${pod(PRIV).replace('metadata:\n', 'metadata:\n  #checkov:skip=CKV_K8S_16\n')}---\n${pod(PRIV)}`, left: [22] },
    { name: 'checkov:skip another id', code: `#checkov:skip=CKV_K8S_20: reason\n${pod(PRIV)}`, left: [11] },
    { name: 'kics-scan ignore-line: the next line', code: pod(`        # kics-scan ignore-line\n${PRIV}`), left: [] },
    { name: 'kics-scan ignore-line above a parent covers its line only', code: pod(PRIV).replace('      securityContext:\n', '      # kics-scan ignore-line\n      securityContext:\n'), left: [11] },
    { name: 'kics-scan ignore-block: the next node and everything under it', code: pod(PRIV).replace('      securityContext:\n', '      # kics-scan ignore-block\n      securityContext:\n'), left: [] },
    { name: 'kics-scan ignore: the whole file', code: `# kics-scan ignore\n${pod(PRIV)}---\n${pod(PRIV)}`, left: [] },
    { name: 'a pragma-looking text inside a quoted value is not a comment', code: pod(PRIV).replace('image: nginx:1.27', 'image: "x # kics-scan ignore"'), left: [10] },
    { name: 'honorPeerSuppressions: false', code: `#checkov:skip=CKV_K8S_16\n${pod(`        # trivy:ignore:KSV-0017\n${PRIV}`)}`, left: [12], config: PEERS_OFF },
  ]);
});

describe('Kubernetes annotations (k8s/privileged-container)', () => {
  table(privileged, 'pod.yaml', [
    { name: 'shipshape.dev/ignore', code: annotated('shipshape.dev/ignore: "k8s/host-namespaces, k8s/privileged-container"'), left: [] },
    { name: 'shipshape.dev/ignore of another rule', code: annotated('shipshape.dev/ignore: k8s/host-namespaces'), left: [12] },
    { name: 'shipshape.dev/ignore is honoured with peers off', code: annotated('shipshape.dev/ignore: k8s/privileged-container'), left: [], config: PEERS_OFF },
    { name: 'ignore-check.kube-linter.io/<check>', code: annotated('ignore-check.kube-linter.io/privileged-container: "needs the GPU driver"'), left: [] },
    { name: 'ignore-check.kube-linter.io of another check', code: annotated('ignore-check.kube-linter.io/run-as-non-root: "x"'), left: [12] },
    { name: 'checkov.io/skipN: id=reason', code: annotated('checkov.io/skip1: CKV_K8S_20=no escalation needed', 'checkov.io/skip2: CKV_K8S_16=needs the GPU driver'), left: [] },
    { name: 'checkov.io/skip1 of another id', code: annotated('checkov.io/skip1: CKV_K8S_20=reason'), left: [12] },
    { name: 'peer annotations are ignored with peers off', code: annotated('ignore-check.kube-linter.io/privileged-container: x', 'checkov.io/skip1: CKV_K8S_16'), left: [13], config: PEERS_OFF },
    {
      name: 'on List items: an item\'s annotation covers that item only',
      code: [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - apiVersion: v1',
        '    kind: Pod',
        '    metadata:',
        '      name: a',
        '      annotations:',
        '        checkov.io/skip1: CKV_K8S_16=vetted',
        '    spec:',
        '      containers:',
        '        - name: a',
        '          securityContext: {privileged: true}',
        '  - apiVersion: v1',
        '    kind: Pod',
        '    metadata: {name: b}',
        '    spec:',
        '      containers:',
        '        - name: b',
        '          securityContext: {privileged: true}',
        '',
      ].join('\n'),
      left: [20],
    },
    { name: 'an annotation covers only its own document', code: `${annotated('shipshape.dev/ignore: k8s/privileged-container')}---\n${pod(PRIV)}`, left: [23] },
  ]);
});

// No catalog rule names a Polaris or kube-score check that privileged-container covers; these
// stand-ins run the real privileged-container check under those tools' check names.
const polarisRule: Rule = { ...privileged, id: 'k8s/test-polaris', aliases: ['runAsPrivileged'] };
const kubeScoreRule: Rule = { ...privileged, id: 'k8s/test-kube-score', aliases: ['container-security-context-privileged'] };

describe('Polaris and kube-score annotations', () => {
  table(polarisRule, 'pod.yaml', [
    { name: 'polaris.fairwinds.com/<check>-exempt: "true"', code: annotated('polaris.fairwinds.com/runAsPrivileged-exempt: "true"'), left: [] },
    { name: 'polaris exemption with another value', code: annotated('polaris.fairwinds.com/runAsPrivileged-exempt: "false"'), left: [12] },
    { name: 'polaris exemption of another check', code: annotated('polaris.fairwinds.com/hostNetworkSet-exempt: "true"'), left: [12] },
  ]);
  table(kubeScoreRule, 'pod.yaml', [
    { name: 'kube-score/ignore: a list of checks', code: annotated('kube-score/ignore: "pod-probes,container-security-context-privileged"'), left: [] },
    { name: 'kube-score/ignore of other checks', code: annotated('kube-score/ignore: pod-probes'), left: [12] },
    { name: 'kube-score/ignore with peers off', code: annotated('kube-score/ignore: container-security-context-privileged'), left: [12], config: PEERS_OFF },
  ]);
});

describe('alias families', () => {
  it('an alias ending in * (CKV_SECRET_*) matches every check of that family', () => {
    const code = 'FROM alpine:3.20\n#checkov:skip=CKV_SECRET_2: test fixture\nENV AWS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nUSER app\n';
    const secretLiteral = RULES.find((r) => r.id === 'dockerfile/secret-literal')!;
    assert.ok(secretLiteral.aliases.some((a) => a.endsWith('*')), 'dockerfile/secret-literal lists a family alias');
    const left = (config: Partial<Config>) => lint(code, 'Dockerfile', { rules: [secretLiteral], config: mergeConfig(config) }).filter((f) => f.rule === secretLiteral.id);
    assert.equal(left({}).length, 0);
    assert.equal(left(PEERS_OFF).length, 1);
  });
});
