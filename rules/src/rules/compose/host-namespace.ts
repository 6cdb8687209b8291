// compose/host-namespace: sharing one of the host's namespaces removes that layer of isolation
// between the container and the host.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { removeEntry } from '../../fix/yaml-edits.js';
import { originNote, services, setting, type ComposeService, type ServiceSetting } from '../../compose/services.js';
import { stringValue } from '../../yaml/nodes.js';

/** Each setting that can take `host`, and what the container then shares with the host. */
const NAMESPACES: readonly [key: string, consequence: string][] = [
  ['network_mode', "uses the host's network stack: it can bind any host port and reach services listening only on the host's localhost"],
  ['pid', 'sees every process on the host and can signal or trace them'],
  ['ipc', "shares the host's IPC namespace: it can read and write the host's shared memory"],
  ['uts', "shares the host's UTS namespace: it can change the host's hostname"],
  ['userns_mode', "opts out of the daemon's user-namespace remapping, so root in the container is root on the host"],
];

export default defineRule({
  id: 'compose/host-namespace',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: "Service shares a host namespace",
  references: ['CIS-D 5.10', 'CIS-D 5.16', 'CIS-D 5.17', 'CIS-D 5.21', 'CIS-D 5.31'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      for (const [key, consequence] of NAMESPACES) {
        const s = setting(svc, key);
        if (s && stringValue(s.value)?.trim() === 'host') report(ctx, svc, s, key, consequence);
      }
    }
  },
});

// Apart from the loop, so that only a reported setting pays for the fix's closure.
function report(ctx: RuleContext, svc: ComposeService, s: ServiceSetting, key: string, consequence: string): void {
  ctx.report({
    at: s.at,
    message: `Service "${svc.name}" sets ${key}: host${originNote(s)}, so it ${consequence}.`,
    object: svc.label,
    fix: () => {
      // An inherited value cannot be overridden with a neutral one (there is no "private" spelling
      // for every key), so the fix is offered only where the key is written.
      const edit = s.own ? removeEntry(ctx.file, s.parent, s.pair, svc.doc) : null;
      return singleEditFix(`Remove ${key}: host`, edit);
    },
  });
}
