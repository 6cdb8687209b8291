import rule from '../../../rules/src/rules/dockerfile/tls-verification-disabled.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://example.com/x -o /tmp/x\n',
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "curl -k https://example.com" && echo --no-check-certificate\n' },
    { name: 'curl -K reads a config file', code: 'FROM debian:12\nRUN curl -K /etc/curlrc https://example.com\n' },
    { name: '-k as the value of another option', code: 'FROM debian:12\nRUN curl -H -k https://example.com\n' },
    { name: 'verification left on', code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true\nRUN git -c http.sslVerify=true clone https://example.com/r.git\n' },
    { name: 'a value from a build argument', code: 'FROM node:20\nARG REJECT\nENV NODE_TLS_REJECT_UNAUTHORIZED=$REJECT\n' },
    { name: 'PowerShell after SHELL', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-command"]\nRUN curl -k https://example.com\n' },
  ],
  invalid: [
    {
      name: 'curl -k in combined flags',
      code: 'FROM debian:12\nRUN curl -fsSLk https://example.com/x -o /tmp/x\n',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 16, message: 'curl -k in stage 0 turns off TLS certificate checks', object: 'stage/0', severity: 'error' }],
      output: 'FROM debian:12\nRUN curl -fsSL https://example.com/x -o /tmp/x\n',
    },
    {
      name: 'on its own continued line',
      code: 'FROM debian:12\nRUN curl -fsSL \\\n    --insecure \\\n    https://example.com/x -o /tmp/x\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 15, message: 'curl --insecure' }],
      output: 'FROM debian:12\nRUN curl -fsSL \\\n    https://example.com/x -o /tmp/x\n',
    },
    {
      name: 'wget, pip with its value, git -c, apt -o, dnf --setopt',
      code:
        'FROM debian:12\nRUN wget --no-check-certificate https://example.com/x\nRUN pip install --trusted-host pypi.org flask\nRUN git -c http.sslVerify=false clone https://example.com/r.git\nRUN apt-get -o Acquire::https::Verify-Peer=false update\nRUN dnf --setopt=sslverify=0 install -y x\n',
      errors: [
        { line: 2, column: 10, endLine: 2, endColumn: 32 },
        { line: 3, column: 17, endLine: 3, endColumn: 40 },
        { line: 4, column: 9, endLine: 4, endColumn: 32 },
        { line: 5, column: 13, endLine: 5, endColumn: 49 },
        { line: 6, column: 9, endLine: 6, endColumn: 29 },
      ],
      output: 'FROM debian:12\nRUN wget https://example.com/x\nRUN pip install flask\nRUN git clone https://example.com/r.git\nRUN apt-get update\nRUN dnf install -y x\n',
    },
    {
      name: 'inside sh -c and exec form',
      code: 'FROM debian:12\nRUN sh -c "curl -k https://example.com/x"\nRUN ["curl", "-k", "https://example.com/y"]\n',
      errors: [
        { line: 2, column: 17, endLine: 2, endColumn: 19 },
        { line: 3, column: 14, endLine: 3, endColumn: 18 },
      ],
      output: 'FROM debian:12\nRUN sh -c "curl https://example.com/x"\nRUN ["curl", "https://example.com/y"]\n',
    },
    {
      name: 'ENV pairs: one of several, and the only one',
      code: 'FROM node:20\nENV APP=web NODE_TLS_REJECT_UNAUTHORIZED=0\nENV PYTHONHTTPSVERIFY=0\nENV GIT_SSL_NO_VERIFY=true\nCMD ["node", "app.js"]\n',
      errors: [
        { line: 2, column: 13, endLine: 2, endColumn: 43, message: 'ENV NODE_TLS_REJECT_UNAUTHORIZED=0' },
        { line: 3, column: 5, endLine: 3, endColumn: 24 },
        { line: 4, column: 5, endLine: 4, endColumn: 27 },
      ],
      // The tester applies one of two fixes that touch; the other waits for the next pass.
      output: 'FROM node:20\nENV APP=web\nENV GIT_SSL_NO_VERIFY=true\nCMD ["node", "app.js"]\n',
    },
    {
      name: 'a command assignment',
      code: 'FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 35 }],
      output: 'FROM node:20\nRUN npm ci\n',
    },
    {
      name: 'settings with no exact edit: config commands and file writes',
      code: 'FROM node:20\nRUN npm config set strict-ssl false\nRUN git config --global http.sslVerify false\nRUN echo "sslverify=0" >> /etc/yum.conf\n',
      errors: [
        { line: 2, column: 20, endLine: 2, endColumn: 36 },
        { line: 3, column: 25, endLine: 3, endColumn: 45 },
        { line: 4, column: 5, endLine: 4, endColumn: 40, message: 'sslverify=0 written to /etc/yum.conf' },
      ],
      output: null,
    },
  ],
});
