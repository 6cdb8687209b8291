import rule from '../../../rules/src/rules/daemon/live-restore.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{"live-restore": true}',
    { name: 'a string "true" is a type error, reported by daemon/syntax', code: '{"live-restore": "true"}' },
  ],
  invalid: [
    {
      name: 'absent, one-line object',
      code: '{"icc": false}',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'does not set "live-restore": true', object: null }],
      output: '{"icc": false, "live-restore": true}',
    },
    {
      name: 'false',
      code: '{\n\t"live-restore": false\n}\n',
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 23, message: '"live-restore": false stops every container' }],
      output: '{\n\t"live-restore": true\n}\n',
    },
  ],
});
