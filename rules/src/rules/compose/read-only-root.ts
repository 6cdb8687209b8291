// compose/read-only-root: with a writable root filesystem an attacker can change the service's own
// binaries and configuration, or drop tools, and the change lasts as long as the container.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { insertEntries, setIn } from '../../fix/yaml-edits.js';
import { originNote, services, setting, type ComposeService, type ServiceSetting } from '../../compose/services.js';
import { isTrue, stringValue } from '../../yaml/nodes.js';

export default defineRule({
  id: 'compose/read-only-root',
  severity: 'info',
  fix: 'unsafe',
  risk: 'container',
  title: 'Service root filesystem is writable',
  references: ['CIS-D 5.13'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const readOnly = setting(svc, 'read_only');
      if (readOnly && isTrue(readOnly.value)) continue;
      // A value from an anchor is overridden in this service; a missing one may come from the base
      // file of an override file or `extends:`.
      if (readOnly || !svc.partial) report(ctx, svc, readOnly);
    }
  },
});

function report(ctx: RuleContext, svc: ComposeService, readOnly: ServiceSetting | undefined): void {
  ctx.report({
    at: readOnly ? readOnly.at : svc.keyNode,
    message: readOnly
      ? `Service "${svc.name}" sets read_only: ${stringValue(readOnly.value) ?? ''}${originNote(readOnly)}, so an attacker can modify its root filesystem.`
      : `Service "${svc.name}" does not set read_only: true, so an attacker can modify its root filesystem.`,
    object: svc.label,
    fix: () => {
      const edit = readOnly?.own
        ? setIn(ctx.file, readOnly.parent, ['read_only'], true, svc.doc)
        : insertEntries(ctx.file, svc.node, { read_only: true }, svc.doc);
      return singleEditFix('Set read_only: true', edit);
    },
  });
}
