// Source texts keep the file offset of every character without an array of them: offsetAt(),
// slice(), spanIn() and the offsets array (built when read) must agree with a character-by-character
// reading of the same instructions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentsSource, argumentsStart, escapeCharacter, instructionSpan } from '../../rules/src/dockerfile/instruction-text.js';
import { joinContinuations, offsetAt, pushOffsets, slice, spanIn, verbatim, type SourceText } from '../../rules/src/dockerfile/source.js';
import { dockerfileContext } from './context.js';
import { corpus, instructionsOf } from './corpus.js';

/** Offsets as a plain array built one character at a time (what source texts held before). */
function plainCopy(source: SourceText): SourceText {
  const offsets: number[] = [];
  for (let i = 0; i < source.text.length; i++) offsets.push(offsetAt(source, i));
  return { text: source.text, offsets };
}

/** joinContinuations as it was written with a plain array of offsets, character by character: the reference. */
function referenceJoin(fileText: string, start: number, end: number, escapeChar: string): SourceText {
  let text = '';
  const offsets: number[] = [];
  const keep = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      text += fileText[k];
      offsets.push(k);
    }
  };
  let runStart = start;
  let i = start;
  while (i < end) {
    const c = fileText[i];
    if (c === escapeChar) {
      let j = i + 1;
      while (j < end && (fileText[j] === ' ' || fileText[j] === '\t')) j++;
      const after = j >= end ? end : fileText[j] === '\r' && fileText[j + 1] === '\n' ? j + 2 : fileText[j] === '\n' || fileText[j] === '\r' ? j + 1 : undefined;
      if (after !== undefined) {
        keep(runStart, i);
        i = runStart = skipDropped(fileText, after, end);
        continue;
      }
    }
    if (c === '\n' || c === '\r') i = end;
    else i++;
  }
  keep(runStart, end);
  return { text, offsets };
}

function skipDropped(text: string, i: number, end: number): number {
  for (;;) {
    let j = i;
    while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
    if (!(j < end && (text[j] === '\n' || text[j] === '\r' || text[j] === '#'))) return i;
    while (j < end && text[j] !== '\n' && text[j] !== '\r') j++;
    if (text[j] === '\r' && text[j + 1] === '\n') j++;
    if (j >= end) return end;
    i = j + 1;
  }
}

describe('source texts', () => {
  it('joins continuation lines and keeps each character where the file has it', () => {
    const text = 'RUN a \\\n  # dropped\n\n  b \\ \n  c\n';
    const joined = joinContinuations(text, 4, text.length - 1, '\\');
    assert.equal(joined.text, 'a   b   c');
    for (let i = 0; i < joined.text.length; i++) assert.equal(text[joined.offsets[i]], joined.text[i], `character ${i}`);
    assert.deepEqual(spanIn(joined, 4, 5), { start: 23, end: 24 });
    assert.deepEqual(spanIn(joined, 0, joined.text.length), { start: 4, end: text.length - 1 });
  });

  it('answers offsetAt, slices, spans and pushOffsets as the offsets array does, on every instruction of the corpus', () => {
    let compared = 0;
    for (const text of corpus()) {
      const ctx = dockerfileContext(text);
      for (const instruction of instructionsOf(ctx.file.dockerfile!.getInstructions())) {
        const source = argumentsSource(ctx, instruction);
        if (!source) continue;
        const plain = referenceJoin(ctx.text, argumentsStart(ctx, instruction), instructionSpan(ctx, instruction).end, escapeCharacter(ctx));
        assert.equal(source.text, plain.text);
        assert.deepEqual(plainCopy(source).offsets, plain.offsets);
        assert.deepEqual(source.offsets, plain.offsets);
        const n = source.text.length;
        const cuts = [0, 1, n >> 2, n >> 1, n - 1, n].filter((c) => c >= 0 && c <= n);
        for (const from of cuts) {
          for (const to of cuts) {
            assert.deepEqual(spanIn(source, from, to), spanIn(plain, from, to), `span ${from}-${to} of ${JSON.stringify(source.text)}`);
            if (to < from) continue;
            const part = slice(source, from, to);
            assert.equal(part.text, plain.text.slice(from, to));
            assert.deepEqual(plainCopy(part).offsets, plain.offsets.slice(from, to));
            const pushed: number[] = [];
            pushOffsets(pushed, source, from, to);
            assert.deepEqual(pushed, plain.offsets.slice(from, to));
          }
        }
        compared++;
      }
    }
    assert.ok(compared > 10_000, `compared only ${compared} instructions`);
  });

  it('slices a slice, and an empty one at the end', () => {
    const text = 'RUN a \\\n b \\\n c\n';
    const joined = joinContinuations(text, 4, text.length - 1, '\\');
    const inner = slice(slice(joined, 1, joined.text.length), 2, 5);
    assert.equal(inner.text, joined.text.slice(3, 6));
    assert.deepEqual(inner.offsets, joined.offsets.slice(3, 6));
    const end = slice(verbatim('abc', 0, 3), 3, 3);
    assert.equal(end.text, '');
    assert.deepEqual(spanIn(end, 0, 0), { start: 0, end: 0 });
  });
});
