// The Compose list settings (capabilities, security_opt, devices), commands, host paths, and where
// findings about shared entries go.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capabilityName, serviceCapabilities } from '../../rules/src/compose/capabilities.js';
import { serviceCommandWords } from '../../rules/src/compose/command.js';
import { serviceEnvironment } from '../../rules/src/compose/environment.js';
import { serviceList } from '../../rules/src/compose/lists.js';
import { publishedPorts } from '../../rules/src/compose/ports.js';
import { parseGoBool, parseSecurityOpt, serviceSecurityOpts } from '../../rules/src/compose/security-opt.js';
import { findingAnchor, networkMode, services, setting } from '../../rules/src/compose/services.js';
import { absoluteHostPath, isSameOrBelow, serviceVolumes } from '../../rules/src/compose/volumes.js';
import { spanOf } from '../../rules/src/yaml/nodes.js';
import { textAt, withContext } from './context.js';

function forService<T>(code: string, fn: (svc: ReturnType<typeof services>[number], source: string) => T, index = 0): T {
  return withContext('compose', code, 'compose.yaml', (ctx) => fn(services(ctx)[index], ctx.text));
}

describe('lists', () => {
  it('reads block and flow lists, trimming entries, marking anchored ones shared', () => {
    const code = 'x-caps: &caps [SYS_ADMIN]\nservices:\n  a:\n    image: x\n    cap_add:\n      - " NET_ADMIN "\n      - CHOWN\n  b:\n    image: x\n    cap_add: *caps\n';
    assert.deepEqual(forService(code, (svc) => serviceList(svc, 'cap_add')!.entries.map((e) => [e.text, textAt(code, spanOf(e.node)), e.shared])), [
      ['NET_ADMIN', '" NET_ADMIN "', false],
      ['CHOWN', 'CHOWN', false],
    ]);
    assert.deepEqual(forService(code, (svc) => serviceList(svc, 'cap_add')!.entries.map((e) => [e.text, e.shared]), 1), [['SYS_ADMIN', true]]);
    assert.equal(forService(code, (svc) => serviceList(svc, 'devices')), undefined);
  });

  it('builds each model once per service: the same object, or undefined, every time', () => {
    const code = 'services:\n  a:\n    image: x\n    cap_add: [NET_ADMIN]\n';
    const answers = forService(code, (svc) => [serviceList(svc, 'cap_add'), serviceList(svc, 'cap_add'), serviceList(svc, 'devices'), serviceList(svc, 'devices')]);
    assert.ok(answers[0] !== undefined && answers[0] === answers[1]);
    assert.deepEqual(answers.slice(2), [undefined, undefined]);
  });

  it('normalises capability names: CAP_ prefix and any case', () => {
    assert.deepEqual(['cap_sys_admin', 'SYS_ADMIN', 'Cap_Net_Raw', ' all '].map(capabilityName), ['SYS_ADMIN', 'SYS_ADMIN', 'NET_RAW', 'ALL']);
    const code = 'services:\n  a:\n    image: x\n    cap_drop: [cap_all]\n';
    assert.deepEqual(forService(code, (svc) => serviceCapabilities(svc, 'cap_drop')!.entries.map((e) => e.name)), ['ALL']);
  });
});

describe('security_opt', () => {
  it('splits at the first = or, without one, at the first colon', () => {
    assert.deepEqual(parseSecurityOpt('seccomp:unconfined'), { key: 'seccomp', value: 'unconfined' });
    assert.deepEqual(parseSecurityOpt('seccomp=/p/a:b.json'), { key: 'seccomp', value: '/p/a:b.json' });
    assert.deepEqual(parseSecurityOpt('label:type:svirt_t'), { key: 'label', value: 'type:svirt_t' });
    assert.deepEqual(parseSecurityOpt('no-new-privileges'), { key: 'no-new-privileges', value: undefined });
    const code = 'services:\n  a:\n    image: x\n    security_opt: ["apparmor=unconfined"]\n';
    assert.deepEqual(forService(code, (svc) => serviceSecurityOpts(svc)!.entries.map((e) => [e.key, e.value])), [['apparmor', 'unconfined']]);
  });

  it('reads booleans as Go does', () => {
    assert.deepEqual(['1', 'true', 'TRUE', 'True', 't', '0', 'false', 'F', 'yes'].map(parseGoBool), [true, true, true, true, true, false, false, false, undefined]);
  });
});

