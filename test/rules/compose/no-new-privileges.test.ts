import rule from '../../../rules/src/rules/compose/no-new-privileges.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    security_opt:\n      - no-new-privileges:true\n',
    'services:\n  web:\n    image: nginx\n    security_opt: ["no-new-privileges=1", apparmor=docker-default]\n',
    {
      name: 'the bare option means true',
      code: 'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges]\n',
    },
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  security_opt: [no-new-privileges:true]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
    },
    {
      name: 'an override file: the base file may set it',
      fileName: 'docker-compose.override.yml',
      code: 'services:\n  web:\n    image: nginx\n    security_opt: [apparmor=docker-default]\n',
    },
  ],
  invalid: [
    {
      name: 'missing: the list is created',
      code: 'services:\n  web:\n    image: nginx\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'Service "web" does not set security_opt no-new-privileges:true', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges:true]\n',
    },
    {
      name: 'a list without it gets it appended; reported on the security_opt key',
      code: 'services:\n  web:\n    image: nginx\n    security_opt:\n      - apparmor=docker-default\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 17, message: 'has security_opt without no-new-privileges:true' }],
      output: 'services:\n  web:\n    image: nginx\n    security_opt:\n      - apparmor=docker-default\n      - no-new-privileges:true\n',
    },
    {
      name: 'explicitly false (the last entry wins): replaced, keeping the quotes; reported even in an override file',
      fileName: 'compose.override.yaml',
      code: 'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges:true, "no-new-privileges=false"]\n',
      errors: [{ line: 4, column: 44, endLine: 4, endColumn: 69, message: 'sets security_opt no-new-privileges=false' }],
      output: 'services:\n  web:\n    image: nginx\n    security_opt: [no-new-privileges:true, "no-new-privileges:true"]\n',
    },
    {
      name: 'an inherited list without it: reported on the merge line, no fix (a list in the service would replace it)',
      code: 'x-defaults: &defaults\n  security_opt: [apparmor=docker-default]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
