import rule from '../../../rules/src/rules/dockerfile/missing-healthcheck.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD curl -fsS http://localhost/ || exit 1\n',
    { name: 'explicitly disabled', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\n' },
    { name: 'inherited from the parent stage', code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD ["/app", "health"]\nFROM base\n' },
    { name: 'build stages need none', code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]\n' },
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nCMD ["node", "server.js"]\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 18, message: 'The final image (stage 0) has no HEALTHCHECK', object: 'stage/0', severity: 'info' }],
      output: null,
    },
    {
      name: 'a health check in a build stage does not count',
      code: 'FROM alpine:3.20 AS test\nHEALTHCHECK CMD true\nFROM alpine:3.20 AS app\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 24, object: 'stage/app' }],
      output: null,
    },
  ],
});
