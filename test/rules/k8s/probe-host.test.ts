import rule from '../../../rules/src/rules/k8s/probe-host.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (container: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n${container}`;
const liveness = '      livenessProbe:\n        httpGet:\n          host: 169.254.169.254\n          path: /latest/meta-data/\n          port: 80\n';

runRuleTests(rule, {
  valid: [
    { name: 'probes without a host', code: pod('      livenessProbe:\n        httpGet: {path: /healthz, port: 8080}\n      readinessProbe:\n        tcpSocket: {port: 8080, host: ""}\n') },
    { name: 'before 1.34 the check does not exist', code: pod(liveness), config: { kubernetesVersion: '1.33' } },
    { name: 'an exec probe', code: pod('      startupProbe:\n        exec: {command: [cat, /tmp/ready]}\n') },
  ],
  invalid: [
    {
      name: 'from 1.34: an httpGet host is reported and removed',
      code: pod(liveness),
      config: { kubernetesVersion: '1.34' },
      errors: [{ message: 'Container "app" points livenessProbe.httpGet at host "169.254.169.254"', line: 10, column: 11, endLine: 10, endColumn: 32, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('      livenessProbe:\n        httpGet:\n          path: /latest/meta-data/\n          port: 80\n'),
    },
    {
      name: 'tcpSocket probes and lifecycle handlers, in init containers too',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n    - name: i\n      startupProbe: {tcpSocket: {host: db.internal, port: 5432}}\n  containers:\n    - name: c\n      lifecycle:\n        preStop: {httpGet: {host: 10.0.0.1, port: 80}}\n        postStart: {tcpSocket: {host: localhost, port: 22}}\n',
      errors: [
        { message: 'startupProbe.tcpSocket at host "db.internal"', line: 7, column: 34, endLine: 7, endColumn: 51, object: 'Pod/p container/i' },
        { message: 'lifecycle.preStop.httpGet at host "10.0.0.1"', line: 11, column: 29, endLine: 11, endColumn: 43, object: 'Pod/p container/c' },
        { message: 'lifecycle.postStart.tcpSocket', line: 12, column: 33, endLine: 12, endColumn: 48, object: 'Pod/p container/c' },
      ],
      output: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n    - name: i\n      startupProbe: {tcpSocket: {port: 5432}}\n  containers:\n    - name: c\n      lifecycle:\n        preStop: {httpGet: {port: 80}}\n        postStart: {tcpSocket: {port: 22}}\n',
    },
  ],
});
