import { setScalar } from '../../fix/yaml-edits.js';
import { containers, podAnnotations, podSpecs, type PodSpec } from '../../kubernetes/pod-specs.js';
import {
  ALLOWED_SECCOMP_TYPES,
  allowedSeccompAnnotation,
  PSS_SINCE,
  pssAtLeast,
  SECCOMP_CONTAINER_ANNOTATION_PREFIX,
  SECCOMP_POD_ANNOTATION,
} from '../../kubernetes/pss.js';
import { explicitSettings, subField } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { isScalar, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/seccomp-unconfined',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'Seccomp filtering turned off',
  references: ['PSS-B'],
  aliases: ['KSV-0104'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      if (pssAtLeast(ctx, PSS_SINCE.seccompField)) checkFields(ctx, podSpec);
      else checkAlphaAnnotations(ctx, podSpec);
    }
  },
});

function checkFields(ctx: RuleContext, podSpec: PodSpec): void {
  for (const setting of explicitSettings(podSpec, containers(podSpec), 'seccompProfile')) {
    const type = subField(setting, 'type', podSpec);
    const value = stringValue(type?.value);
    if (!type || value === undefined || ALLOWED_SECCOMP_TYPES.has(value)) continue;
    ctx.report({
      at: type.pair,
      message:
        value === 'Unconfined'
          ? `${setting.owner} sets seccompProfile.type: Unconfined, so its processes may make every system call, including the rarely needed ones behind most kernel exploits.`
          : `${setting.owner} sets seccompProfile.type to "${value}"; Pod Security accepts only RuntimeDefault or Localhost, so the pod is rejected.`,
    object: setting.object,
      fix: () => singleEditFix('Use the RuntimeDefault seccomp profile', type.merged ? null : setScalar(type.value, 'RuntimeDefault', podSpec.doc)),
    });
  }
}

/** Before 1.19 seccomp was set with alpha annotations, and Pod Security reads those instead. */
function checkAlphaAnnotations(ctx: RuleContext, podSpec: PodSpec): void {
  const names = new Set(containers(podSpec).map((c) => c.name));
  const annotations = [
    ...podAnnotations(podSpec, SECCOMP_POD_ANNOTATION).filter((a) => a.key === SECCOMP_POD_ANNOTATION),
    // Only annotations naming one of the pod's containers are read.
    ...podAnnotations(podSpec, SECCOMP_CONTAINER_ANNOTATION_PREFIX).filter((a) => names.has(a.key.slice(SECCOMP_CONTAINER_ANNOTATION_PREFIX.length))),
  ];
  for (const annotation of annotations) {
    if (allowedSeccompAnnotation(annotation.value)) continue;
    const valueNode = annotation.pair.value;
    ctx.report({
      at: annotation.pair.pair,
      message: `${podSpec.label} sets the seccomp annotation ${annotation.key} to "${annotation.value}", so its processes are not limited to the default set of system calls.`,
      object: podSpec.label,
      fix: () => {
        const edit = annotation.pair.merged || !isScalar(valueNode) ? null : setScalar(valueNode, 'runtime/default', podSpec.doc);
        return singleEditFix('Use the runtime/default seccomp profile', edit);
      },
    });
  }
}
