import rule from '../../../rules/src/rules/compose/read-only-root.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    read_only: true\n',
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  read_only: true\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
    },
    {
      name: 'an override file: the base file may set it',
      fileName: 'compose.override.yml',
      code: 'services:\n  web:\n    image: nginx\n',
    },
  ],
  invalid: [
    {
      name: 'missing: added as the service\'s last entry',
      code: 'services:\n  web:\n    image: nginx\n    tmpfs: [/tmp]\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'Service "web" does not set read_only: true', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    tmpfs: [/tmp]\n    read_only: true\n',
    },
    {
      name: 'false is set to true, even in an override file',
      fileName: 'compose.override.yaml',
      code: 'services:\n  web:\n    image: nginx\n    read_only: false # writes to /var/cache\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 21, message: 'sets read_only: false' }],
      output: 'services:\n  web:\n    image: nginx\n    read_only: true # writes to /var/cache\n',
    },
    {
      name: 'an inherited false is overridden in this service',
      code: 'x-defaults: &defaults\n  read_only: false\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: 'read_only: false (inherited through a YAML anchor)' }],
      output: 'x-defaults: &defaults\n  read_only: false\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n    read_only: true\n',
    },
  ],
});
