import rule from '../../../rules/src/rules/daemon/legacy-registry.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['{"icc": false}', '{}', '', { name: 'nested, not top-level', code: '{"features": {"disable-legacy-registry": true}}' }],
  invalid: [
    {
      name: 'the only property leaves {}',
      code: '{\n  "disable-legacy-registry": true\n}\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 34, message: '"disable-legacy-registry" is obsolete', object: null }],
      output: '{}\n',
    },
    {
      name: 'first of several, four spaces: its whole line goes',
      code: '{\n    "disable-legacy-registry": false,\n    "icc": false\n}',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 37 }],
      output: '{\n    "icc": false\n}',
    },
    {
      name: 'last, tabs: the comma before it goes too',
      code: '{\n\t"icc": false,\n\t"disable-legacy-registry": true\n}\n',
      errors: [{ line: 3, column: 2, endLine: 3, endColumn: 33 }],
      output: '{\n\t"icc": false\n}\n',
    },
    {
      name: 'in the middle of a one-line object',
      code: '{"icc": false, "disable-legacy-registry": true, "debug": false}',
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 47 }],
      output: '{"icc": false, "debug": false}',
    },
    {
      name: 'in the middle, CRLF',
      code: '{\r\n  "icc": false,\r\n  "disable-legacy-registry": true,\r\n  "debug": false\r\n}\r\n',
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 34 }],
      output: '{\r\n  "icc": false,\r\n  "debug": false\r\n}\r\n',
    },
    {
      name: 'a file with a trailing comma is reported but not edited',
      code: '{\n  "icc": false,\n  "disable-legacy-registry": true,\n}\n',
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 34 }],
      output: null,
    },
  ],
});
