import rule from '../../../rules/src/rules/k8s/ingress-without-tls.js';
import { runRuleTests } from '../../rule-tester.js';

const ingress = (extra: string, annotations = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: shop${annotations}\nspec:\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n${extra}`;

runRuleTests(rule, {
  valid: [
    { name: 'with tls', code: ingress('  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n') },
    { name: 'no rules (a default backend only)', code: 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: d}\nspec:\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n' },
    { name: 'TLS terminated by the AWS load balancer', code: ingress('', '\n  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123:certificate/abc') },
  ],
  invalid: [
    {
      name: 'no tls',
      code: ingress(''),
      errors: [{ message: 'Ingress/shop has rules but no spec.tls: its hosts are served over plain HTTP, so requests, cookies and credentials cross the network unencrypted.', line: 2, column: 7, endLine: 2, endColumn: 14, object: 'Ingress/shop', severity: 'warning' }],
      output: null,
    },
    {
      name: 'empty tls list, extensions/v1beta1',
      code: ingress('  tls: []\n').replace('networking.k8s.io/v1', 'extensions/v1beta1'),
      errors: [{ message: 'Ingress/shop has rules but no spec.tls', line: 2, column: 7, endLine: 2, endColumn: 14 }],
      output: null,
    },
  ],
});
