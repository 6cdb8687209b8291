import rule from '../../../rules/src/rules/daemon/insecure-registry.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{}',
    '{"insecure-registries": []}',
    { name: 'loopback, with and without ports and schemes', code: '{"insecure-registries": ["localhost", "localhost:5000", "127.0.0.1:5000", "127.1.2.3", "http://localhost:5000", "[::1]:5000", "::1"]}' },
    { name: 'loopback CIDRs', code: '{"insecure-registries": ["127.0.0.0/8", "127.0.0.1/32", "::1/128"]}' },
    { name: 'a wrong type is daemon/syntax\'s', code: '{"insecure-registries": "registry:5000"}' },
  ],
  invalid: [
    {
      name: 'one finding per non-loopback entry',
      code: '{\n  "insecure-registries": ["localhost:5000", "registry.example.com:5000", "10.0.0.0/8"]\n}\n',
      errors: [
        { line: 2, column: 45, endLine: 2, endColumn: 72, message: 'pull from registry "registry.example.com:5000" over plain HTTP', object: null },
        { line: 2, column: 74, endLine: 2, endColumn: 86, message: 'pull from every registry in 10.0.0.0/8' },
      ],
      output: null,
    },
    {
      name: 'a CIDR wider than loopback, an http:// prefix, a name that only starts like loopback',
      code: '{"insecure-registries": ["0.0.0.0/0", "http://myregistry:5000", "127.0.0.1.nip.io"]}',
      errors: [
        { line: 1, column: 26, endLine: 1, endColumn: 37 },
        { line: 1, column: 39, endLine: 1, endColumn: 63, message: 'registry "http://myregistry:5000"' },
        { line: 1, column: 65, endLine: 1, endColumn: 83 },
      ],
      output: null,
    },
    {
      name: '126.0.0.0/7 includes more than loopback',
      code: '{"insecure-registries": ["126.0.0.0/7"]}',
      errors: [{ line: 1, column: 26, endLine: 1, endColumn: 39 }],
      output: null,
    },
  ],
});
