// compose/pids-limit: without a PIDs limit a fork bomb (or a leak) in one container exhausts the
// host's process table and takes every other container and the host down with it.
import { singleEditFix, defineRule, type RuleContext } from '../../rule.js';
import { insertEntries, setScalar } from '../../fix/yaml-edits.js';
import { deployLimit, originNote, services, setting, type ComposeService, type ServiceSetting } from '../../compose/services.js';
import { stringValue } from '../../yaml/nodes.js';

const SUGGESTED_LIMIT = 200;

/** Docker treats 0 and negative values (conventionally -1) as "unlimited". */
function isUnlimited(s: ServiceSetting): boolean {
  const text = stringValue(s.value);
  return text !== undefined && /^\s*-?\d+\s*$/.test(text) && Number(text) <= 0;
}

function reportUnlimited(ctx: RuleContext, svc: ComposeService, s: ServiceSetting, key: string): void {
  ctx.report({
    at: s.at,
    message: `Service "${svc.name}" sets ${key}: ${stringValue(s.value)}${originNote(s)}, which means no PIDs limit: a fork bomb in it can exhaust the host's process table.`,
    object: svc.label,
    fix: () => {
      // An inherited `pids_limit` is overridden in the service; an inherited `deploy…pids` cannot be,
      // since Compose rejects a `pids_limit` that differs from it.
      const edit = s.own
        ? setScalar(s.value, SUGGESTED_LIMIT, svc.doc)
        : key === 'pids_limit'
          ? insertEntries(ctx.file, svc.node, { pids_limit: SUGGESTED_LIMIT }, svc.doc)
          : null;
      return singleEditFix(`Set ${key} to ${SUGGESTED_LIMIT}`, edit);
    },
  });
}

function reportMissing(ctx: RuleContext, svc: ComposeService): void {
  ctx.report({
    at: svc.keyNode,
    message: `Service "${svc.name}" has no PIDs limit (pids_limit): a fork bomb in it can exhaust the host's process table.`,
    object: svc.label,
    fix: () => {
      const edit = insertEntries(ctx.file, svc.node, { pids_limit: SUGGESTED_LIMIT }, svc.doc);
      return singleEditFix(`Add pids_limit: ${SUGGESTED_LIMIT}`, edit);
    },
  });
}

export default defineRule({
  id: 'compose/pids-limit',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'host',
  title: 'Service has no PIDs limit',
  references: ['CIS-D 5.29'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const own = setting(svc, 'pids_limit');
      const deploy = deployLimit(svc, 'pids');
      if (own && isUnlimited(own)) reportUnlimited(ctx, svc, own, 'pids_limit');
      if (deploy && isUnlimited(deploy)) reportUnlimited(ctx, svc, deploy, 'deploy.resources.limits.pids');
      // Missing: an override file or `extends:` may get the limit from the base service.
      if (!own && !deploy && !svc.partial) reportMissing(ctx, svc);
    }
  },
});
