import rule from '../../../rules/src/rules/k8s/missing-network-policy.js';
import type { WorkspaceIndex } from '../../../rules/src/index.js';
import { runRuleTests } from '../../rule-tester.js';

/** A workspace whose files the rule can list and read (path → text). */
function workspace(files: Record<string, string>): WorkspaceIndex {
  return { exists: (p) => p in files, read: (p) => files[p], files: () => Object.keys(files) };
}

const deployment = (namespace: string | undefined, labels = '{app: web}', name = 'web') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  selector: {matchLabels: ${labels}}\n  template:\n    metadata:\n      labels: ${labels}\n    spec:\n      containers: [{name: app, image: example/web:1.0}]\n`;
const policy = (namespace: string | undefined, podSelector: string, extra = '') =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  podSelector: ${podSelector}\n${extra}`;

const FILE = '/w/app/deploy.yaml';

runRuleTests(rule, {
  valid: [
    { name: 'no workspace index and no policy in the file: silent', code: deployment('shop') },
    { name: 'a policy in the same file selecting every pod of the namespace', code: deployment('shop') + '---\n' + policy('shop', '{}', '  policyTypes: [Ingress]\n') },
    {
      name: 'a policy elsewhere in the workspace selecting the pods by label',
      code: deployment('shop'),
      fileName: FILE,
      workspace: workspace({ [FILE]: 'stale text', '/w/net/policies.yaml': policy('shop', '{matchLabels: {app: web}}') }),
    },
    {
      name: 'matchExpressions In, NotIn, Exists and DoesNotExist',
      code: deployment('shop', '{app: web, tier: front}') + '---\n' + policy('shop', '\n    matchExpressions:\n      - {key: app, operator: In, values: [web, api]}\n      - {key: tier, operator: NotIn, values: [db]}\n      - {key: tier, operator: Exists}\n      - {key: legacy, operator: DoesNotExist}'),
    },
    { name: 'omitted namespaces on both sides are the same namespace', code: deployment(undefined) + '---\n' + policy(undefined, '{}') },
    { name: 'an omitted namespace and "default" are read as one', code: deployment(undefined) + '---\n' + policy('default', '{}') },
    { name: 'an egress-only policy also counts as selecting the pods', code: deployment('shop') + '---\n' + policy('shop', '{}', '  policyTypes: [Egress]\n') },
    {
      name: 'a selector that cannot be read exactly (templated) may match',
      code: deployment('shop') + '---\n' + policy('shop', '\n    matchLabels: {app: [web]}'),
    },
    {
      name: 'a cluster-wide policy of another engine',
      code: deployment('shop'),
      fileName: FILE,
      workspace: workspace({ '/w/net/calico.yaml': 'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: deny}\nspec:\n  selector: all()\n' }),
    },
    {
      name: 'host-network pods are outside NetworkPolicy',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: agent, namespace: shop}\nspec:\n  hostNetwork: true\n  containers: [{name: a}]\n---\n' + policy('shop', '{matchLabels: {app: other}}'),
    },
  ],
  invalid: [
    {
      name: 'the policy in the file selects other pods',
      code: deployment('shop') + '---\n' + policy('shop', '{matchLabels: {app: api}}'),
      errors: [{ message: 'No NetworkPolicy in this file selects the pods of Deployment/web in namespace shop: they accept connections from every pod in the cluster and can reach any address.', line: 2, column: 7, endLine: 2, endColumn: 17, object: 'Deployment/web', severity: 'info' }],
      output: null,
    },
    {
      name: 'workspace: the only policy is in another namespace; the stale copy of this file is ignored',
      code: deployment('shop'),
      fileName: FILE,
      workspace: workspace({ [FILE]: deployment('shop') + '---\n' + policy('shop', '{}'), '/w/net/policies.yaml': policy('billing', '{}') }),
      errors: [{ message: 'No NetworkPolicy in the workspace selects the pods of Deployment/web in namespace shop', line: 2, column: 7, endLine: 2, endColumn: 17 }],
      output: null,
    },
    {
      name: 'workspace without policies: one finding per workload, omitted namespace named',
      code: deployment(undefined) + '---\n' + deployment(undefined, '{app: api}', 'api'),
      fileName: FILE,
      workspace: workspace({ '/w/README.md': '# NetworkPolicy', '/w/other.yaml': 'kind: NetworkPolicy\n' }),
      errors: [
        { message: 'Deployment/web in its namespace (default unless applied with -n)', line: 2, column: 7, endLine: 2, endColumn: 17 },
        { message: 'Deployment/api in its namespace', line: 14, column: 7, endLine: 14, endColumn: 17, object: 'Deployment/api' },
      ],
      output: null,
    },
    {
      name: 'NotIn excludes the pods; a CronJob template labels its pods',
      code: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: report, namespace: shop}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {app: report}}\n        spec:\n          containers: [{name: r}]\n---\n' + policy('shop', '\n    matchExpressions: [{key: app, operator: NotIn, values: [report]}]'),
      errors: [{ message: 'selects the pods of CronJob/report in namespace shop', line: 2, column: 7, endLine: 2, endColumn: 14 }],
      output: null,
    },
  ],
});
