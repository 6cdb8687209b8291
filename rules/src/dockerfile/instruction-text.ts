// Where an instruction's pieces are in the file, as offsets, and its text as Docker reads it.
// dockerfile-ast derives an instruction's arguments anew on every getArgumentsRange() call, so
// what rules ask of an instruction is computed once per parse and kept beside the instruction.
import type { Dockerfile, Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Range, Span } from '../types.js';
import { argumentsStartOffset } from './argument-start.js';
import { parseExecForm } from './exec-form.js';
import { factsOf } from './instruction-facts.js';
import { joinContinuations, type SourceText } from './source.js';
import type { Word } from './word-text.js';

export function instructionSpan(ctx: RuleContext, instruction: Instruction): Span {
  const facts = factsOf(instruction);
  return (facts.span ??= ctx.file.lines.spanOf(instruction.getRange()));
}

// dockerfile-ast looks the escape directive up anew on each call.
const escapeByDockerfile = new WeakMap<Dockerfile, string>();

export function escapeCharacter(ctx: RuleContext): string {
  const dockerfile = ctx.file.dockerfile;
  if (!dockerfile) return '\\';
  let escape = escapeByDockerfile.get(dockerfile);
  if (escape === undefined) escapeByDockerfile.set(dockerfile, (escape = dockerfile.getEscapeCharacter()));
  return escape;
}

/**
 * File offset where the instruction's arguments (after its flags) start, or -1 when it has none:
 * the start of dockerfile-ast's getArgumentsRange(), without its cost.
 */
export function argumentsStart(ctx: RuleContext, instruction: Instruction): number {
  const facts = factsOf(instruction);
  if (facts.argumentsStart === undefined) {
    const lines = ctx.file.lines;
    const keyword = instruction.getInstructionRange();
    const span = instructionSpan(ctx, instruction);
    // dockerfile-ast reads the arguments from the instruction's text past the keyword's length.
    const from = span.start + lines.offsetAt(keyword.end) - lines.offsetAt(keyword.start);
    facts.argumentsStart = argumentsStartOffset(ctx.text, from, span.end, instruction.getKeyword(), escapeCharacter(ctx));
  }
  return facts.argumentsStart;
}

/** The range of the instruction's arguments (after its flags), or null when it has none. */
export function argumentsRange(instruction: Instruction): Range | null {
  const facts = factsOf(instruction);
  if (facts.argumentsRange === undefined) facts.argumentsRange = instruction.getArgumentsRange();
  return facts.argumentsRange;
}

/**
 * The instruction's arguments (after its flags, for instructions that have flags) up to the end of
 * the instruction, heredoc bodies included, with line continuations joined.
 */
export function argumentsSource(ctx: RuleContext, instruction: Instruction): SourceText | undefined {
  const facts = factsOf(instruction);
  if (facts.arguments === undefined) {
    const start = argumentsStart(ctx, instruction);
    facts.arguments = start >= 0 ? joinContinuations(ctx.text, start, instructionSpan(ctx, instruction).end, escapeCharacter(ctx)) : null;
  }
  return facts.arguments ?? undefined;
}

/** The strings of the instruction's exec (JSON) form, or undefined when it is written in shell form. */
export function execFormWords(ctx: RuleContext, instruction: Instruction): Word[] | undefined {
  const facts = factsOf(instruction);
  if (facts.execForm === undefined) {
    const source = argumentsSource(ctx, instruction);
    facts.execForm = (source && parseExecForm(source)) ?? null;
  }
  return facts.execForm ?? undefined;
}

/** The file's instructions and their keywords, side by side: most rules want a few kinds only. */
interface KeywordIndex {
  instructions: Instruction[];
  keywords: string[];
  byKeyword: Map<string, Instruction[]>;
}

/** The file's instructions with one of the keywords (`RUN`, `COPY`…), in file order. */
export function instructionsWith(ctx: RuleContext, ...keywords: string[]): readonly Instruction[] {
  const index = ctx.memo('dockerfile/instructions-by-keyword', () => indexKeywords(ctx));
  if (keywords.length === 1) return index.byKeyword.get(keywords[0]) ?? [];
  return index.instructions.filter((_, i) => keywords.includes(index.keywords[i]));
}

function indexKeywords(ctx: RuleContext): KeywordIndex {
  const instructions = ctx.file.dockerfile?.getInstructions() ?? [];
  const keywords = instructions.map((i) => i.getKeyword());
  const byKeyword = new Map<string, Instruction[]>();
  instructions.forEach((instruction, i) => {
    const list = byKeyword.get(keywords[i]);
    if (list) list.push(instruction);
    else byKeyword.set(keywords[i], [instruction]);
  });
  return { instructions, keywords, byKeyword };
}

/** Lowercase `copy` for `add`, uppercase for `ADD`: a replacement keyword in the file's style. */
export function keywordInStyleOf(written: string, keyword: string): string {
  return written === written.toLowerCase() ? keyword.toLowerCase() : keyword.toUpperCase();
}
