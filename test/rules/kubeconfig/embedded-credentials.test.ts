import rule from '../../../rules/src/rules/kubeconfig/embedded-credentials.js';
import { runRuleTests } from '../../rule-tester.js';

const kubeconfig = (users: string) => `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster: {server: "https://prod:6443"}\nusers:\n${users}`;

runRuleTests(rule, {
  valid: [
    { name: 'an exec plugin', code: kubeconfig('- name: dev\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: login}\n') },
    { name: 'files instead of data', code: kubeconfig('- name: dev\n  user:\n    token-file: /run/token\n    client-certificate: dev.crt\n    client-key: dev.key\n') },
    { name: 'an empty token', code: kubeconfig('- name: dev\n  user: {token: ""}\n') },
  ],
  invalid: [
    {
      name: 'a token',
      code: kubeconfig('- name: ci\n  user:\n    token: eyJhbGciOiJSUzI1NiJ9.e30.c2ln\n'),
      errors: [{ message: 'User "ci" carries a bearer token in the file (token)', line: 9, column: 5, endLine: 9, endColumn: 41, object: 'user/ci', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a password and a private key',
      code: kubeconfig('- name: admin\n  user:\n    username: admin\n    password: hunter2\n- name: cert\n  user:\n    client-certificate-data: LS0tLS1CRUdJTg==\n    client-key-data: LS0tLS1CRUdJTg==\n'),
      errors: [
        { message: 'a password', line: 10, column: 5, endLine: 10, endColumn: 22, object: 'user/admin' },
        { message: 'a client private key', line: 14, column: 5, endLine: 14, endColumn: 38, object: 'user/cert' },
      ],
      output: null,
    },
  ],
});
