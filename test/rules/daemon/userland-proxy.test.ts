import rule from '../../../rules/src/rules/daemon/userland-proxy.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['{"userland-proxy": false}', { name: 'wrong type is daemon/syntax\'s', code: '{"userland-proxy": "false"}' }],
  invalid: [
    {
      name: 'absent',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'does not set "userland-proxy": false', object: null }],
      output: '{\n  "icc": false,\n  "userland-proxy": false\n}\n',
    },
    {
      name: 'true',
      code: '{\n  "userland-proxy": true\n}\n',
      errors: [{ line: 2, column: 21, endLine: 2, endColumn: 25, message: '"userland-proxy": true runs a docker-proxy' }],
      output: '{\n  "userland-proxy": false\n}\n',
    },
  ],
});
