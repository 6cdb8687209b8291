import rule from '../../../rules/src/rules/dockerfile/pipefail.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { name: 'SHELL with pipefail', code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n' },
    { name: 'SHELL -euxo pipefail, inherited by a later stage', code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nFROM base\nRUN a | b\n' },
    { name: 'set -o pipefail first', code: 'FROM debian:12\nRUN set -eo pipefail; curl -fsSL https://example.com/a.tgz | tar xz\n' },
    { name: 'quoted pipe', code: 'FROM debian:12\nRUN echo "a | b" > /x\n' },
    { name: 'PowerShell and cmd are not POSIX shells', code: 'FROM debian:12\nSHELL ["powershell", "-command"]\nRUN a | b\nSHELL ["cmd", "/S", "/C"]\nRUN c | d\n' },
    { name: 'Windows images run cmd by default', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN type a.txt | findstr x\n' },
    { name: 'exec form uses no SHELL', code: 'FROM debian:12\nRUN ["bash", "-c", "a | b"]\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz -C /opt\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 58, message: 'RUN in stage 0 pipes commands without pipefail', object: 'stage/0', severity: 'warning' }],
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz -C /opt\n',
    },
    {
      name: 'ash on Alpine; one SHELL per stage before its first piped RUN',
      code: 'FROM alpine:3.20 AS fetch\nRUN apk add --no-cache curl\nRUN wget -qO- https://example.com/a | tar x\nRUN a | b\nFROM python:3.12-alpine\nRUN set -o pipefail\nFROM debian:12\nRUN set -e; a | b; set -o pipefail\n',
      errors: [
        { line: 3, column: 5, endLine: 3, endColumn: 44, object: 'stage/fetch' },
        { line: 4, column: 5, endLine: 4, endColumn: 10 },
        { line: 8, column: 13, endLine: 8, endColumn: 18 },
      ],
      output:
        'FROM alpine:3.20 AS fetch\nRUN apk add --no-cache curl\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/a | tar x\nRUN a | b\nFROM python:3.12-alpine\nRUN set -o pipefail\nFROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN set -e; a | b; set -o pipefail\n',
    },
    {
      name: 'a heredoc script, and a SHELL without pipefail',
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/x | sha256sum\nEOF\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 45 }],
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/x | sha256sum\nEOF\n',
    },
  ],
});
