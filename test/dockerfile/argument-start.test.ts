// argumentsStart() must put an instruction's arguments exactly where dockerfile-ast's
// getArgumentsRange() does: compared on the examples, the docs' Dockerfiles, edge cases and
// seeded random edits of them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { argumentsStart } from '../../rules/src/dockerfile/instruction-text.js';
import { dockerfileContext } from './context.js';
import { corpus, instructionsOf } from './corpus.js';

describe('argumentsStart', () => {
  it("agrees with dockerfile-ast's getArgumentsRange on every instruction of the corpus", () => {
    let compared = 0;
    for (const text of corpus()) {
      const ctx = dockerfileContext(text);
      for (const instruction of instructionsOf(ctx.file.dockerfile!.getInstructions())) {
        const range = instruction.getArgumentsRange();
        const expected = range ? ctx.file.lines.offsetAt(range.start) : -1;
        assert.equal(argumentsStart(ctx, instruction), expected, `${instruction.getKeyword()} in ${JSON.stringify(text)}`);
        compared++;
      }
    }
    assert.ok(compared > 10_000, `compared only ${compared} instructions`);
  });
});
