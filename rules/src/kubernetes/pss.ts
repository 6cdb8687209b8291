// Version-dependent parts of the Pod Security Standards (kubernetes/pod-security-admission pins
// each check per Kubernetes minor version; we follow the configured `kubernetesVersion`).
import { kubernetesMinor } from '../config.js';
import type { RuleContext } from '../rule.js';
import type { PodSpec } from './pod-specs.js';

export function pssMinor(ctx: RuleContext): number {
  return kubernetesMinor(ctx.config.kubernetesVersion);
}

/**
 * From 1.25 the restricted checks allowPrivilegeEscalation, seccompProfile_restricted and
 * capabilities_restricted skip pods with `spec.os.name: windows` (those settings are Linux-only).
 */
export function windowsExempt(ctx: RuleContext, podSpec: PodSpec): boolean {
  return podSpec.isWindows && pssMinor(ctx) >= 25;
}

/**
 * From 1.35 pods in a user namespace (`hostUsers: false`) may run as any user: runAsNonRoot,
 * runAsUser and the baseline procMount check accept every value, since root inside the pod is
 * not root on the node.
 */
export function userNamespaceRelaxed(ctx: RuleContext, podSpec: PodSpec): boolean {
  return podSpec.hostUsersFalse && pssMinor(ctx) >= 35;
}
