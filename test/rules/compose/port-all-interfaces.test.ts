import rule from '../../../rules/src/rules/compose/port-all-interfaces.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "[::1]:8443:443"\n      - 192.168.1.10:9000:9000/udp\n    expose:\n      - "3000"\n',
    {
      name: 'an explicit 0.0.0.0 is a choice; a variable may hold a host IP',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - "0.0.0.0:8080:80"\n      - "${BIND}:9000:9000"\n      - target: 80\n        host_ip: 0.0.0.0\n',
    },
    {
      name: 'ports are discarded with network_mode: host',
      code: 'services:\n  web:\n    image: nginx\n    network_mode: "host"\n    ports:\n      - "8080:80"\n',
    },
  ],
  invalid: [
    {
      name: 'host:container, a bare port (a number), a range, an empty host IP',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n      - 9090\n      - 3000-3005:3000-3005/tcp\n      - ":5000:5000"\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 18, message: 'Service "web" publishes port 8080 on every host interface', object: 'service/web' },
        { line: 6, column: 9, endLine: 6, endColumn: 13, message: 'publishes port 9090' },
        { line: 7, column: 9, endLine: 7, endColumn: 32, message: 'publishes port 3000-3005' },
        { line: 8, column: 9, endLine: 8, endColumn: 21, message: 'publishes port 5000' },
      ],
      output: 'services:\n  web:\n    image: nginx\n    ports:\n      - "127.0.0.1:8080:80"\n      - "127.0.0.1::9090"\n      - 127.0.0.1:3000-3005:3000-3005/tcp\n      - "127.0.0.1:5000:5000"\n',
    },
    {
      name: 'long syntax: host_ip is added',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n',
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 24, message: 'publishes port 8080' }],
      output: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n        host_ip: 127.0.0.1\n',
    },
    {
      name: 'flow list',
      code: 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n',
      errors: [{ line: 4, column: 13, endLine: 4, endColumn: 22 }],
      output: 'services:\n  web:\n    image: nginx\n    ports: ["127.0.0.1:8080:80"]\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line, no fix',
      code: 'x-defaults: &defaults\n  ports:\n    - "8080:80"\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
