import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exposedPorts, parsePortSpec } from '../../rules/src/dockerfile/expose.js';
import { dockerfileContext } from './context.js';

describe('parsePortSpec', () => {
  it('reads ports, ranges and protocols', () => {
    assert.deepEqual(parsePortSpec('80'), { unresolved: false, from: 80, to: 80, protocol: 'tcp' });
    assert.deepEqual(parsePortSpec('8000-8010/UDP'), { unresolved: false, from: 8000, to: 8010, protocol: 'udp' });
    assert.deepEqual(parsePortSpec('0'), { unresolved: false, from: 0, to: 0, protocol: 'tcp' });
  });
  it('leaves variables alone', () => {
    assert.deepEqual(parsePortSpec('${PORT}/tcp'), { unresolved: true });
  });
  it('explains what is wrong', () => {
    assert.match(parsePortSpec('65536').problem!, /above 65535/);
    assert.match(parsePortSpec('80/http').problem!, /not a protocol/);
    assert.match(parsePortSpec('20-10').problem!, /ends before it starts/);
    assert.match(parsePortSpec('8o').problem!, /not a port number/);
  });
});

describe('exposedPorts', () => {
  it('gives each entry with its place in the file', () => {
    const ctx = dockerfileContext('FROM alpine\nEXPOSE 80 \\\n  "443/tcp"\n');
    const expose = ctx.file.dockerfile!.getInstructions()[1];
    assert.deepEqual(exposedPorts(ctx, expose).map((p) => [p.text, p.span, p.from]), [['80', { start: 19, end: 21 }, 80], ['443/tcp', { start: 26, end: 35 }, 443]]);
  });
  it('ignores other instructions', () => {
    const ctx = dockerfileContext('FROM alpine\nRUN echo 80\n');
    assert.deepEqual(exposedPorts(ctx, ctx.file.dockerfile!.getInstructions()[1]), []);
  });
});
