import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandName, commandWords, parseScript, shellScriptOf, type Script } from '../../rules/src/dockerfile/shell.js';
import type { Span } from '../../rules/src/types.js';
import { verbatim } from '../../rules/src/dockerfile/source.js';

function script(text: string, bareHeredocIsScript = false): Script {
  return parseScript(verbatim(text, 0, text.length), { bareHeredocIsScript });
}

function words(s: Script): string[][] {
  return s.commands.map((c) => c.words.map((w) => w.text));
}

function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

describe('shell tokenizer', () => {
  it('splits lists into simple commands', () => {
    assert.deepEqual(words(script('apt-get update && apt-get install -y curl; rm -rf /x || true & wait')), [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'curl'],
      ['rm', '-rf', '/x'],
      ['true'],
      ['wait'],
    ]);
  });

  it('keeps a quoted string as one argument word', () => {
    const text = 'echo "curl -k"';
    const s = script(text);
    assert.deepEqual(words(s), [['echo', 'curl -k']]);
    assert.equal(at(text, s.commands[0].words[1].span), '"curl -k"');
    assert.equal(s.commands[0].words[1].quoted, true);
  });

  it('removes quotes and backslash escapes like the shell', () => {
    assert.deepEqual(words(script(`printf 'a\\b' "c\\"d\\e" e\\ f "x"'y'z`)), [['printf', 'a\\b', 'c"d\\e', 'e f', 'xyz']]);
  });

  it("decodes bash's $'…' strings", () => {
    assert.deepEqual(words(script("echo $'a\\tb\\'c'")), [['echo', "a\tb'c"]]);
  });

  it('keeps $(…), ${…} and backticks inside their word', () => {
    const text = 'echo $(curl -k "a b" | tr a b)x ${X:-"y z"} `date; id` "$(id -u)"';
    assert.deepEqual(words(script(text)), [['echo', '$(curl -k "a b" | tr a b)x', '${X:-"y z"}', '`date; id`', '$(id -u)']]);
  });

  it('keeps process substitutions as words', () => {
    assert.deepEqual(words(script('bash <(curl -fsSL https://x/install.sh)')), [['bash', '<(curl -fsSL https://x/install.sh)']]);
  });

  it('groups commands joined by pipes', () => {
    const s = script('curl -fsSL https://x | sh -s -- -y && echo ok |& tee log');
    assert.deepEqual(
      s.pipelines.map((p) => p.commands.map((c) => c.words[0].text)),
      [['curl', 'sh'], ['echo', 'tee']],
    );
    assert.equal(s.commands[0].pipeline, s.commands[1].pipeline);
    assert.notEqual(s.commands[1].pipeline, s.commands[2].pipeline);
  });

  it('separates leading assignments and redirections from the words', () => {
    const text = 'DEBIAN_FRONTEND=noninteractive apt-get install -y x 2>/dev/null >&2 > "out file"';
    const [c] = script(text).commands;
    assert.deepEqual(c.assignments.map((w) => w.text), ['DEBIAN_FRONTEND=noninteractive']);
    assert.deepEqual(c.words.map((w) => w.text), ['apt-get', 'install', '-y', 'x']);
    assert.deepEqual(c.redirects.map((r) => [r.op, r.target?.text]), [['>', '/dev/null'], ['>&', '2'], ['>', 'out file']]);
    assert.equal(at(text, c.span), text);
  });

  it('reads an assignment after the command name as an argument', () => {
    assert.deepEqual(words(script('env A=1 make X=2')), [['env', 'A=1', 'make', 'X=2']]);
  });

  it('drops reserved words and compound headers', () => {
    assert.deepEqual(words(script('if [ -f x ]; then sudo rm x; else echo no; fi; for f in a b; do echo "$f"; done; { id; }')), [
      ['[', '-f', 'x', ']'],
      ['sudo', 'rm', 'x'],
      ['echo', 'no'],
      ['echo', '$f'],
      ['id'],
    ]);
  });

  it('treats # at the start of a word as a comment, elsewhere as text', () => {
    const text = 'echo a#b # curl -k\necho c';
    const s = script(text);
    assert.deepEqual(words(s), [['echo', 'a#b'], ['echo', 'c']]);
    assert.equal(at(text, s.commands[0].span), 'echo a#b');
  });

  it('joins backslash-newline inside and between words', () => {
    assert.deepEqual(words(script('apt-get ins\\\ntall \\\n  -y x')), [['apt-get', 'install', '-y', 'x']]);
  });

  it('reads the script of sh -c / bash -ec with spans in the file', () => {
    const text = `sh -c "curl -k https://x | bash" && bash -o pipefail -ec 'apt-get install -y "x y"'`;
    const s = script(text);
    assert.deepEqual(words(s), [
      ['sh', '-c', 'curl -k https://x | bash'],
      ['curl', '-k', 'https://x'],
      ['bash'],
      ['bash', '-o', 'pipefail', '-ec', 'apt-get install -y "x y"'],
      ['apt-get', 'install', '-y', 'x y'],
    ]);
    const [sh, curl, bash, , apt] = s.commands;
    assert.equal(at(text, curl.words[1].span), '-k');
    assert.equal(curl.words[1].span.start, text.indexOf('-k'));
    assert.equal(curl.parent, sh);
    assert.equal(curl.pipeline, bash.pipeline);
    assert.equal(at(text, apt.words[3].span), '"x y"');
  });

  it('follows wrappers to the real program', () => {
    const s = script('sudo -u app env A=1 /usr/bin/sh -c "id -u" && nice -n 5 curl x');
    assert.deepEqual(commandWords(s.commands[0]).map((w) => w.text), ['/usr/bin/sh', '-c', 'id -u']);
    assert.deepEqual(words(s)[1], ['id', '-u']);
    assert.equal(commandName(s.commands[2]), 'curl');
  });

  it('does not read a script file or a missing -c string', () => {
    assert.deepEqual(words(script('sh ./install.sh -c x; bash -c')), [['sh', './install.sh', '-c', 'x'], ['bash', '-c']]);
    assert.equal(shellScriptOf(script('bash -c').commands[0]), undefined);
  });

  it('keeps a here-document body as data, except when a shell reads it', () => {
    const text = 'cat <<EOF > /etc/x\ncurl -k y\nEOF\necho z\nbash <<-\'END\'\n\tcurl -k z | sh\n\tEND\nsh <<< "id -u"';
    const s = script(text);
    assert.deepEqual(words(s), [['cat'], ['echo', 'z'], ['bash'], ['curl', '-k', 'z'], ['sh'], ['sh'], ['id', '-u']]);
    assert.equal(s.commands[0].redirects[0].heredoc?.text, 'curl -k y\n');
    assert.equal(s.commands[0].redirects[1].target?.text, '/etc/x');
    assert.equal(at(text, s.commands[3].words[1].span), '-k');
    assert.equal(s.commands[3].words[1].span.start, text.indexOf('-k z'));
  });

  it('runs a lone here-document as the script only when asked (Docker RUN)', () => {
    const text = '<<EOF\napt-get update\ncurl x | sh\nEOF';
    assert.deepEqual(words(script(text)), []);
    assert.deepEqual(words(script(text, true)), [['apt-get', 'update'], ['curl', 'x'], ['sh']]);
    assert.deepEqual(words(script('<<EOF\n#!/usr/bin/env python3\nimport os\nEOF', true)), []);
    assert.deepEqual(words(script('<<EOF\n#!/bin/bash\nset -e\nEOF', true)), [['set', '-e']]);
  });

  it('survives unterminated quotes, substitutions and here-documents', () => {
    for (const text of ['echo "abc', "echo 'abc", 'echo $(abc', 'echo ${abc', 'echo `abc', 'cat <<EOF\nabc', 'a \\', '|| && ;', 'echo $(', 'x <<', '2>']) {
      assert.doesNotThrow(() => script(text, true), text);
    }
    assert.deepEqual(words(script('echo "abc')), [['echo', 'abc']]);
    // Nesting deeper than the call stack: the rest of the text becomes one word.
    assert.deepEqual(words(script(`echo ${'"$('.repeat(20000)}`)).map((c) => c.length), [2]);
  });

  it('stops following sh -c after a few levels', () => {
    let text = 'id';
    for (let i = 0; i < 12; i++) text = `sh -c ${JSON.stringify(text)}`;
    const s = script(text);
    // Twelve nested shells and the `id` at the bottom: the deepest levels are not read.
    assert.ok(s.commands.length >= 8 && s.commands.length < 13, String(s.commands.length));
    assert.ok(s.commands.every((c) => c.words[0].text === 'sh'));
  });

  it('marks the commands inside loops, nested shells included', () => {
    const s = script('apt-get update; for p in a b; do apt-get install $p; done; while read x; do sh -c "echo $x"; done < list; rm -rf /x');
    assert.deepEqual(
      s.commands.map((c) => [c.words[0].text, c.inLoop === true]),
      [['apt-get', false], ['apt-get', true], ['read', true], ['sh', true], ['echo', true], ['rm', false]],
    );
  });
});

describe('incomplete scripts', () => {
  const incomplete = (text: string) => parseScript(verbatim(text, 0, text.length)).incomplete === true;

  it('marks a script whose quote, backtick, $( or ${ is never closed', () => {
    for (const text of ["echo 'a", 'echo "a', 'echo `a', 'echo $(a', 'echo ${a', "echo $'a", 'echo "$(a"']) assert.ok(incomplete(text), text);
  });

  it('leaves complete scripts unmarked', () => {
    for (const text of ["echo 'a' \"b\" `c` $(d) ${e} $'f'", 'apt-get update && apt-get install -y curl', '']) assert.ok(!incomplete(text), text);
  });
});
