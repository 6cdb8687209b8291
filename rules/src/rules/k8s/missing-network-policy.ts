import { podLabels } from '../../kubernetes/network.js';
import { podSpecs } from '../../kubernetes/pod-specs.js';
import { canSearchWorkspace, policiesInContext, policyFacts, policySelects, workspacePolicies } from '../../kubernetes/workspace-policies.js';
import { defineRule } from '../../rule.js';
import { getNode, isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/missing-network-policy',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'No NetworkPolicy selects the workload',
  references: ['CIS-K 5.3.2'],
  aliases: ['CKV2_K8S_6', 'non-isolated-pod'],
  appliesTo: 'k8s',
  // Reads other documents: policies in other documents and files select the workload. Its findings
  // in a document are reused while the document and those policies are unchanged.
  crossDocumentFacts: policyFacts,
  check(ctx) {
    const local = policiesInContext(ctx);
    // Without a workspace to search, only a file that manages policies itself can be judged. (Asked
    // before the file's workloads are read: that is the common case, on every keystroke.)
    if (local.length === 0 && !canSearchWorkspace(ctx.workspace)) return;
    // A PodTemplate starts no pods; host-network pods are outside NetworkPolicy's reach altogether.
    const workloads = podSpecs(ctx).filter((p) => p.resource.kind !== 'PodTemplate' && !isTrue(getNode(p.node, 'hostNetwork', p.doc)));
    if (workloads.length === 0) return;
    // Undefined only without a workspace to search, which the check above leaves to files with policies.
    const remote = workspacePolicies(ctx.workspace, ctx.fileName);
    const policies = [...local, ...(remote ?? [])];
    const where = remote ? 'in the workspace' : 'in this file';
    for (const { resource } of workloads) {
      const labels = podLabels(resource);
      if (policies.some((p) => policySelects(p, resource.namespace, labels))) continue;
      const namespace = resource.namespace ? `namespace ${resource.namespace}` : 'its namespace (default unless applied with -n)';
      ctx.report({
        at: resource.kindNode,
        message: `No NetworkPolicy ${where} selects the pods of ${resource.label} in ${namespace}: they accept connections from every pod in the cluster and can reach any address.`,
        object: resource.label,
      });
    }
  },
});
