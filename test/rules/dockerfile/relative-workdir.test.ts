import rule from '../../../rules/src/rules/dockerfile/relative-workdir.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM node:22-slim\nWORKDIR /app\n',
    { name: 'relative to an earlier WORKDIR of the stage', code: 'FROM node:22-slim\nWORKDIR /app\nWORKDIR server\n' },
    { name: 'relative to a WORKDIR of the parent stage', code: 'FROM node:22-slim AS base\nWORKDIR /app\nFROM base\nWORKDIR dist\n' },
    { name: 'a variable and Windows paths', code: 'FROM alpine:3.20\nWORKDIR $HOME/app\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR c:/app\n' },
    { name: 'quoted absolute path', code: 'FROM alpine:3.20\nWORKDIR "/srv/my app"\n' },
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nWORKDIR app\nCOPY . .\n',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'WORKDIR app in stage 0 is relative', object: 'stage/0', severity: 'info' }],
      output: null,
    },
    {
      name: 'every stage that starts from an image',
      code: 'FROM golang:1.22 AS build\nworkdir ./src\nFROM alpine:3.20\nWORKDIR "my app"\n',
      errors: [
        { line: 2, column: 9, endLine: 2, endColumn: 14, object: 'stage/build' },
        { line: 4, column: 9, endLine: 4, endColumn: 17, message: 'WORKDIR my app' },
      ],
      output: null,
    },
  ],
});
