import rule from '../../../rules/src/rules/compose/latest-tag.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  cache:\n    image: registry.example.com:5000/team/redis:7.2\n',
    {
      name: 'an image from a variable cannot be resolved',
      code: 'services:\n  web:\n    image: ${IMAGE}\n  api:\n    image: "ghcr.io/acme/api:${TAG:-latest}"\n',
    },
    {
      name: 'with build:, image names the image Compose builds',
      code: 'services:\n  web:\n    build: .\n    image: acme/web\n  api:\n    build:\n      context: ./api\n    image: acme/api:latest\n',
    },
  ],
  invalid: [
    {
      name: 'no tag, latest, a registry with a port and no tag',
      code: 'services:\n  web:\n    image: nginx\n  db:\n    image: "postgres:latest"\n  cache:\n    image: localhost:5000/redis\n',
      errors: [
        { line: 3, column: 12, endLine: 3, endColumn: 17, message: 'Service "web" uses image nginx with no tag', object: 'service/web' },
        { line: 5, column: 12, endLine: 5, endColumn: 29, message: 'uses image postgres:latest:', object: 'service/db' },
        { line: 7, column: 12, endLine: 7, endColumn: 32, message: 'localhost:5000/redis with no tag' },
      ],
      output: null,
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line',
      code: 'x-defaults: &defaults\n  image: busybox\nservices:\n  job:\n    <<: *defaults\n    command: ["true"]\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
