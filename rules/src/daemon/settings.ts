// Boolean daemon.json settings with one safe value (`"no-new-privileges": true`, `"live-restore":
// true`, `"userland-proxy": false`): absent or unsafe is a finding whose fix writes the safe value.
import { singleEditFix, type RuleContext } from '../rule.js';
import { addProperty, daemonConfig, missingKeyAnchor, property, setValue, spanOfJson } from './config.js';

export interface BooleanSetting {
  key: string;
  safe: boolean;
  /** Message when the key is absent (dockerd's default is the unsafe value). */
  missing: string;
  /** Message when the key holds the unsafe value. */
  unsafe: string;
}

export function checkBooleanSetting(ctx: RuleContext, setting: BooleanSetting): void {
  // A broken or non-object top level is daemon/syntax's finding; an empty file is an empty configuration.
  const config = daemonConfig(ctx);
  if (!config.object && !config.empty) return;
  const prop = property(ctx, setting.key);
  const written = `"${setting.key}": ${setting.safe}`;
  if (!prop) {
    ctx.report({ at: missingKeyAnchor(ctx), message: setting.missing, object: null, fix: () => singleEditFix(`Add ${written}`, addProperty(ctx, setting.key, setting.safe)) });
    return;
  }
  // Any other type (a string "true") is a type error, which daemon/syntax reports.
  if (prop.value !== !setting.safe || !prop.valueNode) return;
  ctx.report({ at: spanOfJson(prop.valueNode), message: setting.unsafe, object: null, fix: () => singleEditFix(`Set "${setting.key}" to ${setting.safe}`, setValue(ctx, prop, setting.safe)) });
}
