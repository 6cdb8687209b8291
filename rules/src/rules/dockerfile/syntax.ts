// Instructions Docker refuses to build: an unknown keyword, a missing argument, a malformed FROM,
// a heredoc whose closing delimiter never comes.
import type { Instruction, Onbuild } from 'dockerfile-ast';
import { dockerWords } from '../../dockerfile/docker-words.js';
import { argumentsSource, argumentsStart, escapeCharacter } from '../../dockerfile/instruction-text.js';
import { stageOf, stageLabel } from '../../dockerfile/stages.js';
import { defineRule, type RuleContext } from '../../rule.js';
import type { Range } from '../../types.js';

const KEYWORDS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** Instructions that may carry heredocs (BuildKit). */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** A stage name as BuildKit accepts it. */
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/i;

export default defineRule({
  id: 'dockerfile/syntax',
  severity: 'error',
  fix: 'none',
  risk: 'image',
  title: 'Dockerfile instruction cannot be understood',
  references: ['dockerfile-utils'],
  aliases: [],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of ctx.file.dockerfile?.getInstructions() ?? []) {
      const problem = problemOf(ctx, instruction);
      if (!problem) continue;
      const stage = stageOf(ctx, instruction);
      ctx.report({ at: problem.at, message: problem.message, object: stage ? stageLabel(stage) : null });
    }
  },
});

interface Problem {
  at: Range;
  message: string;
}

function problemOf(ctx: RuleContext, instruction: Instruction): Problem | undefined {
  const keyword = instruction.getKeyword();
  const written = instruction.getInstruction();
  if (!KEYWORDS.has(keyword)) {
    return { at: instruction.getInstructionRange(), message: `"${written}" is not a Dockerfile instruction: the build fails here.` };
  }
  if (argumentsStart(ctx, instruction) < 0) {
    return { at: instruction.getInstructionRange(), message: `${written} has no arguments: the build fails here.` };
  }
  if (keyword === 'ONBUILD') {
    const word = (instruction as Onbuild).getTriggerWord()?.toUpperCase();
    const range = (instruction as Onbuild).getTriggerRange();
    if (word && range && (!KEYWORDS.has(word) || ['ONBUILD', 'FROM', 'MAINTAINER'].includes(word))) {
      return { at: range, message: `ONBUILD cannot trigger "${(instruction as Onbuild).getTriggerWord()}": the build fails here.` };
    }
    return undefined;
  }
  if (keyword === 'FROM') return fromProblem(ctx, instruction);
  if (HEREDOC_KEYWORDS.has(keyword)) return heredocProblem(ctx, instruction);
  return undefined;
}

/** `FROM [--flag…] image [AS name]`. */
function fromProblem(ctx: RuleContext, instruction: Instruction): Problem | undefined {
  const source = argumentsSource(ctx, instruction);
  if (!source) return undefined;
  const words = dockerWords(source, escapeCharacter(ctx)).filter((w) => !w.text.startsWith('--'));
  const range = (w: { span: { start: number; end: number } }) => ctx.file.lines.rangeOf(w.span);
  if (words.length === 0) return { at: instruction.getInstructionRange(), message: 'FROM names no image: the build fails here.' };
  if (words.length === 2 || words.length > 3) {
    return { at: range(words[1]), message: 'FROM takes an image and optionally "AS <name>": the build fails here.' };
  }
  if (words.length === 3) {
    if (words[1].text.toUpperCase() !== 'AS') return { at: range(words[1]), message: `FROM expects "AS" before the stage name, not "${words[1].text}": the build fails here.` };
    if (!STAGE_NAME.test(words[2].text) && !words[2].text.includes('$')) {
      return { at: range(words[2]), message: `"${words[2].text}" is not a valid stage name (a letter, then letters, digits, "-", "_" or "."): the build fails here.` };
    }
  }
  return undefined;
}

/** A `<<EOF` whose delimiter line never follows: BuildKit stops with "unterminated heredoc". */
function heredocProblem(ctx: RuleContext, instruction: Instruction): Problem | undefined {
  const source = argumentsSource(ctx, instruction);
  if (!source) return undefined;
  // Most instructions start no heredoc.
  if (!source.text.includes('<<')) return undefined;
  const lineBreak = source.text.search(/[\r\n]/);
  const firstLine = lineBreak < 0 ? source.text : source.text.slice(0, lineBreak);
  const markers = [...firstLine.matchAll(/(?:^|\s)<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2(?=\s|$)/g)];
  if (markers.length === 0) return undefined;
  const body = lineBreak < 0 ? [] : source.text.slice(lineBreak).split(/\r?\n|\r/).slice(1);
  let line = 0;
  for (const m of markers) {
    const stripTabs = m[1] === '-';
    const delimiter = m[3];
    while (line < body.length && (stripTabs ? body[line].replace(/^\t+/, '') : body[line]) !== delimiter) line++;
    if (line >= body.length) {
      const start = source.offsets[m.index + m[0].indexOf('<<')];
      const end = start + m[0].trimStart().length;
      return { at: ctx.file.lines.rangeOf({ start, end }), message: `The heredoc <<${delimiter} is never closed by a line "${delimiter}": the build fails here.` };
    }
    line++;
  }
  return undefined;
}
