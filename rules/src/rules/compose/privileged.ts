// compose/privileged: a privileged container has every capability and every host device, so a
// compromise of it is a compromise of the host.
import { singleEditFix, defineRule } from '../../rule.js';
import { insertEntries, removeEntry } from '../../fix/yaml-edits.js';
import { originNote, services, setting } from '../../compose/services.js';
import { isTrue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'compose/privileged',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: 'Service runs privileged',
  references: ['CIS-D 5.5'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const privileged = setting(svc, 'privileged');
      if (!privileged || !isTrue(privileged.value)) continue;
      ctx.report({
        at: privileged.at,
        message: `Service "${svc.name}" runs privileged${originNote(privileged)}: it has every capability and all host devices, so escaping to the host is easy.`,
        object: svc.label,
        fix: () => {
          // Written in the service: remove it. Inherited from an anchor: override it in this service only.
          const fix = privileged.own
            ? { title: 'Remove privileged: true', edit: removeEntry(ctx.file, privileged.parent, privileged.pair, svc.doc) }
            : { title: 'Override with privileged: false in this service', edit: insertEntries(ctx.file, svc.node, { privileged: false }, svc.doc) };
          return singleEditFix(fix.title, fix.edit);
        },
      });
    }
  },
});
