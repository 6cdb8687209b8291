import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ancestry, effectiveUser, finalStage, stageLabel, stages } from '../../rules/src/dockerfile/stages.js';
import { dockerfileContext } from './context.js';

const MULTI = `ARG GO=1.22
FROM golang:\${GO} AS Build
USER builder
RUN go build
FROM build AS test
RUN go test
FROM --platform=$BUILDPLATFORM $RUNTIME AS odd
FROM gcr.io/distroless/static:nonroot
COPY --from=build /app /app
FROM 0
`;

describe('stages', () => {
  it('splits the file into stages with expanded images and parents', () => {
    const ctx = dockerfileContext(MULTI);
    const all = stages(ctx);
    assert.deepEqual(
      all.map((s) => [s.index, s.name, s.image, s.parent?.index, s.instructions.map((i) => i.getKeyword())]),
      [
        [0, 'build', 'golang:1.22', undefined, ['USER', 'RUN']],
        [1, 'test', 'build', 0, ['RUN']],
        [2, 'odd', undefined, undefined, []],
        [3, undefined, 'gcr.io/distroless/static:nonroot', undefined, ['COPY']],
        [4, undefined, '0', 0, []],
      ],
    );
    assert.deepEqual(all[2].imageRange, { start: { line: 6, character: 31 }, end: { line: 6, character: 39 } });
    assert.deepEqual(ancestry(all[1]).map((s) => s.index), [1, 0]);
    assert.equal(stageLabel(all[0]), 'stage/build');
    assert.equal(stageLabel(all[3]), 'stage/3');
  });

  it('picks the last stage, or the target', () => {
    assert.equal(finalStage(dockerfileContext(MULTI))?.index, 4);
    assert.equal(finalStage(dockerfileContext(MULTI, { target: 'TEST' }))?.index, 1);
    assert.equal(finalStage(dockerfileContext(MULTI, { target: 'missing' }))?.index, 4);
    assert.equal(finalStage(dockerfileContext('# just a comment\n')), undefined);
  });

  it('finds the effective USER through the parent chain', () => {
    const ctx = dockerfileContext(MULTI);
    const [build, test, odd] = stages(ctx);
    assert.equal(effectiveUser(test)?.user, 'builder');
    assert.equal(effectiveUser(test)?.stage, build);
    assert.equal(effectiveUser(test)?.instruction.getRange().start.line, 2);
    assert.equal(effectiveUser(odd), undefined);
  });

  it('takes the last USER of a stage', () => {
    const ctx = dockerfileContext('FROM a:1\nUSER root\nRUN x\nUSER app:app\n');
    assert.equal(effectiveUser(stages(ctx)[0])?.user, 'app:app');
  });
});
