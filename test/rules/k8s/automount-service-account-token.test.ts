import rule from '../../../rules/src/rules/k8s/automount-service-account-token.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string, meta = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n${meta}spec:\n${spec}`;
const account = (name: string, extra = '') => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${name}\n${extra}automountServiceAccountToken: false\n---\n`;

runRuleTests(rule, {
  valid: [
    { name: 'the pod opts out', code: pod('  automountServiceAccountToken: false\n  containers: [{name: app}]\n') },
    { name: 'its ServiceAccount in the same file opts out', code: account('api') + pod('  serviceAccountName: api\n  containers: [{name: app}]\n') },
    { name: 'the default ServiceAccount opts out', code: account('default', '  namespace: shop\n') + pod('  containers: [{name: app}]\n', '  namespace: shop\n') },
  ],
  invalid: [
    {
      name: 'nothing set: anchored on kind, field added to the pod spec',
      code: pod('  containers:\n    - name: app\n'),
      errors: [{ message: 'Pod/web does not set automountServiceAccountToken: false', line: 2, column: 7, endLine: 2, endColumn: 10, object: 'Pod/web', severity: 'info' }],
      output: pod('  containers:\n    - name: app\n  automountServiceAccountToken: false\n'),
    },
    {
      name: 'the pod\'s own true overrides its ServiceAccount',
      code: account('api') + pod('  serviceAccountName: api\n  automountServiceAccountToken: true\n  containers: [{name: app}]\n'),
      errors: [{ message: 'sets automountServiceAccountToken: true', line: 13, column: 3, endLine: 13, endColumn: 37 }],
      output: account('api') + pod('  serviceAccountName: api\n  automountServiceAccountToken: false\n  containers: [{name: app}]\n'),
    },
    {
      name: 'a ServiceAccount with another name or namespace does not count',
      code: account('api', '  namespace: other\n') + 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  template:\n    spec:\n      serviceAccountName: api\n      containers: [{name: app}]\n',
      errors: [{ line: 9, column: 7, endLine: 9, endColumn: 17, object: 'Deployment/api' }],
      output: account('api', '  namespace: other\n') + 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: shop}\nspec:\n  template:\n    spec:\n      serviceAccountName: api\n      containers: [{name: app}]\n      automountServiceAccountToken: false\n',
    },
  ],
});
