import { setIn } from '../../fix/yaml-edits.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { containerSetting } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/read-only-root-filesystem',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'Container can write to its root file system',
  references: ['CIS-K 5.7'],
  aliases: ['KSV-0014', 'CKV_K8S_22', 'C-0017'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const container of allContainers(ctx)) {
      // Windows containers do not support a read-only root file system.
      if (container.podSpec.isWindows) continue;
      // A container-only field: a pod-level value is ignored by Kubernetes, so it is not read.
      const setting = containerSetting(container, 'readOnlyRootFilesystem');
      if (setting && isTrue(setting.node)) continue;
      ctx.report({
        at: setting ? setting.pair : container.anchor,
        message: `Container "${container.name}" ${setting ? 'sets readOnlyRootFilesystem: false' : 'does not set readOnlyRootFilesystem: true'}, so an attacker in it can change its programs and plant tools.`,
        object: container.label,
        missing: !setting,
        // Unsafe: an application that writes outside its volumes will fail until given an emptyDir.
        fix: () => {
          const edit = setIn(ctx.file, container.node, ['securityContext', 'readOnlyRootFilesystem'], true, container.podSpec.doc);
          return singleEditFix('Set readOnlyRootFilesystem: true (mount an emptyDir where the app writes)', edit);
        },
      });
    }
  },
});
