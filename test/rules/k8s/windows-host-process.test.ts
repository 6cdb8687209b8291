import rule from '../../../rules/src/rules/k8s/windows-host-process.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  os:\n    name: windows\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'hostProcess false', code: pod('  securityContext:\n    windowsOptions: {hostProcess: false, runAsUserName: ContainerUser}\n  containers:\n    - name: app\n') },
    { name: 'no windowsOptions', code: pod('  containers:\n    - name: app\n') },
  ],
  invalid: [
    {
      name: 'pod level, removed',
      code: pod('  securityContext:\n    windowsOptions:\n      hostProcess: true\n      runAsUserName: "NT AUTHORITY\\\\SYSTEM"\n  hostNetwork: true\n  containers:\n    - name: app\n'),
      errors: [{ message: 'Pod/agent sets windowsOptions.hostProcess: true', line: 10, column: 7, endLine: 10, endColumn: 24, object: 'Pod/agent', severity: 'error' }],
      output: pod('  securityContext:\n    windowsOptions:\n      runAsUserName: "NT AUTHORITY\\\\SYSTEM"\n  hostNetwork: true\n  containers:\n    - name: app\n'),
    },
    {
      name: 'container level; a pod-level false does not help (each level is judged)',
      code: pod('  securityContext: {windowsOptions: {hostProcess: false}}\n  containers:\n    - name: app\n      securityContext: {windowsOptions: {hostProcess: true}}\n'),
      errors: [{ message: 'Container "app" sets windowsOptions.hostProcess: true', line: 11, column: 42, endLine: 11, endColumn: 59, object: 'Pod/agent container/app' }],
      output: pod('  securityContext: {windowsOptions: {hostProcess: false}}\n  containers:\n    - name: app\n      securityContext: {windowsOptions: {}}\n'),
    },
  ],
});
