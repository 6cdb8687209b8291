// compose/capabilities-not-dropped: Docker gives every container a default set of capabilities
// (CHOWN, SETUID, NET_RAW…) that most services never use; each is one more tool for an attacker.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { appendItem, insertEntries } from '../../fix/yaml-edits.js';
import { serviceCapabilities, type CapabilityEntry, type CapabilityList } from '../../compose/capabilities.js';
import { findingAnchor, originNote, services, type ComposeService } from '../../compose/services.js';

export default defineRule({
  id: 'compose/capabilities-not-dropped',
  severity: 'info',
  fix: 'unsafe',
  risk: 'container',
  title: 'Service does not drop all capabilities',
  references: ['CIS-D 5.4'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      // An override file or `extends:` may drop them in the base service (Compose merges cap_drop).
      if (svc.partial) continue;
      const drop = serviceCapabilities(svc, 'cap_drop');
      if (!drop) reportMissing(ctx, svc);
      else if (!drop.entries.some(isAll)) reportPartial(ctx, svc, drop);
    }
  },
});

const isAll = (c: CapabilityEntry) => c.name === 'ALL';

function reportMissing(ctx: RuleContext, svc: ComposeService): void {
  ctx.report({
    at: svc.keyNode,
    message: `Service "${svc.name}" does not drop capabilities (cap_drop: [ALL]): it keeps Docker's default set, which an attacker can use.`,
    object: svc.label,
    fix: () => {
      const edit = insertEntries(ctx.file, svc.node, { cap_drop: ['ALL'] }, svc.doc);
      return singleEditFix('Add cap_drop: [ALL]', edit);
    },
  });
}

function reportPartial(ctx: RuleContext, svc: ComposeService, drop: CapabilityList): void {
  ctx.report({
    at: findingAnchor(drop.setting),
    message: `Service "${svc.name}" drops only some capabilities${originNote(drop.setting)}: the rest of Docker's default set stays, which an attacker can use.`,
    object: svc.label,
    fix: () => {
      // ALL covers whatever the list names, so an inherited list can be replaced in this service.
      const edit = drop.setting.own
        ? drop.seq && appendItem(ctx.file, drop.seq, 'ALL', svc.doc)
        : insertEntries(ctx.file, svc.node, { cap_drop: ['ALL'] }, svc.doc);
      return singleEditFix('Drop ALL capabilities', edit);
    },
  });
}
