import rule from '../../../rules/src/rules/compose/privileged.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    privileged: false\n',
    'services:\n  web:\n    image: nginx\n',
    {
      name: 'a YAML file with services: that is not Compose (no image/build, not a Compose file name)',
      fileName: 'config.yaml',
      code: 'services:\n  web:\n    enabled: true\n    privileged: true\n',
    },
    {
      name: 'an anchor no service merges',
      code: 'x-privileged: &privileged\n  privileged: true\nservices:\n  web:\n    image: nginx\n',
    },
    {
      name: 'a merged value overridden in the service',
      code: 'x-defaults: &defaults\n  privileged: true\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n    privileged: false\n',
    },
  ],
  invalid: [
    {
      name: 'block mapping, two-space indentation',
      code: 'services:\n  web:\n    image: nginx\n    privileged: true\n    ports:\n      - "80:80"\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 21, message: 'Service "web" runs privileged', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n',
    },
    {
      name: 'docker-compose.yml, four-space indentation, the comment above goes with the key',
      fileName: 'docker-compose.yml',
      code: 'version: "3.8"\nservices:\n    app:\n        build: .\n        # needs the GPU\n        privileged: true\n        restart: always\n',
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 25, object: 'service/app' }],
      output: 'version: "3.8"\nservices:\n    app:\n        build: .\n        restart: always\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on each service\'s merge line, overridden per service',
      fileName: 'compose.override.yaml',
      code: 'x-defaults: &defaults\n  privileged: true\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n  worker:\n    image: busybox\n    <<: *defaults\n',
      errors: [
        { line: 6, column: 5, endLine: 6, endColumn: 18, message: 'inherited through a YAML anchor', object: 'service/web' },
        { line: 10, column: 5, endLine: 10, endColumn: 18, object: 'service/worker' },
      ],
      output: 'x-defaults: &defaults\n  privileged: true\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n    privileged: false\n  worker:\n    image: busybox\n    <<: *defaults\n    privileged: false\n',
    },
    {
      name: 'a list of merged anchors',
      code: 'x-a: &a\n  restart: always\nx-b: &b\n  privileged: true\nservices:\n  web:\n    image: nginx\n    <<: [*a, *b]\n',
      errors: [{ line: 8, column: 5, endLine: 8, endColumn: 17 }],
      output: 'x-a: &a\n  restart: always\nx-b: &b\n  privileged: true\nservices:\n  web:\n    image: nginx\n    <<: [*a, *b]\n    privileged: false\n',
    },
    {
      name: 'flow mapping',
      code: 'services:\n  web: {image: nginx, privileged: true}\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 39 }],
      output: 'services:\n  web: {image: nginx}\n',
    },
    {
      name: 'the whole service is an alias: reported on its line, no fix (it would change the anchor)',
      code: 'x-base: &base\n  image: nginx\n  privileged: true\nservices:\n  web: *base\n',
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 13, object: 'service/web' }],
      output: null,
    },
    {
      name: 'recognised as Compose by content under another file name',
      fileName: 'stack.yml',
      code: 'services:\n  web:\n    image: nginx\n    privileged: "true"\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 23 }],
      output: 'services:\n  web:\n    image: nginx\n',
    },
  ],
});
