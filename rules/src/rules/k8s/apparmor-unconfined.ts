import { setScalar } from '../../fix/yaml-edits.js';
import { containers, podAnnotations, podSpecs } from '../../kubernetes/pod-specs.js';
import { ALLOWED_APPARMOR_TYPES, allowedAppArmorAnnotation, APPARMOR_ANNOTATION_PREFIX } from '../../kubernetes/pss.js';
import { explicitSettings, subField } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isScalar, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/apparmor-unconfined',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: 'AppArmor confinement turned off',
  references: ['PSS-B'],
  aliases: ['KSV-0002'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const setting of explicitSettings(podSpec, containers(podSpec), 'appArmorProfile')) {
        const type = subField(setting, 'type', podSpec);
        const value = stringValue(type?.value);
        if (!type || value === undefined || ALLOWED_APPARMOR_TYPES.has(value)) continue;
        ctx.report({
          at: type.pair,
          message:
            value === 'Unconfined'
              ? `${setting.owner} sets appArmorProfile.type: Unconfined, so its processes run without the AppArmor profile that limits what a container may do on the node.`
              : `${setting.owner} sets appArmorProfile.type to "${value}"; Pod Security accepts only RuntimeDefault or Localhost, so the pod is rejected.`,
          object: setting.object,
          fix: () => singleEditFix('Use the RuntimeDefault AppArmor profile', type.merged ? null : setScalar(type.value, 'RuntimeDefault', podSpec.doc)),
        });
      }
      // The annotation form (deprecated since 1.30) is still honoured by the kubelet and checked by Pod Security.
      for (const annotation of podAnnotations(podSpec, APPARMOR_ANNOTATION_PREFIX)) {
        if (allowedAppArmorAnnotation(annotation.value)) continue;
        const container = annotation.key.slice(APPARMOR_ANNOTATION_PREFIX.length);
        const valueNode = annotation.pair.value;
        ctx.report({
          at: annotation.pair.pair,
          message:
            annotation.value === 'unconfined'
              ? `${podSpec.label} runs container "${container}" unconfined by AppArmor (annotation ${annotation.key}), removing a layer that limits what it may do on the node.`
              : `${podSpec.label} sets the AppArmor annotation of container "${container}" to "${annotation.value}"; Pod Security accepts only runtime/default or localhost/<profile>, so the pod is rejected.`,
          object: podSpec.label,
          fix: () => {
            const edit = annotation.pair.merged || !isScalar(valueNode) ? null : setScalar(valueNode, 'runtime/default', podSpec.doc);
            return singleEditFix('Use the runtime/default AppArmor profile', edit);
          },
        });
      }
    }
  },
});
