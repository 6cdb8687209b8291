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
  const i = all.indexOf(d);
  // Taking the blank before (or after) the pair keeps any line continuation between pairs intact.
  return i < all.length - 1 ? { start: d.span.start, end: all[i + 1].span.start, text: '' } : { start: all[i - 1].span.end, end: d.span.end, text: '' };
}
