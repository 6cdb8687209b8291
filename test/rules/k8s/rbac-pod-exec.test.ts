import rule from '../../../rules/src/rules/k8s/rbac-pod-exec.js';
import { runRuleTests } from '../../rule-tester.js';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: debug\nrules:\n${rules}`;

runRuleTests(rule, {
  valid: [
    { name: 'get on pods/log is not exec', code: role('  - apiGroups: [""]\n    resources: [pods, pods/log]\n    verbs: [get, create]\n') },
    { name: 'get on pods/exec is not the create the catalog names', code: role('  - apiGroups: [""]\n    resources: [pods/exec]\n    verbs: [get]\n') },
    { name: '"pods/*" does not match pods/exec in RBAC', code: role('  - apiGroups: [""]\n    resources: ["pods/*"]\n    verbs: [create]\n') },
    { name: 'a bare "*" resource is left to k8s/rbac-wildcard', code: role('  - apiGroups: [""]\n    resources: ["*"]\n    verbs: [create]\n') },
  ],
  invalid: [
    {
      name: 'exec and attach: one finding each',
      code: role('  - apiGroups: [""]\n    resources: [pods/exec, pods/attach]\n    verbs: [create]\n'),
      errors: [
        { message: 'Rule 1 of Role/debug grants create on pods/exec: whoever holds it can run any command in the pods in its namespace, and so use their secrets and service accounts.', line: 7, column: 17, endLine: 7, endColumn: 26, object: 'Role/debug', severity: 'warning' },
        { message: 'Rule 1 of Role/debug grants create on pods/attach: whoever holds it can attach to the running processes of the pods', line: 7, column: 28, endLine: 7, endColumn: 39 },
      ],
      output: null,
    },
    {
      name: '"*/exec" names the exec subresource of every resource, and a "*" verb includes create',
      code: role('  - apiGroups: ["*"]\n    resources: ["*/exec"]\n    verbs: ["*"]\n'),
      errors: [{ message: 'grants create (through "*") on */exec', line: 7, column: 17, endLine: 7, endColumn: 25 }],
      output: null,
    },
  ],
});
