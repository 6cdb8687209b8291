import rule from '../../../rules/src/rules/k8s/dangerous-capabilities.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (caps: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      securityContext:\n        capabilities:\n${caps}`;

runRuleTests(rule, {
  valid: [
    { name: 'every baseline capability', code: pod('          add: [AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT]\n') },
    { name: 'drop only', code: pod('          drop: [ALL]\n') },
    { name: 'empty and null add', code: pod('          add: []\n') },
    { name: 'dropping a dangerous capability is fine', code: pod('          drop: [SYS_ADMIN, NET_RAW]\n') },
    { name: 'a pod-level capabilities key is ignored by Kubernetes', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {capabilities: {add: [SYS_ADMIN]}}\n  containers: [{name: a}]\n' },
  ],
  invalid: [
    {
      // Both removals touch the same line break, so one pass applies the first (as ESLint does).
      name: 'one finding per forbidden entry; the entry is removed',
      code: pod('          add:\n            - NET_BIND_SERVICE\n            - SYS_ADMIN\n            - NET_RAW\n'),
      errors: [
        { message: 'adds the capability "SYS_ADMIN"', line: 12, column: 15, endLine: 12, endColumn: 24, object: 'Pod/web container/app', severity: 'error' },
        { message: '"NET_RAW"', line: 13, column: 15, endLine: 13, endColumn: 22 },
      ],
      output: pod('          add:\n            - NET_BIND_SERVICE\n            - NET_RAW\n'),
    },
    {
      name: 'names are compared exactly: lower case and a CAP_ prefix are not in the set',
      code: pod('          add: [chown, CAP_CHOWN]\n'),
      errors: [
        { message: '"chown"', line: 10, column: 17, endLine: 10, endColumn: 22 },
        { message: '"CAP_CHOWN"', line: 10, column: 24, endLine: 10, endColumn: 33 },
      ],
      output: pod('          add: [CAP_CHOWN]\n'),
    },
    {
      name: 'init and ephemeral containers count',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i, securityContext: {capabilities: {add: [SYS_PTRACE]}}}]\n  containers: [{name: c}]\n  ephemeralContainers: [{name: e, securityContext: {capabilities: {add: [ALL]}}}]\n',
      errors: [
        { line: 5, column: 69, endLine: 5, endColumn: 79, object: 'Pod/p container/i' },
        { line: 7, column: 74, endLine: 7, endColumn: 77, object: 'Pod/p container/e' },
      ],
      output: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers: [{name: i, securityContext: {capabilities: {add: []}}}]\n  containers: [{name: c}]\n  ephemeralContainers: [{name: e, securityContext: {capabilities: {add: []}}}]\n',
    },
    {
      name: 'a list shared through an anchor is reported for each user, without a fix',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    securityContext: {capabilities: {add: &caps [NET_ADMIN]}}\n  - name: b\n    securityContext: {capabilities: {add: *caps}}\n',
      errors: [
        { line: 7, column: 50, endLine: 7, endColumn: 59, object: 'Pod/p container/a' },
        { line: 7, column: 50, endLine: 7, endColumn: 59, object: 'Pod/p container/b' },
      ],
      output: null,
    },
  ],
});
