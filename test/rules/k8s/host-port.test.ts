import rule from '../../../rules/src/rules/k8s/host-port.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (ports: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      ports:\n${ports}`;

runRuleTests(rule, {
  valid: [
    { name: 'containerPort only', code: pod('        - containerPort: 8080\n') },
    { name: 'hostPort 0 means none', code: pod('        - containerPort: 8080\n          hostPort: 0\n') },
    { name: 'null hostPort', code: pod('        - {containerPort: 8080, hostPort: ~}\n') },
  ],
  invalid: [
    {
      name: 'a host port is reported and removed',
      code: pod('        - containerPort: 8080\n          hostPort: 80\n          protocol: TCP\n'),
      errors: [{ message: 'binds port 80 of the node', line: 10, column: 11, endLine: 10, endColumn: 23, object: 'Pod/web container/app', severity: 'error' }],
      output: pod('        - containerPort: 8080\n          protocol: TCP\n'),
    },
    {
      name: 'hostPort written first in the item: the next key moves up onto the dash line',
      code: pod('        - hostPort: 8443\n          containerPort: 8443\n'),
      errors: [{ line: 9, column: 11, endLine: 9, endColumn: 25 }],
      output: pod('        - containerPort: 8443\n'),
    },
    {
      name: 'init containers in a CronJob, flow style',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers: [{name: i, ports: [{containerPort: 53, hostPort: 53}]}]\n          containers: [{name: c}]\n',
      errors: [{ line: 9, column: 66, endLine: 9, endColumn: 78, object: 'CronJob/cj container/i' }],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers: [{name: i, ports: [{containerPort: 53}]}]\n          containers: [{name: c}]\n',
    },
  ],
});
