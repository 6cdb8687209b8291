import { removeEntry, setIn, type YamlValue } from '../../fix/yaml-edits.js';
import { containers, podSpecs, type PodSpec } from '../../kubernetes/pod-specs.js';
import { CONTAINER_ONLY_FIELDS, containerSetting, podSetting, type ContainerOnlyField, type Setting } from '../../kubernetes/security-context.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';
import { asMap, asSeq, findPair, isFalse, isTrue, stringValue, type YNode } from '../../yaml/nodes.js';
import type { Edit } from '../../types.js';

export default defineRule({
  id: 'k8s/invalid-pod-level-field',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'Container-only field in the pod securityContext',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check(ctx) {
    for (const podSpec of podSpecs(ctx)) {
      for (const field of CONTAINER_ONLY_FIELDS) {
        const setting = podSetting(podSpec, field);
        if (!setting) continue;
        ctx.report({
          // On the key: a block mapping's range runs on to the next line.
          at: setting.pair.key as YNode,
          message: `${podSpec.label} sets ${field} in the pod-level securityContext, where Kubernetes ignores it (or rejects it under strict field validation): it protects none of the pod's containers.`,
          object: podSpec.label,
          fix: () => fixFor(ctx, podSpec, field, setting),
        });
      }
    }
  },
});

/**
 * Moving a hardening value (privileged: false, a drop-only capabilities list…) into the containers
 * makes it take effect. A weakening value (privileged: true, capabilities.add…) is only removed:
 * moving it would turn a harmless no-op into a real risk.
 */
function fixFor(ctx: RuleContext, podSpec: PodSpec, field: ContainerOnlyField, setting: Setting): FixInput | null {
  if (setting.merged) return null;
  const remove = removeEntry(ctx.file, setting.securityContext, setting.pair, podSpec.doc);
  if (!remove) return null;
  const value = hardeningValue(field, setting, podSpec);
  if (value === undefined) return { title: `Remove ${field} from the pod securityContext (it has no effect there)`, edits: [remove] };
  const edits: Edit[] = [remove];
  for (const container of containers(podSpec)) {
    // A container's own value already wins; it is left as written.
    if (containerSetting(container, field)) continue;
    const edit = setIn(ctx.file, container.node, ['securityContext', field], value, podSpec.doc);
    if (!edit) return null;
    edits.push(edit);
  }
  return { title: `Move ${field} into each container's securityContext`, edits };
}

/** The value to copy into the containers, or undefined when the field would weaken them. */
function hardeningValue(field: ContainerOnlyField, setting: Setting, podSpec: PodSpec): YamlValue | undefined {
  switch (field) {
    case 'allowPrivilegeEscalation':
    case 'privileged':
      return isFalse(setting.node) ? false : undefined;
    case 'readOnlyRootFilesystem':
      return isTrue(setting.node) ? true : undefined;
    case 'procMount':
      return stringValue(setting.node) === 'Default' ? 'Default' : undefined;
    case 'capabilities': {
      const map = asMap(setting.node);
      const add = map && findPair(map, 'add', podSpec.doc);
      const drop = asSeq(map && findPair(map, 'drop', podSpec.doc)?.value);
      if (!map || map.items.length !== (add ? 2 : 1) || !drop) return undefined;
      if (add && asSeq(add.value)?.items.length !== 0 && add.value !== null) return undefined;
      const names = drop.items.map((item) => stringValue(item));
      if (names.some((n) => n === undefined)) return undefined;
      return { drop: names as string[] };
    }
  }
}
