import rule from '../../../rules/src/rules/dockerfile/privileged-port.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM nginxinc/nginx-unprivileged:1.27\nEXPOSE 8080 8443/tcp 1024-2048\n',
    { name: 'a build stage', code: 'FROM nginx:1.27 AS test\nEXPOSE 80\nFROM alpine:3.20\nEXPOSE 8080\n' },
    { name: 'variables and invalid entries are other rules\' business', code: 'FROM alpine:3.20\nEXPOSE $PORT 80/foo 0\n' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 8080\n',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 10, message: 'The final image (stage 0) exposes port 80, below 1024', object: 'stage/0', severity: 'info' }],
      output: null,
    },
    {
      name: 'inherited from the parent stage, ranges and protocols',
      code: 'FROM alpine:3.20 AS base\nEXPOSE 443/tcp\nFROM base AS app\nEXPOSE 1000-1100 53/udp\n',
      errors: [
        { line: 2, column: 8, endLine: 2, endColumn: 15, message: 'The final image (stage "app") exposes port 443/tcp', object: 'stage/app' },
        { line: 4, column: 8, endLine: 4, endColumn: 17 },
        { line: 4, column: 18, endLine: 4, endColumn: 24 },
      ],
      output: null,
    },
  ],
});
