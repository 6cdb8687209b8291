import rule from '../../../rules/src/rules/compose/capabilities-not-dropped.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    cap_drop:\n      - ALL\n',
    {
      name: 'any case and the CAP_ prefix',
      code: 'services:\n  web:\n    image: nginx\n    cap_drop: [cap_all]\n    cap_add: [NET_BIND_SERVICE]\n',
    },
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  cap_drop: [ALL]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
    },
    {
      name: 'an override file: the base file may drop them',
      fileName: 'compose.override.yaml',
      code: 'services:\n  web:\n    image: nginx\n',
    },
    {
      name: 'extends: the base service may drop them',
      code: 'services:\n  web:\n    extends: base\n    cap_drop: [NET_RAW]\n  base:\n    image: nginx\n    cap_drop: [ALL]\n',
    },
  ],
  invalid: [
    {
      name: 'missing: anchored on the service key, added as its last entry',
      code: 'services:\n  web:\n    image: nginx\n    restart: always\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, message: 'Service "web" does not drop capabilities', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    restart: always\n    cap_drop: [ALL]\n',
    },
    {
      name: 'a block list without ALL gets ALL appended; reported on the cap_drop key',
      code: 'services:\n  web:\n    image: nginx\n    cap_drop:\n      - NET_RAW\n      - MKNOD\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 13, message: 'drops only some capabilities' }],
      output: 'services:\n  web:\n    image: nginx\n    cap_drop:\n      - NET_RAW\n      - MKNOD\n      - ALL\n',
    },
    {
      name: 'a flow list',
      code: 'services:\n  web:\n    image: nginx\n    cap_drop: [NET_RAW]\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 24 }],
      output: 'services:\n  web:\n    image: nginx\n    cap_drop: [NET_RAW, ALL]\n',
    },
    {
      name: 'an inherited partial list is replaced by [ALL] in this service only',
      code: 'x-defaults: &defaults\n  cap_drop: [NET_RAW]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: 'x-defaults: &defaults\n  cap_drop: [NET_RAW]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n    cap_drop: [ALL]\n',
    },
    {
      name: 'a service that is an alias: no fix',
      code: 'x-base: &base\n  image: nginx\nservices:\n  web: *base\n',
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 6 }],
      output: null,
    },
  ],
});
