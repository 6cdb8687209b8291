import rule from '../../../rules/src/rules/compose/host-namespace.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    network_mode: bridge\n    pid: "service:db"\n    ipc: shareable\n',
    'services:\n  web:\n    image: nginx\n    network_mode: "container:vpn"\n',
    {
      name: 'an anchor no service merges',
      code: 'x-host: &host\n  pid: host\nservices:\n  web:\n    image: nginx\n',
    },
  ],
  invalid: [
    {
      name: 'every host namespace key; fixes touching an applied one wait for the next pass, as in ESLint',
      code: 'services:\n  agent:\n    image: datadog/agent:7\n    network_mode: host\n    pid: host\n    ipc: host\n    uts: "host"\n    userns_mode: host\n    restart: always\n',
      errors: [
        { line: 4, column: 5, endLine: 4, endColumn: 23, message: 'Service "agent" sets network_mode: host, so it uses the host\'s network stack', object: 'service/agent' },
        { line: 5, column: 5, endLine: 5, endColumn: 14, message: 'sees every process on the host' },
        { line: 6, column: 5, endLine: 6, endColumn: 14, message: 'shared memory' },
        { line: 7, column: 5, endLine: 7, endColumn: 16, message: 'hostname' },
        { line: 8, column: 5, endLine: 8, endColumn: 22, message: 'root in the container is root on the host' },
      ],
      output: 'services:\n  agent:\n    image: datadog/agent:7\n    pid: host\n    uts: "host"\n    restart: always\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line, no fix',
      code: 'x-defaults: &defaults\n  pid: host\nservices:\n  web:\n    image: nginx\n    <<: *defaults\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: 'sets pid: host (inherited through a YAML anchor)' }],
      output: null,
    },
    {
      name: 'flow mapping',
      code: 'services:\n  web: {image: nginx, pid: host}\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 32 }],
      output: 'services:\n  web: {image: nginx}\n',
    },
  ],
});
