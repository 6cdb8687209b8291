import rule from '../../../rules/src/rules/k8s/network-policy-allow-all.js';
import { runRuleTests } from '../../rule-tester.js';

const policy = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web\nspec:\n  podSelector: {matchLabels: {app: web}}\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'default deny (no rules)', code: policy('  policyTypes: [Ingress, Egress]\n') },
    { name: 'ingress from one app', code: policy('  ingress:\n    - from:\n        - podSelector: {matchLabels: {app: shop}}\n') },
    { name: 'every source but one port only', code: policy('  ingress:\n    - ports: [{port: 8080}]\n') },
    { name: 'egress rules ignored because policyTypes is Ingress only', code: policy('  policyTypes: [Ingress]\n  egress: [{}]\n') },
    { name: 'a Calico policy has another schema', code: 'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: c}\nspec:\n  ingress: [{}]\n' },
  ],
  invalid: [
    {
      name: 'ingress: [{}]',
      code: policy('  ingress: [{}]\n'),
      errors: [{ message: 'NetworkPolicy/web has an ingress rule with no peers and no ports: it allows all ingress traffic from every source on every port for the pods it selects, which undoes their isolation.', line: 7, column: 13, endLine: 7, endColumn: 15, object: 'NetworkPolicy/web', severity: 'warning' }],
      output: null,
    },
    {
      name: 'egress with an empty "to" and null ports (egress rules imply the Egress type)',
      code: policy('  egress:\n    - to: []\n      ports:\n    - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n'),
      errors: [{ message: 'has an egress rule with no peers and no ports: it allows all egress traffic to every destination', line: 8, column: 7, endLine: 9, endColumn: 13 }],
      output: null,
    },
  ],
});
