// The rule registry: every catalog rule, by kind.
import type { Rule } from '../rule.js';
import { composeRules } from './compose/index.js';
import { daemonRules } from './daemon/index.js';
import { dockerfileRules } from './dockerfile/index.js';
import { k8sRules } from './k8s/index.js';
import { kubeconfigRules } from './kubeconfig/index.js';

export const RULES: readonly Rule[] = [...dockerfileRules, ...composeRules, ...daemonRules, ...k8sRules, ...kubeconfigRules];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: ReadonlySet<string> = new Set(byId.keys());
