// Removing one variable from an ENV or ARG instruction, or the whole instruction when it is the
// only one, leaving the rest of the line as written.
import type { RuleContext } from '../rule.js';
import type { Edit } from '../types.js';
import { removeLines } from '../fix/text-edits.js';
import { declarations, type Declaration } from './declarations.js';

export function removeDeclarationEdit(ctx: RuleContext, d: Declaration): Edit {
  const all = declarations(ctx, d.instruction);
  if (all.length <= 1) {
    const range = d.instruction.getRange();
    return removeLines(ctx.file, range.start.line, range.end.line);
  }
  return removeDeclarations(all, [d])[0];
}

/**
 * Edits that remove `remove` from an instruction declaring `all` (in order), leaving at least one
 * of them: each declaration goes with the blank after it, and those after the last kept one with
 * the blank before them, so that line continuations between pairs stay intact and no two edits
 * overlap.
 */
export function removeDeclarations(all: readonly Declaration[], remove: readonly Declaration[]): Edit[] {
  const gone = new Set(remove);
  let lastKept = -1;
  all.forEach((d, i) => {
    if (!gone.has(d)) lastKept = i;
  });
  const edits: Edit[] = [];
  all.forEach((d, i) => {
    if (gone.has(d) && i < lastKept) edits.push({ start: d.span.start, end: all[i + 1].span.start, text: '' });
  });
  if (lastKept >= 0 && lastKept < all.length - 1) edits.push({ start: all[lastKept].span.end, end: all[all.length - 1].span.end, text: '' });
  return edits;
}
