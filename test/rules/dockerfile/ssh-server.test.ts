import rule from '../../../rules/src/rules/dockerfile/ssh-server.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache openssh-client git\nEXPOSE 2222 22/udp\n',
    { name: 'a build stage', code: 'FROM debian:12 AS test\nRUN apt-get install -y openssh-server\nEXPOSE 22\nFROM alpine:3.20\n' },
    { name: 'names in other commands', code: 'FROM debian:12\nRUN echo openssh-server && apt-get remove -y openssh-server && ssh-keygen -A\nCMD ["ssh", "host"]\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nEXPOSE 22\nCMD ["app"]\n',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 10, message: 'The final image (stage 0) exposes port 22', object: 'stage/0', severity: 'warning' }],
      output: 'FROM alpine:3.20\nCMD ["app"]\n',
    },
    {
      name: 'port 22 among others',
      code: 'FROM alpine:3.20\nEXPOSE 22/tcp 8080\nEXPOSE 80 22\n',
      errors: [
        { line: 2, column: 8, endLine: 2, endColumn: 14 },
        { line: 3, column: 11, endLine: 3, endColumn: 13 },
      ],
      output: 'FROM alpine:3.20\nEXPOSE 8080\nEXPOSE 80\n',
    },
    {
      name: 'installs and starts, inherited from the parent stage',
      code: [
        'FROM ubuntu:24.04 AS base',
        'RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13 curl',
        'FROM base',
        'RUN apk add openssh dropbear && sudo service ssh start',
        'CMD /usr/sbin/sshd -D',
        '',
      ].join('\n'),
      errors: [
        { line: 2, column: 66, endLine: 2, endColumn: 98, message: 'The final image (stage 1) installs openssh-server', object: 'stage/1' },
        { line: 4, column: 13, endLine: 4, endColumn: 20, message: 'installs openssh' },
        { line: 4, column: 21, endLine: 4, endColumn: 29, message: 'installs dropbear' },
        { line: 4, column: 46, endLine: 4, endColumn: 49, message: 'starts the ssh service' },
        { line: 5, column: 5, endLine: 5, endColumn: 19, message: 'starts sshd' },
      ],
      output: null,
    },
  ],
});
