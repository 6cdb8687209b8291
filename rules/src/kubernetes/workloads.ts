// Which containers the probe and resource rules judge: the pod's regular containers (init containers
// run to completion one at a time and ephemeral containers are debugging sessions, so neither takes
// probes or is scheduled by its resources the same way).
import type { RuleContext } from '../rule.js';
import { getNode, stringValue } from '../yaml/nodes.js';
import { allContainers, type Container, type PodSpec } from './pod-specs.js';

export function appContainers(ctx: RuleContext): Container[] {
  return allContainers(ctx).filter((c) => c.list === 'containers');
}

/** Kinds whose pods are meant to run until stopped (Jobs and CronJobs run to completion). */
const LONG_RUNNING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Pod']);

/** A pod that should keep serving: a controller above, or a bare Pod that is restarted when it exits. */
export function isLongRunning(podSpec: PodSpec): boolean {
  if (!LONG_RUNNING_KINDS.has(podSpec.resource.kind)) return false;
  if (podSpec.resource.kind !== 'Pod') return true;
  // A bare Pod with restartPolicy Never or OnFailure is a one-off task.
  const policy = stringValue(getNode(podSpec.node, 'restartPolicy', podSpec.doc));
  return policy === undefined || policy === 'Always';
}
