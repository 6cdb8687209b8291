import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findInvocations, invocationsOf, optionsNamed, parseArgs, removeOptionEdit } from '../../rules/src/dockerfile/commands.js';
import { parseScript } from '../../rules/src/dockerfile/shell.js';
import { verbatim } from '../../rules/src/dockerfile/source.js';
import { applyEdits } from '../../rules/src/index.js';
import { dockerfileContext } from './context.js';

function command(text: string) {
  return parseScript(verbatim(text, 0, text.length)).commands[0];
}

describe('commands', () => {
  it('finds programs through sudo/env wrappers, find -exec and xargs, never in quoted text', () => {
    const ctx = dockerfileContext('FROM a:1\nRUN sudo -E env X=1 curl -k u && echo "curl -k" && find / -exec chmod 777 {} \\; && ls | xargs -n 1 chmod 700\n');
    const run = ctx.file.dockerfile!.getInstructions()[1];
    assert.deepEqual(findInvocations(ctx, run, ['curl', 'chmod']).map((i) => i.words.map((w) => w.text)), [['curl', '-k', 'u'], ['chmod', '777', '{}'], ['chmod', '700']]);
  });

  it('reads combined, attached and separate option values and --', () => {
    const args = parseArgs(command('curl -fsSLko out -H x --retry 3 --data=a u -- -v').words.slice(1), { shortWithValue: 'oH', longWithValue: ['--retry'] });
    assert.deepEqual(
      args.options.map((o) => [o.name, o.value ?? null]),
      [['-f', null], ['-s', null], ['-S', null], ['-L', null], ['-k', null], ['-o', 'out'], ['-H', 'x'], ['--retry', '3'], ['--data', 'a']],
    );
    assert.deepEqual(args.operands.map((o) => o.word.text), ['u', '-v']);
    assert.deepEqual(invocationsOf(command('xargs -I {} sh -c x')).map((i) => i.name), ['xargs', 'sh']);
  });

  it('removes one letter of combined options, or a whole option with its value and the blank before it', () => {
    const cases: [string, string, string][] = [
      ['curl -fsSLk u', '-k', 'curl -fsSL u'],
      ['curl -k u', '-k', 'curl u'],
      ['pip install --trusted-host h x', '--trusted-host', 'pip install x'],
      ['curl \\\n  -k \\\n  u', '-k', 'curl \\\n  u'],
      ['["curl", "-k", "u"]', '-k', '["curl", "u"]'],
    ];
    for (const [text, name, expected] of cases) {
      const words = text.startsWith('[') ? undefined : command(text).words;
      const source = words ?? parseArgsOfExec(text);
      const option = optionsNamed(parseArgs(source.slice(1), { longWithValue: ['--trusted-host'] }), [name])[0];
      const edit = removeOptionEdit(text, option);
      assert.ok(edit, text);
      assert.equal(applyEdits(text, [edit]), expected);
    }
  });
});

function parseArgsOfExec(text: string) {
  const ctx = dockerfileContext(`FROM a:1\nRUN ${text}\n`);
  const run = ctx.file.dockerfile!.getInstructions()[1];
  // Shift the words back to offsets within `text`.
  const shift = 'FROM a:1\nRUN '.length;
  return findInvocations(ctx, run, ['curl'])[0].words.map((w) => ({ ...w, span: { start: w.span.start - shift, end: w.span.end - shift }, offsets: w.offsets.map((o) => o - shift) }));
}
