import rule from '../../../rules/src/rules/compose/dangerous-capabilities.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    cap_add:\n      - NET_BIND_SERVICE\n      - CHOWN\n',
    {
      name: 'dropping a dangerous capability is the opposite of adding it',
      code: 'services:\n  web:\n    image: nginx\n    cap_drop: [ALL, SYS_ADMIN]\n',
    },
    {
      name: 'an anchor no service merges',
      code: 'x-caps: &caps\n  cap_add: [SYS_ADMIN]\nservices:\n  web:\n    image: nginx\n',
    },
    {
      name: 'a name that only contains a dangerous one',
      code: 'services:\n  web:\n    image: nginx\n    cap_add: [SYS_ADMINISTRATOR, NET_ADMIN_X]\n',
    },
  ],
  invalid: [
    {
      name: 'block list: the entry is removed, the others stay',
      code: 'services:\n  web:\n    image: nginx\n    cap_add:\n      - NET_BIND_SERVICE\n      - SYS_ADMIN\n',
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 18, message: 'Service "web" adds capability SYS_ADMIN', object: 'service/web' }],
      output: 'services:\n  web:\n    image: nginx\n    cap_add:\n      - NET_BIND_SERVICE\n',
    },
    {
      name: 'CAP_ prefix and lower case, as Docker accepts them; the last entry leaves an empty list',
      code: 'services:\n  web:\n    image: nginx\n    cap_add:\n      - cap_sys_ptrace\n    restart: always\n',
      errors: [{ line: 5, column: 9, endLine: 5, endColumn: 23, message: 'adds capability SYS_PTRACE' }],
      output: 'services:\n  web:\n    image: nginx\n    cap_add: []\n    restart: always\n',
    },
    {
      name: 'flow list with ALL and quoted BPF: both entries are removed',
      code: 'services:\n  web:\n    image: nginx\n    cap_add: [ALL, CHOWN, "BPF"]\n',
      errors: [
        { line: 4, column: 15, endLine: 4, endColumn: 18, message: 'adds capability ALL: it allows every capability' },
        { line: 4, column: 27, endLine: 4, endColumn: 32, message: 'adds capability BPF' },
      ],
      output: 'services:\n  web:\n    image: nginx\n    cap_add: [CHOWN]\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line, no fix (it would change the anchor)',
      code: 'x-defaults: &defaults\n  cap_add:\n    - NET_ADMIN\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: 'adds capability NET_ADMIN (inherited through a YAML anchor)' }],
      output: null,
    },
    {
      name: 'an aliased list: reported on the service\'s cap_add line',
      code: 'x-caps: &caps [SYS_MODULE]\nservices:\n  web:\n    image: nginx\n    cap_add: *caps\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 19, message: 'SYS_MODULE' }],
      output: null,
    },
  ],
});
