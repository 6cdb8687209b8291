import rule from '../../../rules/src/rules/dockerfile/shell-form-entrypoint.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM node:22-slim\nCMD ["node", "server.js"]\n',
    { name: 'exec replaces the shell', code: 'FROM node:22-slim\nCMD exec node server.js\n' },
    { name: 'a build stage, and a CMD overridden later', code: 'FROM alpine:3.20 AS build\nCMD make\nFROM alpine:3.20\nCMD run-me\nCMD ["app"]\n' },
    { name: 'CMD under an exec-form ENTRYPOINT is not PID 1', code: 'FROM alpine:3.20\nENTRYPOINT ["/app"]\nCMD --port 8080\n' },
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nCMD node server.js --port 8080\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 31, message: 'CMD of the final image (stage 0) is in shell form', object: 'stage/0', severity: 'info' }],
      output: 'FROM node:22-slim\nCMD ["node", "server.js", "--port", "8080"]\n',
    },
    {
      name: 'simple quotes, lowercase, a line continuation',
      code: 'FROM python:3.12-slim\ncmd gunicorn --bind "0.0.0.0:8000" \\\n    \'app:create_app()\'',
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 23 }],
      output: 'FROM python:3.12-slim\ncmd ["gunicorn", "--bind", "0.0.0.0:8000", "app:create_app()"]',
    },
    {
      name: 'shell syntax: no fix',
      code: 'FROM alpine:3.20\nCMD echo "$HOME" && ./start.sh > /var/log/app.log\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 50 }],
      output: null,
    },
    {
      name: 'a shell builtin or an assignment: no fix',
      code: 'FROM alpine:3.20 AS a\nCMD cd /srv\nFROM alpine:3.20\nENTRYPOINT LANG=C ./app\n',
      errors: [{ line: 4, column: 12, endLine: 4, endColumn: 24, object: 'stage/1' }],
      output: null,
    },
    {
      name: 'ENTRYPOINT inherited from the parent stage; no fix when a CMD would become its arguments',
      code: 'FROM alpine:3.20 AS base\nENTRYPOINT /app serve\nFROM base\nCMD ["--debug"]\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 22, message: 'ENTRYPOINT of the final image (stage 1)' }],
      output: null,
    },
    {
      name: 'a shell-form ENTRYPOINT without CMD',
      code: 'FROM alpine:3.20\nENTRYPOINT /usr/local/bin/app --config=/etc/app.yaml\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 53 }],
      output: 'FROM alpine:3.20\nENTRYPOINT ["/usr/local/bin/app", "--config=/etc/app.yaml"]\n',
    },
  ],
});
