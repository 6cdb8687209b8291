import rule from '../../../rules/src/rules/compose/default-bridge.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    networks: [front]\nnetworks:\n  front: {}\n',
    'services:\n  web:\n    image: nginx\n    network_mode: none\n',
    {
      name: 'a user-defined network named bridge is not the default bridge',
      code: 'services:\n  web:\n    image: nginx\n    networks: [bridge]\n',
    },
  ],
  invalid: [
    {
      name: 'network_mode: bridge',
      code: 'services:\n  web:\n    image: nginx\n    network_mode: bridge\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 25, message: 'Service "web" sets network_mode: bridge, Docker\'s default bridge', object: 'service/web' }],
      output: null,
    },
    {
      name: 'inherited through <<: *defaults',
      code: 'x-defaults: &defaults\n  network_mode: "bridge"\nservices:\n  web:\n    image: nginx\n    <<: *defaults\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
