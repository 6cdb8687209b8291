import rule from '../../../rules/src/rules/k8s/docker-socket-mount.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (volumes: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ci\nspec:\n  containers: [{name: app}]\n  volumes:\n${volumes}`;
const hostPath = (path: string) => pod(`    - name: v\n      hostPath: {path: ${path}}\n`);

runRuleTests(rule, {
  valid: [
    { name: 'an ordinary host directory', code: hostPath('/var/log') },
    { name: 'a directory under /run that holds no runtime socket', code: hostPath('/run/xtables.lock') },
    { name: 'a file that merely ends like a socket name', code: hostPath('/data/mydocker.sock.bak') },
    { name: 'a relative path is not judged', code: hostPath('docker.sock') },
    { name: 'not a hostPath volume', code: pod('    - name: v\n      emptyDir: {}\n') },
  ],
  invalid: [
    {
      name: 'the Docker socket under /var/run',
      code: pod('    - name: docker\n      hostPath:\n        path: /var/run/docker.sock\n        type: Socket\n'),
      errors: [{ message: 'Volume "docker" of Pod/ci mounts the node\'s container runtime socket ("/var/run/docker.sock")', line: 10, column: 15, endLine: 10, endColumn: 35, object: 'Pod/ci', severity: 'error' }],
      output: null,
    },
    {
      name: 'containerd and CRI-O sockets, the /var/run directory with a trailing slash, k3s containerd',
      code: pod('    - {name: a, hostPath: {path: /run/containerd/containerd.sock}}\n    - {name: b, hostPath: {path: "/var/run/crio/crio.sock"}}\n    - {name: c, hostPath: {path: /var/run/}}\n    - {name: d, hostPath: {path: //run/k3s/containerd/}}\n'),
      errors: [
        { line: 8, column: 34, endLine: 8, endColumn: 65 },
        { line: 9, column: 34, endLine: 9, endColumn: 59 },
        { message: '("/var/run/")', line: 10, column: 34, endLine: 10, endColumn: 43 },
        { line: 11, column: 34, endLine: 11, endColumn: 55 },
      ],
      output: null,
    },
    {
      name: 'a path with dot segments',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      containers: [{name: agent}]\n      volumes: [{name: s, hostPath: {path: /var/lib/../run/./docker.sock}}]\n',
      errors: [{ line: 8, column: 44, endLine: 8, endColumn: 73, object: 'DaemonSet/agent' }],
      output: null,
    },
  ],
});
