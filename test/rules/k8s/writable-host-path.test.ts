import rule from '../../../rules/src/rules/k8s/writable-host-path.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: logs\nspec:\n${spec}`;
const volumes = '  volumes:\n    - name: varlog\n      hostPath: {path: /var/log}\n';

runRuleTests(rule, {
  valid: [
    { name: 'mounted read-only', code: pod(`  containers:\n    - name: app\n      volumeMounts:\n        - {name: varlog, mountPath: /logs, readOnly: true}\n${volumes}`) },
    { name: 'writable mounts of other volume types', code: pod('  containers:\n    - name: app\n      volumeMounts: [{name: data, mountPath: /data}]\n  volumes: [{name: data, emptyDir: {}}]\n') },
    { name: 'a hostPath volume nobody mounts', code: pod(`  containers: [{name: app}]\n${volumes}`) },
  ],
  invalid: [
    {
      name: 'readOnly added to the mount',
      code: pod(`  containers:\n    - name: app\n      volumeMounts:\n        - name: varlog\n          mountPath: /logs\n${volumes}`),
      errors: [{ message: 'Container "app" mounts hostPath volume "varlog" ("/var/log") writable', line: 9, column: 17, endLine: 9, endColumn: 23, object: 'Pod/logs container/app', severity: 'warning' }],
      output: pod(`  containers:\n    - name: app\n      volumeMounts:\n        - name: varlog\n          mountPath: /logs\n          readOnly: true\n${volumes}`),
    },
    {
      name: 'readOnly: false set to true; every container mounting it is reported',
      code: pod(`  initContainers:\n    - name: init\n      volumeMounts: [{name: varlog, mountPath: /l, readOnly: false}]\n  containers:\n    - name: app\n      volumeMounts: [{name: varlog, mountPath: /l}]\n${volumes}`),
      errors: [
        { line: 8, column: 52, endLine: 8, endColumn: 67, object: 'Pod/logs container/init' },
        { line: 11, column: 29, endLine: 11, endColumn: 35, object: 'Pod/logs container/app' },
      ],
      output: pod(`  initContainers:\n    - name: init\n      volumeMounts: [{name: varlog, mountPath: /l, readOnly: true}]\n  containers:\n    - name: app\n      volumeMounts: [{name: varlog, mountPath: /l, readOnly: true}]\n${volumes}`),
    },
    {
      name: 'a runtime socket gets no fix: readOnly does not stop a client from using a socket',
      code: pod('  containers:\n    - name: app\n      volumeMounts: [{name: sock, mountPath: /var/run/docker.sock}]\n  volumes: [{name: sock, hostPath: {path: /var/run/docker.sock}}]\n'),
      errors: [{ line: 8, column: 29, endLine: 8, endColumn: 33 }],
      output: null,
    },
  ],
});
