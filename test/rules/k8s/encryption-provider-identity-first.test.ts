import rule from '../../../rules/src/rules/k8s/encryption-provider-identity-first.js';
import { runRuleTests } from '../../rule-tester.js';

const enc = (body: string) => `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n${body}`;

runRuleTests(rule, {
  valid: [
    { name: 'aescbc first, identity to read old data', code: enc('- resources: [secrets]\n  providers:\n  - aescbc:\n      keys: [{name: k1, secret: c2VjcmV0IGlzIHNlY3VyZSwgb3IgaXMgaXQ/Cg==}]\n  - identity: {}\n') },
    { name: 'identity first for configmaps only', code: enc('- resources: [configmaps]\n  providers:\n  - identity: {}\n- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: vault, endpoint: "unix:///kms.sock"}\n') },
  ],
  invalid: [
    {
      name: 'identity first for secrets',
      code: enc('- resources:\n  - secrets\n  providers:\n  - identity: {}\n  - aescbc:\n      keys: [{name: k1, secret: c2VjcmV0}]\n'),
      errors: [{ message: 'lists identity first for secrets', line: 7, column: 5, endLine: 7, endColumn: 13, object: 'EncryptionConfiguration', severity: 'error' }],
      output: null,
    },
    {
      name: 'a wildcard entry decides for secrets when it comes first',
      code: enc('- resources: ["*.*"]\n  providers: [{identity: {}}]\n- resources: [secrets]\n  providers: [{secretbox: {keys: [{name: k, secret: c2VjcmV0}]}}]\n'),
      errors: [{ message: 'for *.*', line: 5, column: 16, endLine: 5, endColumn: 24 }],
      output: null,
    },
  ],
});
