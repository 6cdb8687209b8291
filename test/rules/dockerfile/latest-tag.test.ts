import rule from '../../../rules/src/rules/dockerfile/latest-tag.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\n',
    { name: 'pinned by digest', code: 'FROM alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n' },
    { name: 'scratch', code: 'FROM scratch\nCOPY app /app\n' },
    { name: 'a stage alias', code: 'FROM golang:1.22 AS build\nFROM build AS test\nFROM Build\n' },
    { name: 'ARG default in FROM is tagged', code: 'FROM ${BASE:-alpine:3.20}\n' },
    { name: 'global ARG default', code: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n' },
    { name: 'an unknown variable', code: 'FROM $UNKNOWN\n' },
    { name: 'an ARG without default', code: 'ARG TAG\nFROM alpine:${TAG}\n' },
    { name: 'registry with a port', code: 'FROM localhost:5000/team/app:1.0\n' },
    { name: '--platform flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'FROM in stage 0 uses alpine with no tag:', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      code: 'FROM alpine:latest AS base\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 19, message: 'FROM in stage "base" uses alpine:latest:', object: 'stage/base' }],
      output: null,
    },
    {
      name: 'a registry port is not a tag',
      code: 'FROM localhost:5000/app\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 24, message: 'localhost:5000/app with no tag' }],
      output: null,
    },
    {
      name: 'every stage is checked, stage aliases are not',
      code: 'FROM golang AS build\nFROM build AS test\nFROM ubuntu:latest\nFROM alpine:3.20\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 12, object: 'stage/build' },
        { line: 3, column: 6, endLine: 3, endColumn: 19, object: 'stage/2' },
      ],
      output: null,
    },
    {
      name: 'ARG expanded to an untagged image',
      code: 'ARG BASE=node\nFROM $BASE\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 11, message: 'uses node with no tag' }],
      output: null,
    },
    {
      name: 'ARG default without a tag',
      code: 'FROM ${BASE:-alpine}\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 21, message: 'uses alpine with no tag' }],
      output: null,
    },
    {
      name: 'after a --platform flag',
      code: 'FROM --platform=linux/amd64 ubuntu:latest\n',
      errors: [{ line: 1, column: 29, endLine: 1, endColumn: 42 }],
      output: null,
    },
    {
      name: 'continued over a line with the escape directive',
      code: '# escape=`\nFROM `\n  mcr.microsoft.com/windows/servercore AS win\n',
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 39, object: 'stage/win' }],
      output: null,
    },
  ],
});
