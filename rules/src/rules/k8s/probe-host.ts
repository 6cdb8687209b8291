import { removeEntry } from '../../fix/yaml-edits.js';
import { allContainers, type Container } from '../../kubernetes/pod-specs.js';
import { PSS_SINCE, pssAtLeast } from '../../kubernetes/pss.js';
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { asMap, findPair, getIn, stringValue, type YMap } from '../../yaml/nodes.js';

/** The handlers Pod Security reads, by path under the container. */
const HANDLERS: readonly (readonly string[])[] = [
  ['livenessProbe'],
  ['readinessProbe'],
  ['startupProbe'],
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
];
const ACTIONS = ['httpGet', 'tcpSocket'] as const;

export default defineRule({
  id: 'k8s/probe-host',
  severity: 'error',
  fix: 'unsafe',
  risk: 'container',
  title: 'Probe or lifecycle handler targets another host',
  references: ['PSS-B'],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    // `hostProbesAndHostLifecycle` exists from Kubernetes 1.34.
    if (!pssAtLeast(ctx, PSS_SINCE.probeHost)) return;
    for (const container of allContainers(ctx)) {
      for (const handler of HANDLERS) {
        for (const action of ACTIONS) {
          const map = asMap(getIn(container.node, [...handler, action], container.podSpec.doc));
          if (map) report(ctx, container, map, `${handler.join('.')}.${action}`);
        }
      }
    }
  },
});

function report(ctx: RuleContext, container: Container, action: YMap, path: string): void {
  const host = findPair(action, 'host', container.podSpec.doc);
  const value = stringValue(host?.value);
  // Unset and "" both mean the pod's own IP.
  if (!host || value === undefined || value === '') return;
  ctx.report({
    at: host.pair,
    message: `Container "${container.name}" points ${path} at host "${value}": the kubelet sends that request from the node, so it can reach addresses the pod itself cannot, such as the node's own services.`,
    object: container.label,
    fix: () => singleEditFix(`Remove ${path}.host (use the pod's IP)`, host.merged ? null : removeEntry(ctx.file, action, host.pair, container.podSpec.doc)),
  });
}
