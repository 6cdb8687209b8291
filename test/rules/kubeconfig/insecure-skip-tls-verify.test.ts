import rule from '../../../rules/src/rules/kubeconfig/insecure-skip-tls-verify.js';
import { runRuleTests } from '../../rule-tester.js';

const kubeconfig = (clusters: string) => `apiVersion: v1\nkind: Config\nclusters:\n${clusters}users:\n- name: dev\n  user: {token-file: /run/token}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'a cluster with its CA', code: kubeconfig('- name: prod\n  cluster:\n    server: https://prod.example.com:6443\n    certificate-authority: ca.crt\n') },
    { name: 'explicitly false', code: kubeconfig('- name: prod\n  cluster: {server: "https://prod:6443", insecure-skip-tls-verify: false}\n') },
    { name: 'the same key in a Kubernetes object is not a kubeconfig', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  insecure-skip-tls-verify: "true"\n' },
  ],
  invalid: [
    {
      name: 'block style: the key is removed',
      code: kubeconfig('- name: dev\n  cluster:\n    server: https://127.0.0.1:6443\n    insecure-skip-tls-verify: true\n'),
      errors: [{ message: 'Cluster "dev" is reached with insecure-skip-tls-verify: true', line: 7, column: 5, endLine: 7, endColumn: 35, object: 'cluster/dev', severity: 'error' }],
      output: kubeconfig('- name: dev\n  cluster:\n    server: https://127.0.0.1:6443\n'),
    },
    {
      name: 'one of several clusters, flow style, with a comment above the key',
      code: kubeconfig('- name: prod\n  cluster: {server: "https://prod:6443"}\n- name: lab\n  cluster:\n    # self-signed lab cluster\n    insecure-skip-tls-verify: true\n    server: https://lab:6443\n- name: edge\n  cluster: {server: "https://edge:6443", insecure-skip-tls-verify: true}\n'),
      errors: [
        { line: 9, column: 5, endLine: 9, endColumn: 35, object: 'cluster/lab' },
        { line: 12, column: 42, endLine: 12, endColumn: 72, object: 'cluster/edge' },
      ],
      output: kubeconfig('- name: prod\n  cluster: {server: "https://prod:6443"}\n- name: lab\n  cluster:\n    server: https://lab:6443\n- name: edge\n  cluster: {server: "https://edge:6443"}\n'),
    },
    {
      name: 'a setting merged in from an anchor is reported but not removed',
      code: kubeconfig('- name: a\n  cluster: &base\n    insecure-skip-tls-verify: true\n    server: https://a:6443\n- name: b\n  cluster:\n    <<: *base\n    server: https://b:6443\n'),
      errors: [
        { line: 6, column: 5, endLine: 6, endColumn: 35, object: 'cluster/a' },
        { line: 6, column: 5, endLine: 6, endColumn: 35, object: 'cluster/b' },
      ],
      output: null,
    },
  ],
});
