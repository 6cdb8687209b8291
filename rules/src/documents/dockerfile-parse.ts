// The Dockerfile parse. dockerfile-ast splits an instruction's arguments afresh on every
// getArguments() call, and the constructors of RUN, CMD, COPY and the other JSON-capable
// instructions ask three or four times each: most of the time of a parse went there. While our
// parse runs, each instruction's split is made once and handed out again, as a new array (callers
// shift flags off it). Outside our parse the library behaves as shipped: some of its getters change
// the ranges they return (FROM's image name and registry ranges), which sharing would leak.
import { DockerfileParser, Instruction, type Argument, type Dockerfile } from 'dockerfile-ast';

/** Instruction arguments split during the parse in progress; null when none is. */
let splits: WeakMap<Instruction, Argument[]> | null = null;

/** The splitting method (private in the library's types; every getArguments() goes through it). */
const prototype = Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] };
const splitArguments = prototype.getRawArguments;

prototype.getRawArguments = function getRawArguments(this: Instruction): Argument[] {
  if (!splits) return splitArguments.call(this);
  let args = splits.get(this);
  if (!args) {
    args = splitArguments.call(this);
    splits.set(this, args);
  }
  return args.slice();
};

export function parseDockerfile(text: string): Dockerfile {
  const outer = splits;
  splits = new WeakMap();
  try {
    return DockerfileParser.parse(text);
  } finally {
    splits = outer;
  }
}
