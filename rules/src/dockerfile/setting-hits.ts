// A setting found in a RUN or ENV that turns a check off (`curl -k`, `--nogpgcheck`), and the fix
// that removes it. Shared by the rules that report such settings.
import { singleEditFix, type FixInput } from '../rule.js';
import type { Edit, Span } from '../types.js';
import { optionSpan, removeOptionEdit, type ParsedOption } from './commands.js';

export interface SettingHit {
  at: Span;
  /** The setting as the message names it. */
  what: string;
  /** Builds the edit that removes it, only when someone reads the fix; null when it cannot be exact. */
  edit?: () => Edit | null;
}

/** One hit per option, each removable by deleting the option (and its separate value). */
export function optionHits(text: string, options: ParsedOption[], what: (o: ParsedOption) => string): SettingHit[] {
  return options.map((o) => ({ at: optionSpan(o), what: what(o), edit: () => removeOptionEdit(text, o) }));
}

/** The fix of a hit that has an edit: `Remove <what>`. */
export function removalFix(hit: SettingHit): FixInput | null {
  const edit = hit.edit?.();
  return singleEditFix(`Remove ${hit.what}`, edit);
}
