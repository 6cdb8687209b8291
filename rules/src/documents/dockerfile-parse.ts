// The Dockerfile parse. dockerfile-ast splits an instruction's arguments afresh on every
// getArguments() call, and the constructors of RUN, CMD, COPY and the other JSON-capable
// instructions ask three or four times each: most of the time of a parse went there. While our
// parse runs, each instruction's split is made once, by our own splitter (dockerfile-arguments.ts,
// same answers at a fraction of the cost), and handed out again, as a new array (callers shift
// flags off it). Outside our parse the library behaves as shipped: some of its getters change the
// ranges they return (FROM's image name and registry ranges), which sharing would leak.
import { DockerfileParser, Instruction, type Argument, type Dockerfile } from 'dockerfile-ast';
import { lineStartsOf } from '../text.js';
import { splitInstructionArguments, type LineStarts } from './dockerfile-arguments.js';

/** The parse in progress: its text, the text's line starts and the splits made so far; null when none is. */
interface ParseInProgress {
  text: string;
  lineStarts: LineStarts;
  splits: WeakMap<Instruction, Argument[]>;
}
let current: ParseInProgress | null = null;

/** The splitting method (private in the library's types; every getArguments() goes through it). */
const prototype = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] };
const libraryGetRawArguments = prototype.getRawArguments;

prototype.getRawArguments = function getRawArguments(this: Instruction): Argument[] {
  if (!current) return libraryGetRawArguments.call(this);
  let args = current.splits.get(this);
  if (!args) {
    args = splitInstructionArguments(this, current.text, current.lineStarts) ?? libraryGetRawArguments.call(this);
    current.splits.set(this, args);
  }
  return args.slice();
};

/** `lineStarts`: the text's line starts, when the caller has them already (parse.ts's LineIndex). */
export function parseDockerfile(text: string, lineStarts: LineStarts = lineStartsOf(text)): Dockerfile {
  const outer = current;
  current = { text, lineStarts, splits: new WeakMap() };
  try {
    return DockerfileParser.parse(text);
  } finally {
    current = outer;
  }
}
