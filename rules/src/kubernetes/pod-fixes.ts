// Fixes that set a field of the pod-level securityContext. One such edit resolves every finding of
// the pod that inherits the field, so each of those findings offers the same edit: "fix all" and the
// tester apply it once (an identical edit touching an applied one is skipped).
import { singleEditFix, type FixInput, type RuleContext } from '../rule.js';
import type { YamlValue } from '../fix/yaml-edits.js';
import { setIn } from '../fix/yaml-edits.js';
import type { PodSpec } from './pod-specs.js';

export function podSecurityContextFix(ctx: RuleContext, podSpec: PodSpec, field: string, value: YamlValue, title: string): FixInput | null {
  return singleEditFix(title, setIn(ctx.file, podSpec.node, ['securityContext', field], value, podSpec.doc));
}
