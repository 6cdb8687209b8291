import rule from '../../../rules/src/rules/compose/privileged-host-port.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n      - 127.0.0.1:8443:443\n      - "443"\n      - "${HTTP_PORT}:80"\n      - "1024-1030:80-86"\n',
    {
      name: 'ports are discarded with network_mode: host',
      code: 'services:\n  web:\n    image: nginx\n    network_mode: host\n    ports:\n      - "80:80"\n',
    },
    {
      name: 'long form without a published port',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n',
    },
  ],
  invalid: [
    {
      name: 'short syntax with and without a host IP, IPv6, a range that starts below 1024',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - "80:8080"\n      - 127.0.0.1:443:8443/tcp\n      - "[::1]:53:5353/udp"\n      - "1000-1100:1000-1100"\n',
      errors: [
        { line: 5, column: 10, endLine: 5, endColumn: 12, message: 'Service "web" publishes privileged host port 80:', object: 'service/web' },
        { line: 6, column: 19, endLine: 6, endColumn: 22, message: 'port 443:' },
        { line: 7, column: 16, endLine: 7, endColumn: 18, message: 'port 53:' },
        { line: 8, column: 10, endLine: 8, endColumn: 19, message: 'port 1000-1100:' },
      ],
      output: null,
    },
    {
      name: 'long syntax: at the published value',
      code: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 8080\n        published: "80"\n        host_ip: 127.0.0.1\n',
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 24, message: 'port 80:' }],
      output: null,
    },
    {
      name: 'an aliased list: reported on the ports line',
      code: 'x-ports: &ports ["80:80"]\nservices:\n  web:\n    image: nginx\n    ports: *ports\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
