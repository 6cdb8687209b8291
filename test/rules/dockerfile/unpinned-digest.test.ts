import rule from '../../../rules/src/rules/dockerfile/unpinned-digest.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    { name: 'scratch and stage references', code: 'FROM golang:1.22@sha256:aaaa AS build\nFROM scratch\nCOPY --from=build /app /app\nFROM build AS test\n' },
    { name: 'an unresolvable image', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'a digest from an ARG default', code: 'ARG BASE=alpine@sha256:abcd\nFROM ${BASE}\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 17, message: 'FROM in stage 0 uses alpine:3.20 without a digest', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'every stage, with --platform and a registry',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM ghcr.io/org/base:2\n',
      errors: [
        { line: 1, column: 32, endLine: 1, endColumn: 43, object: 'stage/build' },
        { line: 2, column: 6, endLine: 2, endColumn: 24, object: 'stage/1' },
      ],
      output: null,
    },
  ],
});
