import rule from '../../../rules/src/rules/k8s/default-service-account.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'a named account', code: pod('  serviceAccountName: web\n  containers: [{name: app}]\n') },
    { name: 'the deprecated serviceAccount field', code: pod('  serviceAccount: web\n  containers: [{name: app}]\n') },
  ],
  invalid: [
    {
      name: 'no account: anchored on kind',
      code: pod('  containers: [{name: app}]\n'),
      errors: [{ message: 'Pod/web runs as the namespace\'s default service account', line: 2, column: 7, endLine: 2, endColumn: 10, object: 'Pod/web', severity: 'info' }],
      output: null,
    },
    {
      name: 'default named explicitly',
      code: pod('  serviceAccountName: default\n  containers: [{name: app}]\n'),
      errors: [{ line: 6, column: 23, endLine: 6, endColumn: 30 }],
      output: null,
    },
  ],
});
