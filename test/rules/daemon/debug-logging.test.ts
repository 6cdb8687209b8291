import rule from '../../../rules/src/rules/daemon/debug-logging.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['{}', '{"log-level": "info"}', '{"log-level": "warn", "debug": false}'],
  invalid: [
    {
      name: 'log-level debug is set to info',
      code: '{\n  "log-level": "debug"\n}\n',
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 23, message: '"log-level": "debug" logs request details', object: null }],
      output: '{\n  "log-level": "info"\n}\n',
    },
    {
      name: 'trace, in capitals',
      code: '{"log-level": "TRACE"}',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 22, message: '"log-level": "TRACE"' }],
      output: '{"log-level": "info"}',
    },
    {
      name: 'debug: true is set to false',
      code: '{"debug": true}',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 15, message: '"debug": true logs' }],
      output: '{"debug": false}',
    },
    {
      name: 'both',
      code: '{"debug": true, "log-level": "debug"}',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 15 },
        { line: 1, column: 30, endLine: 1, endColumn: 37 },
      ],
      output: '{"debug": false, "log-level": "info"}',
    },
  ],
});
