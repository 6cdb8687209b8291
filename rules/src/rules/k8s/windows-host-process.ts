import { removeEntry } from '../../fix/yaml-edits.js';
import { containers, podSpecs } from '../../kubernetes/pod-specs.js';
import { explicitSettings, subField } from '../../kubernetes/security-context.js';
import { singleEditFix, defineRule } from '../../rule.js';
import { asMap, isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'k8s/windows-host-process',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: 'Windows HostProcess container',
  references: ['PSS-B'],
  aliases: ['KSV-0103'],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const setting of explicitSettings(podSpec, containers(podSpec), 'windowsOptions')) {
        const hostProcess = subField(setting, 'hostProcess', podSpec);
        const options = asMap(setting.node);
        if (!hostProcess || !options || !isTrue(hostProcess.value)) continue;
        ctx.report({
          at: hostProcess.pair,
          message: `${setting.owner} sets windowsOptions.hostProcess: true, so it runs as a process directly on the Windows node, with the node's network and file system.`,
          object: setting.object,
          fix: () => singleEditFix('Remove hostProcess', hostProcess.merged || setting.merged ? null : removeEntry(ctx.file, options, hostProcess.pair, podSpec.doc)),
        });
      }
    }
  },
});
