import rule from '../../../rules/src/rules/dockerfile/invalid-port.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 8000-8010 3868/sctp 65535 $PORT ${ADMIN_PORT}/tcp\n'],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 65536\n',
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 16, message: 'EXPOSE 65536 is not a valid port: 65536 is above 65535', object: 'stage/0', severity: 'error' }],
      output: null,
    },
    {
      name: 'malformed entries, a continuation, quotes',
      code: 'FROM nginx:1.27 AS web\nEXPOSE http \\\n  8080/tpc 9000-8000 "-1"\n',
      errors: [
        { line: 2, column: 8, endLine: 2, endColumn: 12, message: '"http" is not a port number or range', object: 'stage/web' },
        { line: 3, column: 3, endLine: 3, endColumn: 11, message: '"tpc" is not a protocol' },
        { line: 3, column: 12, endLine: 3, endColumn: 21, message: 'the range 9000-8000 ends before it starts' },
        { line: 3, column: 22, endLine: 3, endColumn: 26, message: '"-1" is not a port number' },
      ],
      output: null,
    },
  ],
});
