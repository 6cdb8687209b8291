import rule from '../../../rules/src/rules/daemon/userns-remap.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{"userns-remap": "default"}',
    '{"userns-remap": "dockremap:dockremap"}',
    { name: 'a wrong type is daemon/syntax\'s', code: '{"userns-remap": true}' },
    { name: 'broken top level', code: '"x"' },
  ],
  invalid: [
    {
      name: 'absent',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'does not set "userns-remap", so root in a container is root on the host', object: null }],
      output: '{\n  "icc": false,\n  "userns-remap": "default"\n}\n',
    },
    {
      name: 'empty string',
      code: '{"userns-remap": ""}',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 20, message: 'An empty "userns-remap" turns remapping off' }],
      output: '{"userns-remap": "default"}',
    },
  ],
});
