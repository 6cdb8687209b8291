// Where an instruction's pieces are in the file, as offsets, and its text as Docker reads it.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Span } from '../types.js';
import { joinContinuations, type SourceText } from './source.js';

export function instructionSpan(ctx: RuleContext, instruction: Instruction): Span {
  return ctx.file.lines.spanOf(instruction.getRange());
}

export function escapeCharacter(ctx: RuleContext): string {
  return ctx.file.dockerfile?.getEscapeCharacter() ?? '\\';
}

/**
 * The instruction's arguments (after its flags, for instructions that have flags) up to the end of
 * the instruction, heredoc bodies included, with line continuations joined.
 */
export function argumentsSource(ctx: RuleContext, instruction: Instruction): SourceText | undefined {
  const args = instruction.getArgumentsRange();
  if (!args) return undefined;
  const start = ctx.file.lines.offsetAt(args.start);
  const end = ctx.file.lines.offsetAt(instruction.getRange().end);
  return joinContinuations(ctx.text, start, end, escapeCharacter(ctx));
}

/** Lowercase `copy` for `add`, uppercase for `ADD`: a replacement keyword in the file's style. */
export function keywordInStyleOf(written: string, keyword: string): string {
  return written === written.toLowerCase() ? keyword.toLowerCase() : keyword.toUpperCase();
}
