import rule from '../../../rules/src/rules/k8s/sensitive-host-path.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (volumes: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers: [{name: app}]\n  volumes:\n${volumes}`;
const hostPath = (path: string) => pod(`    - name: v\n      hostPath: {path: ${path}}\n`);

runRuleTests(rule, {
  valid: [
    { name: 'an application data directory', code: hostPath('/var/log/app') },
    { name: 'a directory whose name starts like a sensitive one', code: hostPath('/etcetera') },
    { name: '/ matches only itself', code: hostPath('/srv/data') },
    { name: 'time-zone data is harmless', code: hostPath('/etc/localtime') },
    { name: 'time-zone database', code: hostPath('/usr/share/zoneinfo/') },
    { name: 'a Windows path is not judged', code: hostPath('"C:\\\\etc"') },
  ],
  invalid: [
    {
      name: 'a subdirectory of /etc: the message names both',
      code: pod('    - name: pki\n      hostPath:\n        path: /etc/kubernetes/pki\n'),
      errors: [{ message: 'mounts "/etc/kubernetes/pki", inside the node\'s "/etc"', line: 10, column: 15, endLine: 10, endColumn: 34, object: 'Pod/agent', severity: 'error' }],
      output: null,
    },
    {
      name: 'the root, /proc, the kubelet directory with a trailing slash, a path climbing out of /opt',
      code: pod('    - {name: a, hostPath: {path: /}}\n    - {name: b, hostPath: {path: /proc}}\n    - {name: c, hostPath: {path: /var/lib/kubelet/}}\n    - {name: d, hostPath: {path: /opt/../root}}\n'),
      errors: [
        { message: 'mounts the node\'s "/"', line: 8, column: 34, endLine: 8, endColumn: 35 },
        { message: 'mounts the node\'s "/proc"', line: 9, column: 34, endLine: 9, endColumn: 39 },
        { message: 'mounts "/var/lib/kubelet/", that is the node\'s "/var/lib/kubelet"', line: 10, column: 34, endLine: 10, endColumn: 51 },
        { message: 'mounts "/opt/../root", that is the node\'s "/root"', line: 11, column: 34, endLine: 11, endColumn: 46 },
      ],
      output: null,
    },
  ],
});
