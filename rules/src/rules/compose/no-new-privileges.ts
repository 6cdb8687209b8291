// compose/no-new-privileges: without the no_new_privs flag, a setuid or setgid binary in the image
// (su, sudo, passwd, or one an attacker drops in) can raise a process's privileges in the container.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { appendItem, insertEntries, setScalar } from '../../fix/yaml-edits.js';
import { parseGoBool, serviceSecurityOpts, type SecurityOpt, type SecurityOptList } from '../../compose/security-opt.js';
import { findingAnchor, inheritedNote, originNote, services, type ComposeService } from '../../compose/services.js';
import type { ParsedFile } from '../../documents/parse.js';
import type { Edit } from '../../types.js';

const OPTION = 'no-new-privileges:true';

/** true/false for a `no-new-privileges` entry (a bare one means true), undefined for other entries. */
function setsNoNewPrivileges(opt: SecurityOpt): boolean | undefined {
  if (opt.key !== 'no-new-privileges') return undefined;
  return opt.value === undefined ? true : parseGoBool(opt.value);
}

export default defineRule({
  id: 'compose/no-new-privileges',
  severity: 'warning',
  fix: 'safe',
  risk: 'container',
  title: 'Service does not set no-new-privileges',
  references: ['CIS-D 5.26'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const opts = serviceSecurityOpts(svc);
      const last = opts && lastFlag(opts);
      if (last && setsNoNewPrivileges(last)) continue;
      // Missing, it may come from an override file or `extends:` (Compose merges security_opt).
      if (opts && last) reportDisabled(ctx, svc, opts, last);
      else if (!svc.partial) reportMissing(ctx, svc, opts);
    }
  },
});

/** The `no-new-privileges` entry that counts: the daemon applies the entries in order, so the last one wins. */
function lastFlag(opts: SecurityOptList): SecurityOpt | undefined {
  for (let i = opts.entries.length - 1; i >= 0; i--) if (setsNoNewPrivileges(opts.entries[i]) !== undefined) return opts.entries[i];
  return undefined;
}

function reportDisabled(ctx: RuleContext, svc: ComposeService, opts: SecurityOptList, last: SecurityOpt): void {
  ctx.report({
    at: last.shared ? findingAnchor(opts.setting) : last.node,
    message: `Service "${svc.name}" sets security_opt ${last.text}${inheritedNote(last.shared)}: setuid and setgid binaries can raise privileges inside it.`,
    object: svc.label,
    fix: () => fixWith(last.shared ? null : setScalar(last.node, OPTION, svc.doc)),
  });
}

function reportMissing(ctx: RuleContext, svc: ComposeService, opts: SecurityOptList | undefined): void {
  ctx.report({
    at: opts ? findingAnchor(opts.setting) : svc.keyNode,
    message: opts
      ? `Service "${svc.name}" has security_opt${originNote(opts.setting)} without ${OPTION}: setuid and setgid binaries can raise privileges inside it.`
      : `Service "${svc.name}" does not set security_opt ${OPTION}: setuid and setgid binaries can raise privileges inside it.`,
    object: svc.label,
    fix: () => fixWith(addOptionEdit(ctx.file, svc, opts)),
  });
}

/** A list written in this service gets the entry; an inherited one cannot be extended without replacing it. */
function addOptionEdit(file: ParsedFile, svc: ComposeService, opts: SecurityOptList | undefined): Edit | null {
  if (!opts) return insertEntries(file, svc.node, { security_opt: [OPTION] }, svc.doc);
  return opts.setting.own && opts.seq ? appendItem(file, opts.seq, OPTION, svc.doc) : null;
}

function fixWith(edit: ReturnType<typeof setScalar>) {
  return singleEditFix(`Set ${OPTION}`, edit);
}
