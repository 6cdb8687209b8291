// Permission modes RUN scripts set: `chmod MODE`, `install -m MODE`, `mkdir -m MODE`, read as
// chmod reads them (octal or symbolic clauses like `u+s,go-w`).
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import { invocationsIn, parseArgs, type Invocation } from './commands.js';
import { factsOf } from './instruction-facts.js';
import type { Word } from './shell.js';

export interface ModeSetting {
  invocation: Invocation;
  /** The mode operand as written. */
  word: Word;
}

export interface ModeBits {
  setuid: boolean;
  setgid: boolean;
  sticky: boolean;
  /** Others get write permission. */
  otherWrite: boolean;
}

/** The modes the instruction's commands set (two rules ask for each RUN: read once per parse). */
export function modeSettings(ctx: RuleContext, instruction: Instruction): ModeSetting[] {
  const facts = factsOf(instruction);
  return (facts.modeSettings ??= findModeSettings(ctx, instruction));
}

function findModeSettings(ctx: RuleContext, instruction: Instruction): ModeSetting[] {
  const out: ModeSetting[] = [];
  for (const invocation of invocationsIn(ctx, instruction)) {
    if (invocation.name === 'chmod') {
      const parsed = parseArgs(invocation.words.slice(1), { longWithValue: [] });
      if (parsed.options.some((o) => o.name === '--reference')) continue;
      const mode = parsed.operands[0];
      if (mode) out.push({ invocation, word: mode.word });
    } else if (invocation.name === 'install' || invocation.name === 'mkdir') {
      const parsed = parseArgs(invocation.words.slice(1), { shortWithValue: invocation.name === 'install' ? 'mogtSZ' : 'mZ', longWithValue: ['--mode', '--owner', '--group', '--target-directory', '--suffix'] });
      for (const o of parsed.options) {
        if ((o.name === '-m' || o.name === '--mode') && o.value !== undefined) out.push({ invocation, word: o.valueWord ?? o.word });
      }
    }
  }
  return out;
}

/** The bits a mode grants; undefined when it is not a mode chmod would accept. */
export function modeBits(mode: string): ModeBits | undefined {
  if (/^[0-7]{1,5}$/.test(mode)) {
    const n = parseInt(mode, 8);
    return { setuid: (n & 0o4000) !== 0, setgid: (n & 0o2000) !== 0, sticky: (n & 0o1000) !== 0, otherWrite: (n & 0o002) !== 0 };
  }
  const bits: ModeBits = { setuid: false, setgid: false, sticky: false, otherWrite: false };
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1];
    // With no `ugoa`, the umask limits what is granted (it keeps others from write under the usual 022).
    const all = who === '' || who.includes('a');
    for (const [, op, perms] of m[2].matchAll(/([-+=])([rwxXstugo]*)/g)) {
      if (op === '-') continue;
      if (perms.includes('s') && (all || who.includes('u'))) bits.setuid = true;
      if (perms.includes('s') && (all || who.includes('g'))) bits.setgid = true;
      if (perms.includes('t')) bits.sticky = true;
      if (perms.includes('w') && (who.includes('o') || who.includes('a'))) bits.otherWrite = true;
    }
  }
  return bits;
}

/** How a message names the setting: `chmod 4755`, `install -m 2755`. */
export function modeLabel(setting: ModeSetting): string {
  const name = setting.invocation.name;
  return name === 'chmod' ? `chmod ${setting.word.text}` : `${name} -m ${setting.word.text}`;
}