describe('commands', () => {
  it('splits string commands at whitespace and reads list items, each word at its position', () => {
    const code = 'services:\n  a:\n    image: x\n    entrypoint: ["sh", "-c"]\n    command: /usr/sbin/sshd  -D\n';
    assert.deepEqual(forService(code, (svc, src) => serviceCommandWords(svc, src).map((w) => [w.key, w.text, textAt(code, w.span), w.shared])), [
      ['entrypoint', 'sh', 'sh', false],
      ['entrypoint', '-c', '-c', false],
      ['command', '/usr/sbin/sshd', '/usr/sbin/sshd', false],
      ['command', '-D', '-D', false],
    ]);
  });
});

describe('host paths', () => {
  it('normalises absolute bind sources and ignores the rest', () => {
    const code = 'services:\n  a:\n    image: x\n    volumes:\n      - //var/run//docker.sock/:/s\n      - /./etc/.:/e\n      - ./etc:/e\n      - data:/d\n      - ${HOME}:/h\n      - /a/../etc:/x\n';
    assert.deepEqual(forService(code, (svc, src) => serviceVolumes(svc, src).map(absoluteHostPath)), ['/var/run/docker.sock', '/etc', undefined, undefined, undefined, undefined]);
    assert.deepEqual([isSameOrBelow('/etc/x', '/etc'), isSameOrBelow('/etcetera', '/etc'), isSameOrBelow('/x', '/'), isSameOrBelow('/etc', '/etc')], [true, false, true, true]);
  });

  it('marks parts exact only when their span covers their text', () => {
    const code = 'services:\n  a:\n    image: x\n    volumes:\n      - "/etc:/e:ro"\n      - "/e\\x74c:/e"\n';
    assert.deepEqual(forService(code, (svc, src) => serviceVolumes(svc, src).map((v) => [v.source?.exact, textAt(code, v.source?.span)])), [
      [true, '/etc'],
      [false, '"/e\\x74c:/e"'],
    ]);
  });
});

describe('ports and network mode', () => {
  it('publishes nothing with network_mode: host', () => {
    const code = 'services:\n  a:\n    image: x\n    network_mode: host\n    ports: ["80:80"]\n  b:\n    image: x\n    ports: ["80:80"]\n';
    assert.deepEqual(forService(code, (svc, src) => [networkMode(svc), publishedPorts(svc, src).length]), ['host', 0]);
    assert.deepEqual(forService(code, (svc, src) => [networkMode(svc), publishedPorts(svc, src).length], 1), [undefined, 1]);
  });
});

describe('findingAnchor', () => {
  it('is the pair on one line, and the key of a block pair', () => {
    const code = 'x-d: &d\n  cap_add: [A]\nservices:\n  a:\n    image: x\n    <<: *d\n    environment:\n      B: 1\n    ports: ["1:1"]\n';
    const at = (path: string[]) => forService(code, (svc) => textAt(code, spanOf(findingAnchor(setting(svc, path)!))));
    assert.deepEqual([at(['cap_add']), at(['environment']), at(['ports'])], ['<<: *d', 'environment', 'ports: ["1:1"]']);
  });
});

describe('environment value parts', () => {
  it('locates text inside list and map values, quoted or not, and falls back to the whole value', () => {
    const code = 'services:\n  a:\n    image: x\n    environment:\n      - "URL=a:b@c"\n';
    assert.deepEqual(forService(code, (svc, src) => serviceEnvironment(svc, src).map((e) => textAt(code, e.valuePart(2, 3)?.span))), ['b']);
    const map = 'services:\n  a:\n    image: x\n    environment:\n      URL: "a:b@c"\n      KEY: |\n        xyz\n';
    assert.deepEqual(forService(map, (svc, src) => serviceEnvironment(svc, src).map((e) => textAt(map, e.valuePart(2, 3)?.span))), ['b', '|\n        xyz\n']);
  });
});
