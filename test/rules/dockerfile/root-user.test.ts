import rule from '../../../rules/src/rules/dockerfile/root-user.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nUSER app\n',
    { name: 'the last USER wins', code: 'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001:10001\n' },
    { name: 'root group, non-root uid', code: 'FROM alpine:3.20\nUSER 1000:0\n' },
    { name: 'a user whose name starts with root', code: 'FROM alpine:3.20\nUSER rootless\n' },
    { name: 'unknown user from a variable', code: 'FROM alpine:3.20\nARG UID\nUSER $UID\n' },
    { name: 'no USER at all is missing-user, not root-user', code: 'FROM alpine:3.20\nCMD ["sh"]\n' },
    { name: 'a build stage running as root', code: 'FROM golang:1.22 AS build\nUSER root\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER app\n' },
    { name: 'COPY --from does not inherit USER', code: 'FROM golang:1.22 AS build\nUSER root\nFROM alpine:3.20\nCOPY --from=build /app /app\n' },
    { name: 'the target stage is not root', code: 'FROM alpine:3.20 AS app\nUSER app\nFROM alpine:3.20 AS debug\nUSER root\n', config: { target: 'app' } },
    { name: 'a USER line inside a heredoc is not an instruction', code: 'FROM alpine:3.20\nUSER app\nRUN <<EOF\necho hi\nUSER root\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nUSER root\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: 'The final image (stage 0) runs as root:', object: 'stage/0', severity: 'error' }],
      output: 'FROM alpine:3.20\nUSER 10001:10001\n',
    },
    {
      name: 'uid 0 with a group',
      code: 'FROM alpine:3.20\nUSER 0:0\nCMD ["app"]\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9 }],
      output: 'FROM alpine:3.20\nUSER 10001:10001\nCMD ["app"]\n',
    },
    {
      name: 'root with a group, lowercase keyword',
      code: 'from alpine:3.20\nuser root:wheel\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 16, message: 'runs as root:wheel' }],
      output: 'from alpine:3.20\nuser 10001:10001\n',
    },
    {
      name: 'inherited from the parent stage: reported on the parent USER',
      code: 'FROM node:20 AS base\nUSER root\nFROM base AS app\nCMD ["node", "server.js"]\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: 'runs as root (inherited from stage "base")', object: 'stage/app' }],
      output: 'FROM node:20 AS base\nUSER 10001:10001\nFROM base AS app\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'only the final stage counts, and the target picks it',
      code: 'FROM alpine:3.20 AS debug\nUSER root\nFROM alpine:3.20 AS app\nUSER app\n',
      config: { target: 'debug' },
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, object: 'stage/debug' }],
      output: 'FROM alpine:3.20 AS debug\nUSER 10001:10001\nFROM alpine:3.20 AS app\nUSER app\n',
    },
    {
      name: 'after a heredoc RUN, with the escape directive',
      code: '# escape=`\nFROM alpine:3.20\nRUN <<EOF\napk add curl\nUSER app\nEOF\nUSER root\n',
      errors: [{ line: 7, column: 6, endLine: 7, endColumn: 10 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN <<EOF\napk add curl\nUSER app\nEOF\nUSER 10001:10001\n',
    },
  ],
});
