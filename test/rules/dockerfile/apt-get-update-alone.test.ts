import rule from '../../../rules/src/rules/dockerfile/apt-get-update-alone.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { name: 'apk update with add, yum makecache with install', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\nFROM rockylinux:9\nRUN yum makecache && yum install -y git\n' },
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "apt-get update"\n' },
    { name: 'update and upgrade together', code: 'FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19, message: '`apt-get update` runs in a RUN of its own in stage 0', object: 'stage/0', severity: 'warning' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'the next RUN keeps its flags and continuations; instructions between stay',
      code: 'FROM debian:12\nRUN apt-get update -qq\nCOPY sources.list /etc/apt/\nRUN --mount=type=cache,target=/var/cache/apt \\\n    apt-get install -y curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 23 }],
      output: 'FROM debian:12\nCOPY sources.list /etc/apt/\nRUN --mount=type=cache,target=/var/cache/apt \\\n    apt-get update -qq && apt-get install -y curl\n',
    },
    {
      name: 'no fix: no later install, exec form next, or more than an update',
      code: 'FROM alpine:3.20\nRUN apk update\nRUN echo done\nFROM debian:12\nRUN apt-get update\nRUN ["apt-get", "install", "-y", "x"]\nFROM rockylinux:9\nRUN yum makecache && echo cached\nRUN yum install -y git\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 15, message: '`apk update`' },
        { line: 5, column: 5, endLine: 5, endColumn: 19 },
        { line: 8, column: 5, endLine: 8, endColumn: 18, message: '`yum makecache`' },
      ],
      output: null,
    },
  ],
});
