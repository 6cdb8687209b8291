import rule from '../../../rules/src/rules/dockerfile/curl-pipe-shell.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'download to a file, then run it', code: 'FROM debian:12\nRUN curl -fsSLo install.sh https://example.com/install.sh && sh install.sh\n' },
    { name: 'a tarball piped into tar', code: 'FROM debian:12\nRUN wget -qO- https://example.com/app.tar.gz | tar xz -C /opt\n' },
    { name: 'wget without -O - writes a file, not stdout', code: 'FROM debian:12\nRUN wget https://example.com/x.sh | sh\n' },
    { name: 'quoted text is not a command', code: 'FROM debian:12\nRUN echo "curl https://example.com | sh" > /notes\n' },
    { name: 'sh runs a file operand, not stdin', code: 'FROM debian:12\nRUN curl -fsSL https://example.com/x | sh ./local.sh\n' },
    { name: 'a version check substituted into an argument', code: 'FROM debian:12\nRUN sh -c "echo $(curl -fsSL https://example.com/VERSION)"\n' },
    { name: 'after SHELL powershell the script is not POSIX', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-command"]\nRUN curl https://example.com/x | sh\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 51, message: 'downloaded by curl with sh', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'wget -qO- into sudo bash with arguments',
      code: 'FROM debian:12\nRUN wget -qO- https://example.com/i.sh | sudo -E bash -s -- --yes\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 66, message: 'downloaded by wget with bash' }],
      output: null,
    },
    {
      name: 'through tee, into python and perl',
      code: 'FROM python:3.12\nRUN curl -s https://example.com/get.py | tee /tmp/get.py | python3 -\nRUN curl -s https://example.com/x.pl | perl\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 69, message: 'with python3' },
        { line: 3, column: 5, endLine: 3, endColumn: 44, message: 'with perl' },
      ],
      output: null,
    },
    {
      name: 'command and process substitution',
      code: 'FROM debian:12\nRUN sh -c "$(curl -fsSL https://example.com/i.sh)"\nRUN bash <(curl -fsSL https://example.com/i.sh)\nRUN eval "$(wget -qO- https://example.com/env)"\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 51 },
        { line: 3, column: 5, endLine: 3, endColumn: 48 },
        { line: 4, column: 5, endLine: 4, endColumn: 48, message: 'with eval' },
      ],
      output: null,
    },
    {
      name: 'inside sh -c, a heredoc and continuations',
      code: 'FROM debian:12 AS build\nRUN sh -c "curl -fsSL https://example.com/i.sh | bash"\nRUN <<EOF\nset -e\ncurl -fsSL https://example.com/i.sh \\\n  | sh\nEOF\n',
      errors: [
        { line: 2, column: 12, endLine: 2, endColumn: 54, object: 'stage/build' },
        { line: 5, column: 1, endLine: 6, endColumn: 7 },
      ],
      output: null,
    },
  ],
});
