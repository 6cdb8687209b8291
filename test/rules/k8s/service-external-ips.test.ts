import rule from '../../../rules/src/rules/k8s/service-external-ips.js';
import { runRuleTests } from '../../rule-tester.js';

const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n${spec}`;

runRuleTests(rule, {
  valid: [
    { name: 'no externalIPs', code: service('') },
    { name: 'empty and null lists', code: service('  externalIPs: []\n') + '---\n' + service('  externalIPs:\n') },
    { name: 'a kind named Service in another API group', code: 'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: k}\nspec:\n  externalIPs: [1.2.3.4]\n' },
  ],
  invalid: [
    {
      name: 'one address',
      code: service('  externalIPs:\n    - 203.0.113.10\n'),
      errors: [{ message: 'Service/web claims the external IP 203.0.113.10: every node sends traffic for that address to this Service, even traffic meant for a machine outside the cluster (CVE-2020-8554).', line: 8, column: 3, endLine: 8, endColumn: 14, object: 'Service/web', severity: 'warning' }],
      output: null,
    },
    {
      name: 'several addresses in flow style',
      code: service('  externalIPs: [10.0.0.1, 10.0.0.2]\n'),
      errors: [{ message: 'claims the external IPs 10.0.0.1, 10.0.0.2: every node sends traffic for those addresses', line: 8, column: 3, endLine: 8, endColumn: 14 }],
      output: null,
    },
  ],
});
