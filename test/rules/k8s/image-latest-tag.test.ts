import rule from '../../../rules/src/rules/k8s/image-latest-tag.js';
import { runRuleTests } from '../../rule-tester.js';

const pod = (containers: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;

runRuleTests(rule, {
  valid: [
    { name: 'a version tag', code: pod('    - {name: app, image: nginx:1.27.2}\n') },
    { name: 'a digest, with or without latest', code: pod('    - {name: a, image: "nginx@sha256:0d4e9d1b7e0f3a9c5b2d8f1e6a4c7b3d9e2f5a8c1b4d7e0a3f6c9b2e5d8a1f4c7"}\n    - {name: b, image: "nginx:latest@sha256:0d4e9d1b7e0f3a9c5b2d8f1e6a4c7b3d9e2f5a8c1b4d7e0a3f6c9b2e5d8a1f4c7"}\n') },
    { name: 'a registry with a port is not a tag', code: pod('    - {name: app, image: "registry.local:5000/team/app:3.1"}\n') },
    { name: 'an image filled in later cannot be judged', code: pod('    - {name: app, image: "$(IMAGE)"}\n    - {name: b, image: ""}\n') },
  ],
  invalid: [
    {
      name: 'no tag',
      code: pod('    - name: app\n      image: nginx\n'),
      errors: [{ message: 'Container "app" runs "nginx" with no tag', line: 8, column: 14, endLine: 8, endColumn: 19, object: 'Pod/web container/app', severity: 'warning' }],
      output: null,
    },
    {
      name: 'latest, a registry with a port and no tag, an init container',
      code: pod('    - {name: app, image: "ghcr.io/acme/api:latest"}\n    - {name: side, image: registry.local:5000/proxy}\n  initContainers:\n    - {name: init, image: busybox:latest}\n'),
      errors: [
        { message: 'runs "ghcr.io/acme/api:latest"', line: 7, column: 26, endLine: 7, endColumn: 51, object: 'Pod/web container/app' },
        { message: 'with no tag', line: 8, column: 27, endLine: 8, endColumn: 52, object: 'Pod/web container/side' },
        { line: 10, column: 27, endLine: 10, endColumn: 41, object: 'Pod/web container/init' },
      ],
      output: null,
    },
  ],
});
