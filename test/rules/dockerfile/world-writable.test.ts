import rule from '../../../rules/src/rules/dockerfile/world-writable.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN chmod 755 /app && chmod 0775 /data && chmod g+w /shared && chmod go-w /etc/app\n',
    { name: '+w without a who obeys the umask', code: 'FROM debian:12\nRUN chmod +w /app/config\n' },
    { name: 'sticky shared directories like /tmp', code: 'FROM debian:12\nRUN mkdir -p /scratch && chmod 1777 /scratch && chmod a+rwxt /shared\n' },
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "chmod 777 /app"\n' },
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN chmod -R 777 /app\n',
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 17, message: 'chmod 777 in stage 0 makes files writable by every user', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'a+w, o+rw, 666, mkdir -m, xargs',
      code: 'FROM debian:12\nRUN chmod a+w /x && chmod o+rw /y && chmod 666 /z && mkdir -m 777 /d\nRUN ls /opt | xargs chmod 777\n',
      errors: [
        { line: 2, column: 11, endLine: 2, endColumn: 14 },
        { line: 2, column: 27, endLine: 2, endColumn: 31 },
        { line: 2, column: 44, endLine: 2, endColumn: 47 },
        { line: 2, column: 63, endLine: 2, endColumn: 66, message: 'mkdir -m 777' },
        { line: 3, column: 27, endLine: 3, endColumn: 30 },
      ],
      output: null,
    },
  ],
});
