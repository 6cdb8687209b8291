import rule from '../../../rules/src/rules/daemon/iptables-disabled.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['{}', '{"iptables": true}', { name: 'ip6tables is another setting', code: '{"ip6tables": false}' }, { name: 'wrong type', code: '{"iptables": "false"}' }],
  invalid: [
    {
      name: 'false is removed',
      code: '{\n  "iptables": false,\n  "icc": false\n}\n',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 20, message: '"iptables": false stops Docker', object: null }],
      output: '{\n  "icc": false\n}\n',
    },
  ],
});
