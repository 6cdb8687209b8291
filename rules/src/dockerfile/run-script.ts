// The shell script of a RUN (or CMD / ENTRYPOINT) instruction, tokenized once per file.
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import { parseExecForm } from './exec-form.js';
import { argumentsSource } from './instruction-text.js';
import { parseScript, scriptOfWords, type Script } from './shell.js';
import type { SourceText } from './source.js';

/** Exec form gives one command of the array's strings; shell form is tokenized as a script. */
export function instructionScript(ctx: RuleContext, instruction: Instruction): Script {
  const cache = ctx.memo('dockerfile/instruction-scripts', () => new Map<Instruction, Script>());
  let script = cache.get(instruction);
  if (!script) {
    const source = argumentsSource(ctx, instruction);
    script = source ? scriptOfSource(source) : { commands: [], pipelines: [] };
    cache.set(instruction, script);
  }
  return script;
}

export function scriptOfSource(source: SourceText): Script {
  const exec = parseExecForm(source);
  return exec ? scriptOfWords(exec) : parseScript(source, { bareHeredocIsScript: true });
}
