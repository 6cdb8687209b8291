import rule from '../../../rules/src/rules/k8s/host-path-volume.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (volumes: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: [{name: app}]\n  volumes:\n${volumes}`;

runRuleTests(rule, {
  valid: [
    { name: 'emptyDir, configMap and persistentVolumeClaim volumes', code: pod('    - name: a\n      emptyDir: {}\n    - name: b\n      configMap: {name: cfg}\n    - name: c\n      persistentVolumeClaim: {claimName: data}\n') },
    { name: 'hostPath written as null is unset', code: pod('    - name: a\n      hostPath: null\n      emptyDir: {}\n') },
    { name: 'no volumes', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app}]\n' },
    { name: 'hostPath outside a pod spec is not a volume', code: 'apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv}\nspec:\n  hostPath: {path: /data}\n' },
  ],
  invalid: [
    {
      name: 'Pod: the message names the path',
      code: pod('    - name: sock\n      hostPath:\n        path: /var/run/docker.sock\n        type: Socket\n'),
      errors: [{ message: 'Volume "sock" of Pod/web mounts the node\'s "/var/run/docker.sock" through hostPath', line: 9, column: 7, endLine: 9, endColumn: 15, object: 'Pod/web', severity: 'error' }],
      output: null,
    },
    {
      name: 'Deployment and CronJob in one file, flow style, one without a path',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: logs}\nspec:\n  template:\n    spec:\n      containers: [{name: app}]\n      volumes: [{name: log, hostPath: {path: /var/log, type: Directory}}, {name: tmp, emptyDir: {}}]\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: clean}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job}]\n          volumes:\n          - hostPath: {}\n',
      errors: [
        { message: 'Volume "log" of Deployment/logs mounts the node\'s "/var/log"', line: 8, column: 29, endLine: 8, endColumn: 37, object: 'Deployment/logs' },
        { message: 'Volume of CronJob/clean mounts a path of the node', line: 20, column: 13, endLine: 20, endColumn: 21, object: 'CronJob/clean' },
      ],
      output: null,
    },
  ],
});
