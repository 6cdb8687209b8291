import rule from '../../../rules/src/rules/dockerfile/sudo.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'installing the sudo package is not running sudo', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo\n' },
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "sudo make install" > /notes\n' },
    { name: 'PowerShell after SHELL', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-command"]\nRUN sudo x\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get install -y curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'RUN in stage 0 uses sudo', object: 'stage/0', severity: 'warning' }],
      output: 'FROM debian:12\nRUN apt-get install -y curl\n',
    },
    {
      name: 'options go with sudo; -u changes the user, so no fix',
      code: 'FROM debian:12\nRUN sudo -E pip install flask && sudo -u app make\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 9 },
        { line: 2, column: 34, endLine: 2, endColumn: 38 },
      ],
      output: 'FROM debian:12\nRUN pip install flask && sudo -u app make\n',
    },
    {
      name: 'behind env, inside sh -c and a heredoc',
      code: 'FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive sudo apt-get install -y x\nRUN sh -c "sudo make install"\nRUN <<EOF\nsudo chown app /srv\nEOF\n',
      errors: [
        { line: 2, column: 40, endLine: 2, endColumn: 44 },
        { line: 3, column: 12, endLine: 3, endColumn: 16 },
        { line: 5, column: 1, endLine: 5, endColumn: 5 },
      ],
      output: 'FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y x\nRUN sh -c "make install"\nRUN <<EOF\nchown app /srv\nEOF\n',
    },
  ],
});
