import rule from '../../../rules/src/rules/compose/ssh-port.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    ports:\n      - "22:8022"\n      - "2222:2222"\n    command: ["nginx", "-g", "daemon off;"]\n',
    {
      name: 'a word that only contains sshd',
      code: 'services:\n  web:\n    image: nginx\n    command: ./check-sshd-config.sh --sshd_config=/x\n',
    },
  ],
  invalid: [
    {
      name: 'container port 22 published (short, range, long), and sshd in the command',
      code: 'services:\n  box:\n    image: linuxserver/openssh-server:9.7\n    ports:\n      - "2222:22"\n      - "20-25:20-25"\n      - target: 22\n        published: 2022\n    command: /usr/sbin/sshd -D -e\n',
      errors: [
        { line: 5, column: 15, endLine: 5, endColumn: 17, message: 'Service "box" publishes container port 22 (SSH)', object: 'service/box' },
        { line: 6, column: 16, endLine: 6, endColumn: 21 },
        { line: 7, column: 17, endLine: 7, endColumn: 19 },
        { line: 9, column: 14, endLine: 9, endColumn: 28, message: 'runs sshd in its command' },
      ],
      output: null,
    },
    {
      name: 'list-form entrypoint and a shell command; dropbear too; port 22 is reported even without a host port',
      code: 'services:\n  box:\n    image: alpine:3.20\n    entrypoint: ["sh", "-c", "dropbear -F && wait"]\n    ports: ["22"]\n',
      errors: [
        { line: 4, column: 31, endLine: 4, endColumn: 39, message: 'runs dropbear in its entrypoint' },
        { line: 5, column: 14, endLine: 5, endColumn: 16, message: 'port 22' },
      ],
      output: null,
    },
  ],
});
