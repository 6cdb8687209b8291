import rule from '../../../rules/src/rules/daemon/inter-container-communication.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{"icc": false}',
    '{\n  "icc": false,\n  "live-restore": true\n}\n',
    { name: 'a top level that is not an object is daemon/syntax\'s finding', code: '["icc"]' },
    { name: 'a broken file without an object', code: '// just a comment\n' },
    { name: 'a string "true" is a type error, reported by daemon/syntax', code: '{"icc": "true"}' },
  ],
  invalid: [
    {
      name: 'empty object',
      code: '{}',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'does not set "icc": false', object: null }],
      output: '{\n  "icc": false\n}',
    },
    {
      name: 'empty file',
      code: '',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1 }],
      output: '{\n  "icc": false\n}\n',
    },
    {
      name: 'absent: added as the last property, two spaces',
      code: '{\n  "log-level": "info",\n  "live-restore": true\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
      output: '{\n  "log-level": "info",\n  "live-restore": true,\n  "icc": false\n}\n',
    },
    {
      name: 'true: the value is replaced, four spaces and key order kept',
      code: '{\n    "icc": true,\n    "iptables": true\n}\n',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 16, message: '"icc": true lets containers' }],
      output: '{\n    "icc": false,\n    "iptables": true\n}\n',
    },
    {
      name: 'tabs',
      code: '{\n\t"live-restore": true\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
      output: '{\n\t"live-restore": true,\n\t"icc": false\n}\n',
    },
    {
      name: 'a one-line object stays on one line',
      code: '{"debug": false}',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
      output: '{"debug": false, "icc": false}',
    },
    {
      name: 'CRLF line breaks',
      code: '{\r\n  "debug": false\r\n}\r\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
      output: '{\r\n  "debug": false,\r\n  "icc": false\r\n}\r\n',
    },
    {
      name: 'an indented empty object opens up around its own indentation',
      code: '  {}\n',
      errors: [{ line: 1, column: 3, endLine: 1, endColumn: 4 }],
      output: '  {\n    "icc": false\n  }\n',
    },
    {
      name: 'a key written twice: dockerd takes the last',
      code: '{"icc": false, "icc": true}',
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 27 }],
      output: '{"icc": false, "icc": false}',
    },
    {
      name: 'a file with a comment is reported but not edited',
      code: '{\n  // note\n  "debug": false\n}\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2 }],
      output: null,
    },
  ],
});
