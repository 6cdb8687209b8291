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

/** True when the configured Kubernetes version is at least 1.<minor>. */
export function pssAtLeast(ctx: RuleContext, minor: number): boolean {
  return pssMinor(ctx) >= minor;
}

/**
 * The first Kubernetes minor version in which each versioned check exists (the `MinimumVersion`
 * of its first `VersionedCheck` in kubernetes/pod-security-admission). Checks not listed apply
 * from 1.0.
 */
export const PSS_SINCE = {
  /** `seccompProfile_baseline` reads the field from 1.19 (before: the alpha annotations). */
  seccompField: 19,
  /** `seccompProfile_restricted`. */
  seccompRestricted: 19,
  /** `capabilities_restricted`. */
  capabilitiesRestricted: 22,
  /** `runAsUser`. */
  runAsUser: 23,
  /** `container_engine_t` joins the allowed SELinux types. */
  seLinuxContainerEngine: 31,
  /** `hostProbesAndHostLifecycle`. */
  probeHost: 34,
  /** `procMount_restricted`, and the baseline procMount relaxation for `hostUsers: false`. */
  procMountUserNamespace: 35,
} as const;

/** Whether the profile being enforced is restricted (which includes every baseline check). */
export function restrictedProfile(ctx: RuleContext): boolean {
  return ctx.config.profile !== 'baseline';
}

/** `seccompProfile.type` values both seccomp checks accept (exact case). */
export const ALLOWED_SECCOMP_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

/** `appArmorProfile.type` values the baseline AppArmor check accepts (exact case). */
export const ALLOWED_APPARMOR_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

/** The AppArmor annotation of each container on the pod's metadata (deprecated since 1.30, still checked). */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** An AppArmor annotation value the baseline check accepts: empty, `runtime/default` or `localhost/<profile>`. */
export function allowedAppArmorAnnotation(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

/** The alpha seccomp annotations that the baseline check reads before 1.19. */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

/** A seccomp alpha-annotation value the pre-1.19 baseline check accepts. */
export function allowedSeccompAnnotation(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

/** `seLinuxOptions.type` values the baseline check accepts for the configured version. */
export function allowedSeLinuxTypes(ctx: RuleContext): ReadonlySet<string> {
  const types = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
  if (pssAtLeast(ctx, PSS_SINCE.seLinuxContainerEngine)) types.push('container_engine_t');
  return new Set(types);
}

/** Inline volume sources the restricted profile allows (`restrictedVolumes`); anything else fails. */
export const RESTRICTED_VOLUME_TYPES: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);
