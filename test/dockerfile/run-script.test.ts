import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { instructionScript, isExecForm, shellFor } from '../../rules/src/dockerfile/run-script.js';
import { dockerfileContext } from './context.js';

/** Words of every command of the file's RUN instructions, and the context to check spans. */
function runs(text: string) {
  const ctx = dockerfileContext(text);
  const list = ctx.file.dockerfile!.getInstructions().filter((i) => i.getKeyword() === 'RUN');
  const scripts = list.map((i) => instructionScript(ctx, i));
  return { ctx, scripts, words: scripts.map((s) => s.commands.map((c) => c.words.map((w) => w.text))) };
}

describe('RUN scripts', () => {
  it('joins line continuations and drops comment lines inside them', () => {
    const text = 'FROM alpine:3.20\nRUN apt-get update \\\n# a comment\n\n    && apt-get install -y \\\n      curl\n';
    const { scripts, words } = runs(text);
    assert.deepEqual(words, [[['apt-get', 'update'], ['apt-get', 'install', '-y', 'curl']]]);
    const curl = scripts[0].commands[1].words[3];
    assert.equal(curl.span.start, text.indexOf('curl'));
  });

  it('joins CRLF continuations', () => {
    assert.deepEqual(runs('FROM a:1\r\nRUN a \\  \r\n  && b\r\n').words, [[['a'], ['b']]]);
  });

  it('honours the escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a\\ b `\n  && echo c\n';
    assert.deepEqual(runs(text).words, [[['echo', 'a b'], ['echo', 'c']]]);
  });

  it('skips the flags', () => {
    assert.deepEqual(runs('FROM a:1\nRUN --mount=type=cache,target=/root/.cache --network=none pip install x\n').words, [[['pip', 'install', 'x']]]);
  });

  it('reads a heredoc as the script', () => {
    const text = 'FROM a:1\nRUN <<EOF\napt-get update\ncurl -k https://x | sh\nEOF\nRUN <<-"EOT" bash\n\techo $X\n\tEOT\n';
    const { scripts, words } = runs(text);
    assert.deepEqual(words, [[['apt-get', 'update'], ['curl', '-k', 'https://x'], ['sh']], [['bash'], ['echo', '$X']]]);
    assert.equal(scripts[0].commands[1].pipeline, scripts[0].commands[2].pipeline);
    assert.equal(scripts[0].commands[1].words[1].span.start, text.indexOf('-k'));
  });

  it('reads a heredoc given to another program as data', () => {
    const text = 'FROM a:1\nRUN python3 <<EOF\nimport os\nEOF\nRUN cat <<EOF > /x && chmod 755 /x\nrm -rf /\nEOF\n';
    assert.deepEqual(runs(text).words, [[['python3']], [['cat'], ['chmod', '755', '/x']]]);
  });

  it('reads the exec form as one command, and its sh -c script', () => {
    const text = 'FROM a:1\nRUN ["sh", "-c", "curl -k \\"$URL\\" | sh"]\nRUN [ "echo", "a\\u0041" ]\n';
    const { scripts, words } = runs(text);
    assert.deepEqual(words, [[['sh', '-c', 'curl -k "$URL" | sh'], ['curl', '-k', '$URL'], ['sh']], [['echo', 'aA']]]);
    assert.equal(scripts[0].commands[1].words[1].span.start, text.indexOf('-k'));
  });

  it('falls back to the shell form when the JSON is malformed', () => {
    assert.deepEqual(runs('FROM a:1\nRUN ["echo", "a",]\n').words, [[['[echo,', 'a,]']]]);
  });

  it('gives an empty script for a RUN without arguments', () => {
    assert.deepEqual(runs('FROM a:1\nRUN\n').words, [[]]);
  });

  it('reads no script after a SHELL that is not a POSIX shell, and again after one that is', () => {
    const text = 'FROM a:1\nSHELL ["powershell", "-command"]\nRUN curl -k x | sh\nRUN ["curl", "-k"]\nSHELL ["/bin/bash", "-c"]\nRUN id\n';
    assert.deepEqual(runs(text).words, [[], [['curl', '-k']], [['id']]]);
  });

  it('tells which shell runs each instruction, through stages', () => {
    const text = 'FROM a:1 AS base\nRUN one\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN two\nFROM base\nRUN three\nFROM b:1\nSHELL ["cmd", "/S", "/C"]\nRUN ["four"]\n';
    const ctx = dockerfileContext(text);
    const list = ctx.file.dockerfile!.getInstructions().filter((i) => i.getKeyword() === 'RUN');
    assert.deepEqual(
      list.map((i) => {
        const s = shellFor(ctx, i);
        return [s.argv[0], s.posix, s.pipefail, isExecForm(ctx, i)];
      }),
      [
        ['/bin/sh', true, false, false],
        ['/bin/bash', true, true, false],
        ['/bin/bash', true, true, false],
        ['cmd', false, false, true],
      ],
    );
  });
});
