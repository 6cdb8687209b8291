import rule from '../../../rules/src/rules/k8s/host-aliases.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'none', code: pod('  containers: [{name: app}]\n') },
    { name: 'an empty list', code: pod('  hostAliases: []\n  containers: [{name: app}]\n') },
  ],
  invalid: [
    {
      name: 'entries',
      code: pod('  hostAliases:\n    - ip: 10.1.2.3\n      hostnames: [api.bank.example]\n  containers: [{name: app}]\n'),
      errors: [{ message: 'Pod/web sets hostAliases', line: 6, column: 3, endLine: 6, endColumn: 14, object: 'Pod/web', severity: 'info' }],
      output: null,
    },
  ],
});
