import rule from '../../../rules/src/rules/compose/security-profile-disabled.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    security_opt:\n      - no-new-privileges:true\n      - seccomp=./profile.json\n      - apparmor=docker-default\n      - "label=type:svirt_apache_t"\n',
    {
      name: 'a seccomp profile path that contains a colon is kept whole',
      code: 'services:\n  web:\n    image: nginx\n    security_opt: ["seccomp=/etc/docker/unconfined:v2.json"]\n',
    },
  ],
  invalid: [
    {
      name: 'both separators; each entry is removed',
      code: 'services:\n  web:\n    image: nginx\n    security_opt:\n      - seccomp:unconfined\n      - no-new-privileges:true\n      - apparmor=unconfined\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 27, message: 'Service "web" sets security_opt seccomp:unconfined: every system call', object: 'service/web' },
        { line: 7, column: 9, endLine: 7, endColumn: 28, message: 'AppArmor' },
      ],
      output: 'services:\n  web:\n    image: nginx\n    security_opt:\n      - no-new-privileges:true\n',
    },
    {
      name: 'label:disable and systempaths=unconfined in a flow list',
      code: 'services:\n  web:\n    image: nginx\n    security_opt: [label:disable, "systempaths=unconfined"]\n',
      errors: [
        { line: 4, column: 20, endLine: 4, endColumn: 33, message: 'SELinux' },
        { line: 4, column: 35, endLine: 4, endColumn: 59, message: '/proc and /sys' },
      ],
      output: 'services:\n  web:\n    image: nginx\n    security_opt: ["systempaths=unconfined"]\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line, no fix',
      code: 'x-defaults: &defaults\n  security_opt:\n    - seccomp=unconfined\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
