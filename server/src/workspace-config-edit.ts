// "Disable <rule> in the workspace": the text edit that sets `rules: {<rule>: off}` in a
// `.shipshape.yaml`, keeping the rest of the file, or the content of a new one.
import { isMap } from 'yaml';
import { parseFile, type Edit } from '../../rules/src/index.js';
import { raw, setIn } from '../../rules/src/fix/yaml-edits.js';

export function newConfigText(rule: string): string {
  return `rules:\n  ${rule}: off\n`;
}

/** The edit turning `rule` off in an existing config file's text, or undefined when that cannot be done safely. */
export function disableRuleEdit(text: string, path: string, rule: string): Edit | undefined {
  if (text.trim() === '' || text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l))) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const sep = text.length === 0 || /[\r\n]$/.test(text) ? '' : eol;
    return { start: text.length, end: text.length, text: sep + newConfigText(rule).replace(/\n/g, eol) };
  }
  // `.shipshape.yaml` is YAML by name, so the engine's parser reads it (with no rules to run).
  const file = parseFile(text, path, 'yaml');
  const doc = file?.yaml?.[0]?.doc;
  if (!file || file.yamlError || !doc || !isMap(doc.contents)) return undefined;
  return setIn(file, doc.contents, ['rules', rule], raw('off'), doc) ?? undefined;
}
