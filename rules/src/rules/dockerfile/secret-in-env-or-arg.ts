// ENV values live in the image config and build arguments in its history: anyone who can pull
// the image can read them. BuildKit secret mounts give a RUN step the value without storing it.
import type { Instruction } from 'dockerfile-ast';
import { removeDeclarations } from '../../dockerfile/declaration-edits.js';
import { declarations, type Declaration } from '../../dockerfile/declarations.js';
import { instructionsWith } from '../../dockerfile/instruction-text.js';
import { describeStage, stageLabel, stageOf, type Stage } from '../../dockerfile/stages.js';
import { insertLinesBefore } from '../../fix/text-edits.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';
import { isSensitiveName } from '../../secrets/names.js';
import type { Edit } from '../../types.js';

export default defineRule({
  id: 'dockerfile/secret-in-env-or-arg',
  severity: 'error',
  fix: 'unsafe',
  risk: 'image',
  title: 'Secret passed through ENV or ARG',
  references: ['CIS-D 4.10', 'BuildKit SecretsUsedInArgOrEnv'],
  aliases: ['DL3064', 'DS-0031', 'SecretsUsedInArgOrEnv'],
  appliesTo: 'dockerfile',
  check(ctx) {
    for (const instruction of instructionsWith(ctx, 'ENV', 'ARG')) {
      const all = declarations(ctx, instruction);
      for (const d of all) {
        if (!isSensitiveName(d.name)) continue;
        const stage = stageOf(ctx, instruction);
        const literal = d.value !== undefined && d.value !== '' && !isOnlyReference(d.value);
        ctx.report({
          at: d.nameSpan,
          message: message(d, stage, literal),
          severity: literal ? 'error' : 'warning',
          object: stage ? stageLabel(stage) : null,
          fix: () => secretMountFix(ctx, d, all, stage),
        });
      }
    }
  },
});

/** `$X` or `${X}`: the value comes from elsewhere (a build argument), it is not written here. */
function isOnlyReference(value: string): boolean {
  return /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(value);
}

function message(d: Declaration, stage: Stage | undefined, literal: boolean): string {
  const where = `${d.keyword} ${d.name} ${stage ? `in ${describeStage(stage)}` : '(global)'}`;
  const store = d.keyword === 'ENV' ? 'the image config' : 'the image history';
  if (literal) return `${where} holds a literal secret: it is saved in ${store}, readable by anyone who can pull the image.`;
  if (d.keyword === 'ARG') return `${where} passes a secret as a build argument: its value is saved in the image history of every RUN that uses it.`;
  return `${where} copies a secret into the environment: its value is saved in the image config, readable by anyone who can pull the image.`;
}

/**
 * Removes the variable (the whole instruction when it declares nothing else), explains above it how to
 * pass the value as a BuildKit secret, and mounts that secret as the same environment variable in
 * the stage's later RUN instructions that read it.
 */
function secretMountFix(ctx: RuleContext, d: Declaration, all: Declaration[], stage: Stage | undefined): FixInput {
  const { lines } = ctx.file;
  const range = d.instruction.getRange();
  const comment = explanation(d);
  const edits: Edit[] = [];
  // The instruction may set the name more than once (`ENV A=1 A=2`): the secret goes with all of them.
  const same = all.filter((x) => x.name === d.name);
  if (same.length === all.length) {
    const end = range.end.line + 1 < lines.lineCount ? lines.lineStarts[range.end.line + 1] : ctx.text.length;
    const indent = lines.lineText(range.start.line).slice(0, range.start.character);
    const eol = lines.eol;
    const trailing = end === ctx.text.length && !/[\r\n]$/.test(ctx.text) ? '' : eol;
    edits.push({ start: lines.lineStarts[range.start.line], end, text: comment.map((c) => indent + c).join(eol) + trailing });
  } else {
    edits.push(...removeDeclarations(all, same));
    edits.push(insertLinesBefore(ctx.file, range.start.line, comment));
  }
  for (const run of laterRunsReading(ctx, d, stage)) {
    const at = lines.offsetAt(run.getInstructionRange().end);
    edits.push({ start: at, end: at, text: ` ${secretMount(d.name)}` });
  }
  return { title: `Pass ${d.name} as a BuildKit secret`, edits };
}

function secretMount(name: string): string {
  return `--mount=type=secret,id=${name},env=${name}`;
}

function explanation(d: Declaration): string[] {
  // No '=' on the first line: a comment at the top of the file must not read as a parser directive.
  const lines = [
    `# ${d.name} is now a BuildKit secret (Dockerfile syntax 1.10+) instead of an ${d.keyword}, so the image does not keep it.`,
    `# Build with --secret id=${d.name},env=${d.name}; RUN steps read it with ${secretMount(d.name)}.`,
  ];
  if (d.keyword === 'ENV') lines.push('# If the running container needs it, pass it at run time (docker run -e, a Kubernetes Secret).');
  return lines;
}

/** RUN instructions after the declaration, in its stage, that reference $NAME or ${NAME…}. */
function laterRunsReading(ctx: RuleContext, d: Declaration, stage: Stage | undefined): Instruction[] {
  if (!stage) return [];
  const name = d.name.replace(/[^A-Za-z0-9_]/g, '\\$&');
  const reference = new RegExp(`\\$(?:${name}(?![A-Za-z0-9_])|\\{${name}(?=[}:#%/+?-]))`);
  const mounted = new RegExp(`--mount=\\S*\\bid=${name}(?![A-Za-z0-9_])`);
  const after = d.instruction.getRange().end.line;
  return stage.instructions.filter((i) => {
    if (i.getKeyword() !== 'RUN' || i.getRange().start.line <= after) return false;
    const text = ctx.text.slice(ctx.file.lines.offsetAt(i.getRange().start), ctx.file.lines.offsetAt(i.getRange().end));
    return reference.test(text) && !mounted.test(text);
  });
}
