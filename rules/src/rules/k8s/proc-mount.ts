import { removeEntry } from '../../fix/yaml-edits.js';
import { allContainers } from '../../kubernetes/pod-specs.js';
import { restrictedProfile, userNamespaceRelaxed } from '../../kubernetes/pss.js';
import { containerSetting } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/proc-mount',
  severity: 'error',
  fix: 'safe',
  risk: 'host',
  title: "Container's /proc is not masked",
  references: ['PSS-B', 'PSS-R'],
  aliases: ['KSV-0027'],
  appliesTo: 'k8s',
  // Both Pod Security checks in one rule: baseline `procMount` (relaxed from 1.35 for pods with
  // `hostUsers: false`) and restricted `procMount_restricted` (1.35+, no relaxation). Before 1.35
  // they agree; from 1.35 the configured profile decides whether the relaxation applies.
  check(ctx) {
    for (const container of allContainers(ctx)) {
      const procMount = containerSetting(container, 'procMount');
      const value = procMount && stringValue(procMount.node);
      if (!procMount || value === 'Default') continue;
      const relaxed = userNamespaceRelaxed(ctx, container.podSpec);
      if (relaxed && !restrictedProfile(ctx)) continue;
      ctx.report({
        at: procMount.pair,
        message: relaxed
          ? `Container "${container.name}" sets procMount: ${value ?? '?'}; the restricted profile forbids an unmasked /proc even in a user namespace (hostUsers: false), since it exposes kernel settings and information of the node.`
          : `Container "${container.name}" sets procMount: ${value ?? '?'}, so its /proc is not masked: it can read and change kernel settings and information of the node.`,
        object: container.label,
        fix: () => {
          const edit = procMount.merged ? null : removeEntry(ctx.file, procMount.securityContext, procMount.pair, container.podSpec.doc);
          return singleEditFix('Remove procMount (use the default, masked /proc)', edit);
        },
      });
    }
  },
});
