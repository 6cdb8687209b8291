// Words find their span and offsets from their source when first read: both must be what a
// character-by-character reading gives, for words that are one run of the source and for words
// that quotes and escapes break up.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dockerWords } from '../../rules/src/dockerfile/docker-words.js';
import { parseExecForm } from '../../rules/src/dockerfile/exec-form.js';
import { factsOf } from '../../rules/src/dockerfile/instruction-facts.js';
import { instructionsWith } from '../../rules/src/dockerfile/instruction-text.js';
import { parseScript, type Word } from '../../rules/src/dockerfile/shell.js';
import { joinContinuations, spanIn, verbatim, type SourceText } from '../../rules/src/dockerfile/source.js';
import { offsetInWord, WordText } from '../../rules/src/dockerfile/word-text.js';
import { dockerfileContext } from './context.js';

function checkWord(word: Word): void {
  assert.equal(word.offsets.length, word.text.length, word.text);
  for (let k = 0; k < word.text.length; k++) assert.equal(offsetInWord(word, k), word.offsets[k], `${word.text}[${k}]`);
  assert.ok(word.span.start <= word.span.end);
}

describe('word text', () => {
  it('keeps a run of the source as its bounds, and a broken-up word as offsets', () => {
    const source = verbatim('xx abc "d e"f\\g', 0, 15);
    const out = new WordText(source);
    out.start();
    out.addRange(3, 6);
    const run = out.word(3, 6, false);
    assert.equal(run.text, 'abc');
    assert.deepEqual(run.offsets, [3, 4, 5]);
    assert.deepEqual(run.span, { start: 3, end: 6 });
    out.start();
    out.addRange(8, 11);
    out.add('f', 12);
    out.add('g', 14);
    const broken = out.word(7, 15, true);
    assert.equal(broken.text, 'd efg');
    assert.deepEqual(broken.offsets, [8, 9, 10, 12, 14]);
    assert.deepEqual(broken.span, spanIn(source, 7, 15));
    assert.equal(broken.span, broken.span, 'the span is built once');
  });

  it('reads shell, Docker and exec-form words of continued instructions with the offsets of their characters', () => {
    const file = 'RUN apt-get \\\n  install -y "cu"rl \\\n  && echo a\\ b $\'x\\ty\'\n';
    const source = joinContinuations(file, 4, file.length - 1, '\\');
    const words = parseScript(source).commands.flatMap((c) => c.words);
    assert.deepEqual(
      words.map((w) => w.text),
      ['apt-get', 'install', '-y', 'curl', 'echo', 'a b', 'x\ty'],
    );
    for (const w of words) checkWord(w);
    // Each character of a word stands for the file character at its offset (escapes and quotes aside).
    assert.deepEqual(
      words[3].offsets.map((o) => file[o]),
      ['c', 'u', 'r', 'l'],
    );
    assert.equal(file.slice(words[3].span.start, words[3].span.end), '"cu"rl');

    const env = 'ENV A="x y" \\\n  B=z\\ w\n';
    const envWords = dockerWords(joinContinuations(env, 4, env.length - 1, '\\'), '\\');
    assert.deepEqual(
      envWords.map((w) => w.text),
      ['A=x y', 'B=z w'],
    );
    for (const w of envWords) checkWord(w);

    const exec = '["sh", "-c", "a\\"b\\u0041"]';
    const execWords = parseExecForm(verbatim(exec, 0, exec.length) as SourceText)!;
    assert.deepEqual(
      execWords.map((w) => w.text),
      ['sh', '-c', 'a"bA'],
    );
    for (const w of execWords) checkWord(w);
    assert.deepEqual(execWords[2].offsets, [14, 16, 17, 18]);
  });
});

describe('instruction facts and the keyword index', () => {
  it('keeps one record per instruction, invisible to its enumerable fields', () => {
    const ctx = dockerfileContext('FROM a:1\nRUN x\nRUN y\n');
    const [, first, second] = ctx.file.dockerfile!.getInstructions();
    const keys = Object.keys(first);
    assert.equal(factsOf(first), factsOf(first));
    assert.notEqual(factsOf(first), factsOf(second));
    assert.deepEqual(Object.keys(first), keys);
  });

  it('lists the instructions of the given keywords in file order', () => {
    const ctx = dockerfileContext('FROM a:1\nCOPY a b\nRUN x\nADD c d\ncopy e f\nRUN y\n');
    const texts = (keywords: string[]) => instructionsWith(ctx, ...keywords).map((i) => i.getTextContent());
    assert.deepEqual(texts(['RUN']), ['RUN x', 'RUN y']);
    assert.deepEqual(texts(['COPY', 'ADD']), ['COPY a b', 'ADD c d', 'copy e f']);
    assert.deepEqual(texts(['HEALTHCHECK']), []);
  });
});
