import rule from '../../../rules/src/rules/k8s/image-digest.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;
const digest = 'sha256:0d4e9d1b7e0f3a9c5b2d8f1e6a4c7b3d9e2f5a8c1b4d7e0a3f6c9b2e5d8a1f4c7';

runRuleTests(rule, {
  valid: [
    { name: 'pinned by digest', code: pod(`    - {name: app, image: "nginx:1.27@${digest}"}\n`) },
    { name: 'no image to judge', code: pod('    - {name: app}\n') },
  ],
  invalid: [
    {
      name: 'a version tag is still mutable',
      code: pod('    - name: app\n      image: nginx:1.27\n'),
      errors: [{ message: 'Container "app" runs "nginx:1.27" without a digest', line: 8, column: 14, endLine: 8, endColumn: 24, object: 'Pod/web container/app', severity: 'info' }],
      output: null,
    },
  ],
});
