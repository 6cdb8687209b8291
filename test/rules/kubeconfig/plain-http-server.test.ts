import rule from '../../../rules/src/rules/kubeconfig/plain-http-server.js';
import { runRuleTests } from '../../rule-tester.js';

const kubeconfig = (clusters: string) => `apiVersion: v1\nkind: Config\nclusters:\n${clusters}users:\n- name: dev\n  user: {token-file: /run/token}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'https', code: kubeconfig('- name: prod\n  cluster:\n    server: https://prod.example.com:6443\n') },
    { name: 'a ConfigMap with an http URL is not a kubeconfig', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  server: http://example.com\n' },
  ],
  invalid: [
    {
      name: 'http',
      code: kubeconfig('- name: local\n  cluster:\n    server: http://127.0.0.1:8080\n'),
      errors: [{ message: 'Cluster "local" is reached over plain HTTP (http://127.0.0.1:8080)', line: 6, column: 13, endLine: 6, endColumn: 34, object: 'cluster/local', severity: 'error' }],
      output: null,
    },
    {
      name: 'upper-case scheme, flow style',
      code: kubeconfig('- name: lab\n  cluster: {server: "HTTP://lab:8080"}\n'),
      errors: [{ line: 5, column: 21, endLine: 5, endColumn: 38, object: 'cluster/lab' }],
      output: null,
    },
  ],
});
