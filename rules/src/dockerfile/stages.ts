// Build stages: which instructions belong to which FROM, what image each starts from (ARGs
// expanded), which stage builds on which, and which one is the image the build produces.
import type { From, Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Range } from '../types.js';
import { expandArgs, globalArgs } from './args.js';

export interface Stage {
  index: number;
  /** The `AS` name, lowercased as Docker compares it. */
  name?: string;
  from: From;
  /** The base image with ARGs expanded; undefined when it cannot be known (`FROM $UNSET`) or is missing. */
  image?: string;
  /** Where the image argument is written. */
  imageRange?: Range;
  /** The stage's instructions after its FROM. */
  instructions: Instruction[];
  /** The earlier stage this one builds on (`FROM build`). */
  parent?: Stage;
}

export interface UserSetting {
  /** The USER instruction that set it. */
  instruction: Instruction;
  /** Its argument as written, e.g. `app:app` or `0`. */
  user: string;
  /** The stage the instruction is in (the stage itself or one it builds on). */
  stage: Stage;
}

export function stages(ctx: RuleContext): Stage[] {
  return ctx.memo('dockerfile/stages', () => buildStages(ctx));
}

/** The stage the build produces: the `target` setting's stage, else the last one. */
export function finalStage(ctx: RuleContext): Stage | undefined {
  const all = stages(ctx);
  const target = ctx.config.target?.toLowerCase();
  return (target !== undefined ? all.find((s) => s.name === target) : undefined) ?? all[all.length - 1];
}

/** `stage/<name>` or `stage/<index>`, the finding's object. */
export function stageLabel(stage: Stage): string {
  return `stage/${stage.name ?? stage.index}`;
}

/** How a message names a stage: `stage "build"` or `stage 0`. */
export function describeStage(stage: Stage): string {
  return stage.name !== undefined ? `stage "${stage.name}"` : `stage ${stage.index}`;
}

/** The user the stage's commands run as: its last USER, else the one of the stage it builds on. */
export function effectiveUser(stage: Stage): UserSetting | undefined {
  for (let s: Stage | undefined = stage; s; s = s.parent) {
    const users = s.instructions.filter((i) => i.getKeyword() === 'USER');
    const last = users[users.length - 1];
    if (last) return { instruction: last, user: last.getArgumentsContent()?.trim() ?? '', stage: s };
  }
  return undefined;
}

/** The stage and its ancestors, starting with itself; the last one starts from a real image. */
export function ancestry(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s; s = s.parent) chain.push(s);
  return chain;
}

function buildStages(ctx: RuleContext): Stage[] {
  const dockerfile = ctx.file.dockerfile;
  if (!dockerfile) return [];
  const args = globalArgs(ctx);
  const escape = dockerfile.getEscapeCharacter();
  const instructions = dockerfile.getInstructions();
  const out: Stage[] = [];
  let current: Stage | undefined;
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      // What getImage(), getImageRange() and getBuildStage() would each split the arguments anew for.
      const fromArgs = from.getArguments();
      const written = fromArgs.length > 0 ? fromArgs[0].getValue() : null;
      const stage: Stage = { index: out.length, from, instructions: [] };
      const name = fromArgs.length > 2 && fromArgs[1].getValue().toUpperCase() === 'AS' ? rangeText(ctx, fromArgs[2].getRange()) : null;
      if (name) stage.name = name.toLowerCase();
      const range = fromArgs.length > 0 ? fromArgs[0].getRange() : null;
      if (range) stage.imageRange = range;
      const image = written ? expandArgs(written, args, escape) : undefined;
      if (image !== undefined && image !== '') {
        stage.image = image;
        const parent = earlierStage(out, image);
        if (parent) stage.parent = parent;
      }
      out.push(stage);
      current = stage;
    } else if (current) {
      current.instructions.push(instruction);
    }
  }
  return out;
}

/** The file text in the range, as dockerfile-ast's getRangeContent() reads it. */
function rangeText(ctx: RuleContext, range: Range): string {
  return ctx.text.slice(ctx.file.lines.offsetAt(range.start), ctx.file.lines.offsetAt(range.end));
}

/** The earlier stage an image name refers to, by `AS` name or by index. */
function earlierStage(earlier: Stage[], image: string): Stage | undefined {
  const lower = image.toLowerCase();
  // The last stage of that name wins.
  for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i].name === lower) return earlier[i];
  return /^\d+$/.test(image) ? earlier[Number(image)] : undefined;
}

/** The stage an instruction belongs to; undefined before the first FROM (global ARGs). */
export function stageOf(ctx: RuleContext, instruction: Instruction): Stage | undefined {
  const index = ctx.memo('dockerfile/stage-of', () => {
    const map = new Map<Instruction, Stage>();
    for (const stage of stages(ctx)) for (const i of [stage.from, ...stage.instructions]) map.set(i, stage);
    return map;
  });
  return index.get(instruction);
}
