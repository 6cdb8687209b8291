import type { Config } from './config.js';
import type { Rule } from './rule.js';
import type { SeveritySetting } from './types.js';

/** The severity a rule runs at under a config, or `off`. */
export function resolveSeverity(rule: Rule, config: Config): SeveritySetting {
  const configured = config.rules[rule.id];
  if (config.only) {
    if (!config.only.includes(rule.id)) return 'off';
    if (configured && configured !== 'off') return configured;
    return rule.severity === 'off' ? (rule.severityWhenOn ?? 'warning') : rule.severity;
  }
  if (configured) return configured;
  if (config.profile === 'baseline' && rule.profile === 'restricted') return 'off';
  return rule.severity;
}
