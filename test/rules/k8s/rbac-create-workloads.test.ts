import rule from '../../../rules/src/rules/k8s/rbac-create-workloads.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'read-only access to workloads', code: role('  - apiGroups: ["", apps]\n    resources: [pods, deployments]\n    verbs: [get, list, watch, delete]\n') },
    { name: 'deployments in the core group do not exist', code: role('  - apiGroups: [""]\n    resources: [deployments]\n    verbs: [create]\n') },
    { name: 'scale is not a pod-creating resource', code: role('  - apiGroups: [apps]\n    resources: [deployments/scale]\n    verbs: [update, patch]\n') },
    { name: 'a bare "*" resource is left to k8s/rbac-wildcard', code: role('  - apiGroups: [apps]\n    resources: ["*"]\n    verbs: [create]\n') },
  ],
  invalid: [
    {
      name: 'one finding per rule, on the first workload resource',
      code: role('  - apiGroups: [apps, batch]\n    resources: [configmaps, deployments, jobs]\n    verbs: [create, patch]\n'),
      errors: [{ message: 'Rule 1 of Role/deployer grants create and patch on deployments and jobs: whoever holds it can start pods in namespace shop with any image, service account and mounted Secret that admission allows.', line: 8, column: 29, endLine: 8, endColumn: 40, object: 'Role/deployer', severity: 'info' }],
      output: null,
    },
    {
      name: 'a "*" verb on pods',
      code: role('  - apiGroups: [""]\n    resources: [pods]\n    verbs: ["*"]\n'),
      errors: [{ message: 'grants create, update and patch (through "*") on pods', line: 8, column: 17, endLine: 8, endColumn: 21 }],
      output: null,
    },
  ],
});
