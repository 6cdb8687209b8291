import rule from '../../../rules/src/rules/daemon/no-new-privileges.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{"no-new-privileges": true}',
    { name: 'a string "true" is a type error, reported by daemon/syntax', code: '{"no-new-privileges": "true"}' },
    { name: 'a top level that is not an object', code: '[]' },
  ],
  invalid: [
    {
      name: 'absent: added as the last property',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'does not set "no-new-privileges": true', object: null }],
      output: '{\n  "icc": false,\n  "no-new-privileges": true\n}\n',
    },
    {
      name: 'empty file',
      code: '',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1 }],
      output: '{\n  "no-new-privileges": true\n}\n',
    },
    {
      name: 'false is set to true',
      code: '{\n  "no-new-privileges": false,\n  "icc": false\n}\n',
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 29, message: '"no-new-privileges": false lets' }],
      output: '{\n  "no-new-privileges": true,\n  "icc": false\n}\n',
    },
    {
      name: 'a file with a comment is reported but not edited',
      code: '{\n  // hardening\n  "no-new-privileges": false\n}\n',
      errors: [{ line: 3, column: 24, endLine: 3, endColumn: 29 }],
      output: null,
    },
  ],
});
