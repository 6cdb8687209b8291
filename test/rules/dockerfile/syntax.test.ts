import rule from '../../../rules/src/rules/dockerfile/syntax.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build-env.1\nRUN go build\nfrom alpine:3.20\nonbuild COPY . /app\nHEALTHCHECK NONE\n',
    { name: 'closed heredocs, several and with <<-', code: 'FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\nCOPY <<-"A" /a <<B /b\n\tone\n\tA\ntwo\nB\nCMD ["true"]\n' },
    { name: 'a heredoc-looking word in quotes', code: 'FROM alpine:3.20\nRUN echo "<<EOF"\n' },
    { name: 'a stage name from a variable', code: 'ARG NAME=app\nFROM alpine:3.20 AS $NAME\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCOPPY app /app\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 6, message: '"COPPY" is not a Dockerfile instruction', object: 'stage/0', severity: 'error' }],
      output: null,
    },
    {
      name: 'missing arguments',
      code: 'FROM\nFROM alpine:3.20\nEXPOSE\nworkdir \n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 5, message: 'FROM has no arguments' },
        { line: 3, column: 1, endLine: 3, endColumn: 7, message: 'EXPOSE has no arguments' },
        { line: 4, column: 1, endLine: 4, endColumn: 8, message: 'workdir has no arguments' },
      ],
      output: null,
    },
    {
      name: 'malformed FROM',
      code: 'FROM alpine:3.20 build\nFROM alpine:3.20 AS\nFROM alpine:3.20 named base\nFROM alpine:3.20 AS 1st\nFROM a AS b c\n',
      errors: [
        { line: 1, column: 18, endLine: 1, endColumn: 23, message: 'FROM takes an image and optionally "AS <name>"' },
        { line: 2, column: 18, endLine: 2, endColumn: 20 },
        { line: 3, column: 18, endLine: 3, endColumn: 23, message: 'FROM expects "AS" before the stage name, not "named"' },
        { line: 4, column: 21, endLine: 4, endColumn: 24, message: '"1st" is not a valid stage name' },
        { line: 5, column: 8, endLine: 5, endColumn: 10 },
      ],
      output: null,
    },
    {
      name: 'an unterminated heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF \nCMD ["curl"]\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 10, message: 'The heredoc <<EOF is never closed' }],
      output: null,
    },
    {
      name: 'an ONBUILD trigger that cannot be one',
      code: 'FROM alpine:3.20\nONBUILD FROM busybox\nONBUILD RUNN make\n',
      errors: [
        { line: 2, column: 9, endLine: 2, endColumn: 13, message: 'ONBUILD cannot trigger "FROM"' },
        { line: 3, column: 9, endLine: 3, endColumn: 13 },
      ],
      output: null,
    },
  ],
});
