import { isIngress, nonEmptyList } from '../../kubernetes/network.js';
import { resources } from '../../kubernetes/resources.js';
import { defineRule } from '../../rule.js';
import { entries, getIn, getNode } from '../../yaml/nodes.js';

/**
 * Annotations that make a cloud load balancer terminate TLS with a certificate it manages, so the
 * Ingress itself needs no `tls` section.
 */
const LOAD_BALANCER_TLS_ANNOTATIONS = new Set([
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
]);

export default defineRule({
  id: 'k8s/ingress-without-tls',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'Ingress serves its hosts without TLS',
  references: [],
  aliases: ['tlsSettingsMissing', 'C-0263'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const resource of resources(ctx)) {
      if (!isIngress(resource)) continue;
      const spec = getNode(resource.node, 'spec', resource.doc);
      if (!nonEmptyList(getNode(spec, 'rules', resource.doc)) || nonEmptyList(getNode(spec, 'tls', resource.doc))) continue;
      const annotations = entries(getIn(resource.node, ['metadata', 'annotations'], resource.doc), resource.doc);
      if (annotations.some((a) => LOAD_BALANCER_TLS_ANNOTATIONS.has(String(a.key.value)))) continue;
      ctx.report({
        at: resource.kindNode,
        message: `${resource.label} has rules but no spec.tls: its hosts are served over plain HTTP, so requests, cookies and credentials cross the network unencrypted.`,
        object: resource.label,
      });
    }
  },
});
