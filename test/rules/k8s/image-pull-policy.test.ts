import rule from '../../../rules/src/rules/k8s/image-pull-policy.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;
const digest = 'sha256:0d4e9d1b7e0f3a9c5b2d8f1e6a4c7b3d9e2f5a8c1b4d7e0a3f6c9b2e5d8a1f4c7';

runRuleTests(rule, {
  valid: [
    { name: 'Always', code: pod('    - {name: app, image: nginx:1.27, imagePullPolicy: Always}\n') },
    { name: 'a digest cannot move', code: pod(`    - {name: app, image: "nginx@${digest}", imagePullPolicy: IfNotPresent}\n`) },
    { name: 'latest without a policy defaults to Always', code: pod('    - {name: app, image: nginx:latest}\n') },
  ],
  invalid: [
    {
      name: 'a version tag without a policy defaults to IfNotPresent',
      code: pod('    - name: app\n      image: nginx:1.27\n'),
      errors: [{ message: 'with imagePullPolicy IfNotPresent (the default)', line: 7, column: 13, endLine: 7, endColumn: 16, object: 'Pod/web container/app', severity: 'info' }],
      output: pod('    - name: app\n      image: nginx:1.27\n      imagePullPolicy: Always\n'),
    },
    {
      name: 'an explicit policy on latest is replaced',
      code: pod('    - name: app\n      image: nginx\n      imagePullPolicy: Never\n'),
      errors: [{ message: 'with imagePullPolicy Never', line: 9, column: 7, endLine: 9, endColumn: 29 }],
      output: pod('    - name: app\n      image: nginx\n      imagePullPolicy: Always\n'),
    },
  ],
});
