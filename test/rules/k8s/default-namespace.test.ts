import rule from '../../../rules/src/rules/k8s/default-namespace.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'an omitted namespace is chosen at apply time', code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec: {ports: [{port: 80}]}\n' },
    { name: 'another namespace', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: shop}\n' },
  ],
  invalid: [
    {
      name: 'any kind, including List items',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: default\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: "default"}}\n',
      errors: [
        { message: 'Service/web is placed in the default namespace', line: 5, column: 14, endLine: 5, endColumn: 21, object: 'Service/web', severity: 'info' },
        { line: 10, column: 70, endLine: 10, endColumn: 79, object: 'ConfigMap/c' },
      ],
      output: null,
    },
  ],
});
