// The words of a service's `command:` and `entrypoint:`, in both forms: a string (split at
// whitespace, as Compose does before handing it to the container) or a list of arguments.
import { isScalar, items } from '../yaml/nodes.js';
import { scalarText, type Part } from './scalar-parts.js';
import { modelSlot, perService, setting, type ComposeService, type ServiceSetting } from './services.js';
import { isShared } from './sharing.js';

export interface CommandWord extends Part {
  /** Which setting it belongs to. */
  key: 'command' | 'entrypoint';
  setting: ServiceSetting;
  /** True when the word's text is inside an anchored node that an alias reuses. */
  shared: boolean;
}

const COMMAND_WORDS = modelSlot<CommandWord[]>();

/** `source` is the file's text. */
export function serviceCommandWords(svc: ComposeService, source: string): CommandWord[] {
  return perService(svc, COMMAND_WORDS, commandWords, source);
}

function commandWords(svc: ComposeService, source: string): CommandWord[] {
  const out: CommandWord[] = [];
  for (const key of ['entrypoint', 'command'] as const) {
    const s = setting(svc, key);
    if (!s) continue;
    const nodes = isScalar(s.value) ? [s.value] : items(s.value, svc.doc);
    for (const node of nodes) {
      const text = scalarText(node, source);
      if (!text) continue;
      for (const m of text.text.matchAll(/\S+/g)) out.push({ ...text.part(m.index, m.index + m[0].length), key, setting: s, shared: !s.own || isShared(s.sharing, node, svc.doc) });
    }
  }
  return out;
}
