import rule from '../../../rules/src/rules/k8s/encryption-weak-provider.js';
import { runRuleTests } from '../../rule-tester.js';

const enc = (body: string) => `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'aescbc for secrets', code: enc('- resources: [secrets]\n  providers:\n  - aescbc: {keys: [{name: k1, secret: c2VjcmV0}]}\n') },
    { name: 'aesgcm kept second, to read old data', code: enc('- resources: [secrets]\n  providers:\n  - secretbox: {keys: [{name: k2, secret: c2VjcmV0}]}\n  - aesgcm: {keys: [{name: k1, secret: c2VjcmV0}]}\n') },
  ],
  invalid: [
    {
      name: 'aesgcm first',
      code: enc('- resources: [secrets]\n  providers:\n  - aesgcm:\n      keys: [{name: k1, secret: c2VjcmV0}]\n'),
      errors: [{ message: 'with aesgcm and a static key', line: 6, column: 5, endLine: 6, endColumn: 11, object: 'EncryptionConfiguration', severity: 'info' }],
      output: null,
    },
    {
      name: 'secrets not listed',
      code: enc('- resources: [configmaps]\n  providers:\n  - aescbc: {keys: [{name: k1, secret: c2VjcmV0}]}\n'),
      errors: [{ message: 'does not list secrets', line: 2, column: 7, endLine: 2, endColumn: 30 }],
      output: null,
    },
  ],
});
