import rule from '../../../rules/src/rules/dockerfile/setuid-binary.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN chmod 0755 /usr/local/bin/app && chmod 755 /x && chmod +x /y\n',
    { name: 'removing the bits, and the sticky bit', code: 'FROM debian:12\nRUN chmod u-s,g-s /usr/bin/passwd && chmod a-s /x && chmod 1777 /scratch && chmod +t /shared\n' },
    { name: 'o+s does nothing', code: 'FROM debian:12\nRUN chmod o+s /x\n' },
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "chmod 4755 /bin/x"\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN chmod 4755 /usr/local/bin/helper\n',
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 15, message: 'chmod 4755 in stage 0 sets the setuid bit', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'symbolic modes, setgid, both bits, install -m, find -exec',
      code: 'FROM debian:12\nRUN chmod u+s /a && chmod -R g+s /srv && chmod 06755 /b && install -m 2755 x /c\nRUN find /opt/bin -type f -exec chmod +s {} +\n',
      errors: [
        { line: 2, column: 11, endLine: 2, endColumn: 14, message: 'setuid bit' },
        { line: 2, column: 30, endLine: 2, endColumn: 33, message: 'setgid bit' },
        { line: 2, column: 48, endLine: 2, endColumn: 53, message: 'setuid and setgid bits' },
        { line: 2, column: 71, endLine: 2, endColumn: 75, message: 'install -m 2755' },
        { line: 3, column: 39, endLine: 3, endColumn: 41 },
      ],
      output: null,
    },
  ],
});
