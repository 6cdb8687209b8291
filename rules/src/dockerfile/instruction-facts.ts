// Everything the Dockerfile model works out about one instruction, kept beside the instruction:
// each fact is computed the first time a rule asks, then read from here by the others. One record
// per instruction (one lookup per question) instead of a cache per fact.
import type { Instruction } from 'dockerfile-ast';
import type { Range, Span } from '../types.js';
import type { Invocation } from './commands.js';
import type { Declaration } from './declarations.js';
import type { ExposedPort } from './expose.js';
import type { ModeSetting } from './file-modes.js';
import type { FileWrite } from './file-writes.js';
import type { PackageCommand } from './packages.js';
import type { Script } from './shell.js';
import type { SourceText } from './source.js';
import type { Word } from './word-text.js';

/** Facts about one instruction; undefined until asked, null when known to be absent. */
export class InstructionFacts {
  span: Span | undefined = undefined;
  /** File offset where the arguments (after the flags) start; -1 when there are none. */
  argumentsStart: number | undefined = undefined;
  argumentsRange: Range | null | undefined = undefined;
  arguments: SourceText | null | undefined = undefined;
  execForm: Word[] | null | undefined = undefined;
  script: Script | undefined = undefined;
  invocations: Invocation[] | undefined = undefined;
  packageCommands: PackageCommand[] | undefined = undefined;
  modeSettings: ModeSetting[] | undefined = undefined;
  fileWrites: FileWrite[] | undefined = undefined;
  declarations: Declaration[] | undefined = undefined;
  copySources: string[] | null | undefined = undefined;
  exposedPorts: ExposedPort[] | undefined = undefined;
}

// The facts are kept on the instruction itself, under a symbol, so they live exactly as long as the
// parse that made it (every fact follows from the parse alone: none depends on the configuration or
// the workspace). Not in a module-level WeakMap: V8's young-generation collections treat the values
// of such a long-lived table as live until a full collection, so each parse's facts (and, through
// them, the parse) would be copied and promoted instead of dying young.
const FACTS = Symbol('instruction facts');

type WithFacts = Instruction & { [FACTS]?: InstructionFacts };

export function factsOf(instruction: Instruction): InstructionFacts {
  return ((instruction as WithFacts)[FACTS] ??= new InstructionFacts());
}
