import rule from '../../../rules/src/rules/daemon/syntax.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{}',
    { name: 'an empty file is an empty configuration', code: '\n' },
    {
      name: 'every known type right',
      code: '{\n  "icc": false,\n  "live-restore": true,\n  "log-level": "info",\n  "hosts": ["unix:///var/run/docker.sock"],\n  "insecure-registries": [],\n  "mtu": 1500,\n  "log-opts": {"max-size": "10m"}\n}\n',
    },
    { name: 'unknown keys are not judged', code: '{"some-future-option": [1, 2]}' },
  ],
  invalid: [
    {
      name: 'a line comment',
      code: '{\n  // no icc\n  "icc": false\n}',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 12, message: 'Comments are not allowed in daemon.json', severity: 'error', object: null }],
      output: null,
    },
    {
      name: 'a block comment',
      code: '/* x */ {}',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 8, message: 'Comments are not allowed' }],
      output: null,
    },
    {
      name: 'a trailing comma in an object, reported once at the comma',
      code: '{\n  "icc": false,\n}',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 16, message: 'Trailing comma' }],
      output: null,
    },
    {
      name: 'a trailing comma in an array',
      code: '{"hosts": ["fd://", ]}',
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 20, message: 'Trailing comma' }],
      output: null,
    },
    {
      name: 'a missing comma',
      code: '{"icc": false "debug": true}',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 22, message: "Expected ',' between entries" }],
      output: null,
    },
    {
      name: 'unterminated object',
      code: '{"icc": false',
      errors: [{ line: 1, column: 14, endLine: 1, endColumn: 14, message: "Expected '}' to close the object" }],
      output: null,
    },
    {
      name: 'single quotes',
      code: "{'icc': false}",
      errors: [
        { line: 1, column: 2, endLine: 1, endColumn: 7, message: 'Unexpected character' },
        { line: 1, column: 7, endLine: 1, endColumn: 8, message: 'Expected a property name in double quotes' },
        { line: 1, column: 14, endLine: 1, endColumn: 15, message: 'Expected a value' },
      ],
      output: null,
    },
    {
      name: 'a top level that is not an object',
      code: '["icc"]\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 8, message: 'must be an object, not an array' }],
      output: null,
    },
    {
      name: 'known keys with the wrong type',
      code: '{\n  "icc": "false",\n  "insecure-registries": "10.0.0.1:5000",\n  "hosts": ["unix:///var/run/docker.sock", 2375],\n  "log-level": 1,\n  "mtu": "1500",\n  "log-opts": []\n}\n',
      errors: [
        { line: 2, column: 10, endLine: 2, endColumn: 17, message: '"icc" must be a boolean (true or false), not a string' },
        { line: 3, column: 26, endLine: 3, endColumn: 41, message: '"insecure-registries" must be an array of strings, not a string' },
        { line: 4, column: 12, endLine: 4, endColumn: 49, message: '"hosts" must be an array of strings, not an array with non-string items' },
        { line: 5, column: 16, endLine: 5, endColumn: 17, message: '"log-level" must be a string, not a number' },
        { line: 6, column: 10, endLine: 6, endColumn: 16, message: '"mtu" must be a number, not a string' },
        { line: 7, column: 15, endLine: 7, endColumn: 17, message: '"log-opts" must be an object, not an array' },
      ],
      output: null,
    },
    {
      name: 'null is the wrong type too',
      code: '{"live-restore": null}',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 22, message: '"live-restore" must be a boolean (true or false), not null' }],
      output: null,
    },
    {
      name: 'garbage: only the first 20 errors are reported',
      code: '{' + '1,'.repeat(30) + '}',
      errors: Array.from({ length: 20 }, (_, i) => ({ line: 1, column: 2 + i, endLine: 1, endColumn: 3 + i, message: i % 2 === 0 ? 'Expected a property name' : 'Expected a value' })),
      output: null,
    },
  ],
});
