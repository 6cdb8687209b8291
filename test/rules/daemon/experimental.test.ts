import rule from '../../../rules/src/rules/daemon/experimental.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['{}', '{"experimental": false}', { name: 'nested in features is another setting', code: '{"features": {"experimental": true}}' }],
  invalid: [
    {
      name: 'true is removed',
      code: '{\n  "icc": false,\n  "experimental": true\n}\n',
      errors: [{ line: 3, column: 19, endLine: 3, endColumn: 23, message: 'unsupported daemon features', object: null }],
      output: '{\n  "icc": false\n}\n',
    },
    {
      name: 'the only property leaves {}',
      code: '{"experimental": true}',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 22 }],
      output: '{}',
    },
  ],
});
