import rule from '../../../rules/src/rules/daemon/seccomp-unconfined.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{}',
    '{"seccomp-profile": "/etc/docker/seccomp.json"}',
    '{"seccomp-profile": "builtin"}',
    { name: 'dockerd compares exactly: "Unconfined" is a file path', code: '{"seccomp-profile": "Unconfined"}' },
  ],
  invalid: [
    {
      name: 'the line goes',
      code: '{\n  "icc": false,\n  "seccomp-profile": "unconfined",\n  "live-restore": true\n}\n',
      errors: [{ line: 3, column: 22, endLine: 3, endColumn: 34, message: 'without a seccomp filter', object: null }],
      output: '{\n  "icc": false,\n  "live-restore": true\n}\n',
    },
    {
      name: 'the last property',
      code: '{"icc": false, "seccomp-profile": "unconfined"}',
      errors: [{ line: 1, column: 35, endLine: 1, endColumn: 47 }],
      output: '{"icc": false}',
    },
  ],
});
