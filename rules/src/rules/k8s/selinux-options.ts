import { containers, podSpecs } from '../../kubernetes/pod-specs.js';
import { allowedSeLinuxTypes } from '../../kubernetes/pss.js';
import { explicitSettings, subField } from '../../kubernetes/security-context.js';
import { defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/selinux-options',
  severity: 'error',
  fix: 'none',
  risk: 'host',
  title: 'SELinux type, user or role overridden',
  references: ['PSS-B'],
  aliases: ['KSV-0025'],
  appliesTo: 'k8s',
  check(ctx) {
    const allowedTypes = allowedSeLinuxTypes(ctx);
    for (const podSpec of podSpecs(ctx)) {
      for (const setting of explicitSettings(podSpec, containers(podSpec), 'seLinuxOptions')) {
        const type = subField(setting, 'type', podSpec);
        const typeValue = stringValue(type?.value);
        if (type && typeValue !== undefined && !allowedTypes.has(typeValue)) {
          ctx.report({
            at: type.pair,
            message: `${setting.owner} sets the SELinux type "${typeValue}", which is not one of the container types (${[...allowedTypes].filter(Boolean).join(', ')}): a different type can lift the SELinux confinement of containers.`,
            object: setting.object,
          });
        }
        for (const key of ['user', 'role']) {
          const found = subField(setting, key, podSpec);
          // An empty string is the same as unset.
          if (!found || stringValue(found.value) === '') continue;
          ctx.report({
            at: found.pair,
            message: `${setting.owner} sets the SELinux ${key} "${stringValue(found.value) ?? ''}": choosing the SELinux ${key} can give the container a less confined context.`,
            object: setting.object,
          });
        }
      }
    }
  },
});
