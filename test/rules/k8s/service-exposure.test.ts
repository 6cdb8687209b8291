import rule from '../../../rules/src/rules/k8s/service-exposure.js';
import { runRuleTests } from '../../rule-tester.js';

const service = (type: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ${type}\n  selector: {app: web}\n  ports: [{port: 80}]\n`;

runRuleTests(rule, {
  valid: [
    { name: 'ClusterIP', code: service('type: ClusterIP') },
    { name: 'no type (ClusterIP by default)', code: service('clusterIP: None') },
    { name: 'ExternalName', code: service('type: ExternalName') },
  ],
  invalid: [
    {
      name: 'NodePort',
      code: service('type: NodePort'),
      errors: [{ message: 'Service/web is of type NodePort: it opens a port on every node of the cluster, so its pods can be reached from outside the cluster.', line: 6, column: 9, endLine: 6, endColumn: 17, object: 'Service/web', severity: 'info' }],
      output: null,
    },
    {
      name: 'LoadBalancer, quoted',
      code: service('type: "LoadBalancer"'),
      errors: [{ message: 'is of type LoadBalancer: it asks the cloud provider for a load balancer', line: 6, column: 9, endLine: 6, endColumn: 23 }],
      output: null,
    },
  ],
});
