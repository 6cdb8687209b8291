import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expandArgs, globalArgs } from '../../rules/src/dockerfile/args.js';
import { dockerfileContext } from './context.js';

describe('ARG expansion', () => {
  const values = new Map<string, string | undefined>([
    ['BASE', 'alpine'],
    ['EMPTY', ''],
    ['DECLARED', undefined],
  ]);
  const cases: [string, string | undefined][] = [
    ['$BASE:3.20', 'alpine:3.20'],
    ['${BASE}:3.20', 'alpine:3.20'],
    ['${BASE:-debian}', 'alpine'],
    ['${EMPTY:-debian}', 'debian'],
    ['${EMPTY-debian}', ''],
    ['${UNKNOWN:-alpine:3.20}', 'alpine:3.20'],
    ['${DECLARED-alpine:3.20}', 'alpine:3.20'],
    ['${UNKNOWN:-${BASE}}:1', 'alpine:1'],
    ['node${BASE:+-$BASE}', 'node-alpine'],
    ['node${EMPTY:+-x}', 'node'],
    ['node${BASE+x}', 'nodex'],
    ['${BASE:?required}', 'alpine'],
    ['\\$BASE', '$BASE'],
    ['price$', 'price$'],
    // Unknowable: rules must then stay quiet.
    ['$UNKNOWN', undefined],
    ['$DECLARED', undefined],
    ['alpine:${DECLARED}', undefined],
    ['node${DECLARED:+-x}', undefined],
    ['node${UNKNOWN+x}', undefined],
    ['${EMPTY:?required}', undefined],
    ['${BASE#al}', undefined],
    ['${BASE', undefined],
    ['${}', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`expands ${text}`, () => assert.equal(expandArgs(text, values), expected));
  }

  it('honours another escape character', () => {
    assert.equal(expandArgs('`$BASE', values, '`'), '$BASE');
  });

  it('collects the global ARGs in order, expanding earlier ones', () => {
    const ctx = dockerfileContext('ARG REGISTRY=docker.io\nARG IMAGE="${REGISTRY}/library/alpine"\nARG TAG\nFROM $IMAGE\nARG LATER=1\n');
    assert.deepEqual([...globalArgs(ctx)], [
      ['REGISTRY', 'docker.io'],
      ['IMAGE', 'docker.io/library/alpine'],
      ['TAG', undefined],
    ]);
  });
});
