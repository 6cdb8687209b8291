import rule from '../../../rules/src/rules/k8s/apiserver-insecure-serving.js';
import { runRuleTests } from '../../rule-tester.js';

// Line 9 is `command:` (columns 5-12); flags start on line 11, column 7.
const pod = (image: string, ...flags: string[]) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: kube-apiserver\nspec:\n  containers:\n  - name: kube-apiserver\n    image: ${image}\n    command:\n    - kube-apiserver\n${flags.map((f) => `    - ${f}\n`).join('')}`;
const OLD = 'registry.k8s.io/kube-apiserver:v1.18.4';
const NEW = 'registry.k8s.io/kube-apiserver:v1.31.2';

runRuleTests(rule, {
  valid: [
    { name: 'a current API server has no insecure port', code: pod(NEW, '--secure-port=6443') },
    { name: 'before 1.20, with --insecure-port=0', code: pod(OLD, '--insecure-port=0') },
    { name: 'insecure flags from 1.20 on have no effect', code: pod(NEW, '--insecure-bind-address=0.0.0.0') },
    { name: 'configured 1.19, with --insecure-port=0', code: pod('my-apiserver:latest', '--insecure-port=0'), config: { kubernetesVersion: '1.19' } },
  ],
  invalid: [
    {
      name: 'before 1.20 an absent --insecure-port serves 8080',
      code: pod(OLD, '--secure-port=6443'),
      errors: [{ message: 'serves plain HTTP on port 8080', line: 9, column: 5, endLine: 9, endColumn: 12, object: 'Pod/kube-apiserver', severity: 'error' }],
      output: pod(OLD, '--secure-port=6443', '--insecure-port=0'),
    },
    {
      name: 'the configured kubernetesVersion applies when the image has no version',
      code: pod('my-apiserver:latest', '--insecure-port=8080', '--insecure-bind-address=0.0.0.0'),
      config: { kubernetesVersion: '1.19' },
      errors: [
        { message: '--insecure-port=8080', line: 11, column: 7, endLine: 11, endColumn: 27 },
        { message: 'binds its unauthenticated HTTP port to 0.0.0.0', line: 12, column: 7, endLine: 12, endColumn: 38 },
      ],
      output: pod('my-apiserver:latest', '--insecure-port=0'),
    },
    {
      name: '--secure-port=0 is removed',
      code: pod(NEW, '--secure-port=0', '--profiling=false'),
      errors: [{ message: '--secure-port=0', line: 11, column: 7, endLine: 11, endColumn: 22 }],
      output: pod(NEW, '--profiling=false'),
    },
  ],
});
