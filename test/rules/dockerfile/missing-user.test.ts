import rule from '../../../rules/src/rules/dockerfile/missing-user.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nUSER app\nCMD ["app"]\n',
    { name: 'root is root-user, not missing-user', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'distroless nonroot', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]\n' },
    { name: 'distroless nonroot-<arch>', code: 'FROM gcr.io/distroless/base:nonroot-amd64@sha256:0123\n' },
    { name: 'Chainguard', code: 'FROM cgr.dev/chainguard/static:latest\n' },
    { name: 'a -nonroot tag', code: 'FROM example.com/team/app:1.4-nonroot\n' },
    { name: 'inherits a non-root user from its parent stage', code: 'FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD ["x"]\n' },
    { name: 'an unresolvable base image may set its own user', code: 'FROM $BASE\nCMD ["x"]\n' },
    { name: 'build stages need no USER', code: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER 10001:10001\n' },
    { name: 'the target stage sets a user', code: 'FROM alpine:3.20 AS app\nUSER app\nFROM alpine:3.20 AS debug\n', config: { target: 'app' } },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD ["curl"]\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 17, message: 'The final image (stage 0) sets no USER', object: 'stage/0', severity: 'warning' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 10001:10001\nCMD ["curl"]\n',
    },
    {
      name: 'no CMD: appended, with the missing final line break',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 17 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER 10001:10001\n',
    },
    {
      name: 'multi-stage: anchored on the final FROM, inserted before ENTRYPOINT',
      code: 'FROM golang:1.22 AS build\nUSER builder\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\nCMD ["--help"]\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 17, object: 'stage/1' }],
      output: 'FROM golang:1.22 AS build\nUSER builder\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\nUSER 10001:10001\nENTRYPOINT ["/app"]\nCMD ["--help"]\n',
    },
    {
      name: 'a target stage in the middle: inserted at its end',
      code: 'FROM alpine:3.20 AS app\nCOPY app /app\nFROM alpine:3.20 AS debug\nUSER app\n',
      config: { target: 'app' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 24, object: 'stage/app' }],
      output: 'FROM alpine:3.20 AS app\nCOPY app /app\nUSER 10001:10001\nFROM alpine:3.20 AS debug\nUSER app\n',
    },
    {
      name: 'a parent stage without USER, base resolved through ARG',
      code: 'ARG BASE=python:3.12-slim\nFROM ${BASE} AS base\nRUN pip install flask\nFROM base\nCMD ["flask", "run"]\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 10, message: 'default user of python:3.12-slim' }],
      output: 'ARG BASE=python:3.12-slim\nFROM ${BASE} AS base\nRUN pip install flask\nFROM base\nUSER 10001:10001\nCMD ["flask", "run"]\n',
    },
    {
      name: 'distroless without the nonroot tag, lowercase keywords',
      code: 'from gcr.io/distroless/static-debian12\ncopy app /app\nentrypoint ["/app"]\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 39 }],
      output: 'from gcr.io/distroless/static-debian12\ncopy app /app\nuser 10001:10001\nentrypoint ["/app"]\n',
    },
    {
      name: 'scratch, after a heredoc',
      code: 'FROM scratch\nCOPY <<EOF /etc/motd\nhello\nEOF\nCOPY app /app\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 13, message: 'default user of scratch' }],
      output: 'FROM scratch\nCOPY <<EOF /etc/motd\nhello\nEOF\nCOPY app /app\nUSER 10001:10001\n',
    },
  ],
});
