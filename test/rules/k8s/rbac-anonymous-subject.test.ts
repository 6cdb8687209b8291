import rule from '../../../rules/src/rules/k8s/rbac-anonymous-subject.js';
import { runRuleTests } from '../../rule-tester.js';

const binding = (role: string, subjects: string) =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: ${role}\nsubjects:\n${subjects}`;

runRuleTests(rule, {
  valid: [
    { name: 'a named user', code: binding('view', '  - kind: User\n    name: jane\n') },
    { name: 'the discovery roles Kubernetes binds to everyone by default', code: binding('system:public-info-viewer', '  - kind: Group\n    name: system:unauthenticated\n  - kind: Group\n    name: system:authenticated\n') },
    { name: 'a service account that happens to share the name', code: binding('view', '  - kind: ServiceAccount\n    name: system:anonymous\n    namespace: default\n') },
  ],
  invalid: [
    {
      name: 'anonymous and unauthenticated are errors, authenticated a warning',
      code: binding('view', '  - kind: User\n    name: system:anonymous\n  - kind: Group\n    name: system:unauthenticated\n  - {kind: Group, name: "system:authenticated"}\n'),
      errors: [
        { message: 'ClusterRoleBinding/b grants ClusterRole view to system:anonymous: anyone who can reach the API server gets its permissions without any credentials.', line: 11, column: 11, endLine: 11, endColumn: 27, object: 'ClusterRoleBinding/b', severity: 'error' },
        { message: 'grants ClusterRole view to system:unauthenticated', line: 13, column: 11, endLine: 13, endColumn: 33, severity: 'error' },
        { message: 'grants ClusterRole view to system:authenticated: every authenticated identity gets its permissions', line: 14, column: 25, endLine: 14, endColumn: 47, severity: 'warning' },
      ],
      output: null,
    },
  ],
});
