// Addresses in daemon.json: tcp listeners of `hosts` and loopback insecure registries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLoopbackHost, isLoopbackRegistry, tcpListener } from '../../rules/src/daemon/addresses.js';

describe('tcpListener', () => {
  it('reads tcp:// entries and bare host:port (dockerd defaults the scheme to tcp)', () => {
    assert.deepEqual(tcpListener('tcp://0.0.0.0:2375'), { host: '0.0.0.0', port: '2375' });
    assert.deepEqual(tcpListener('10.0.0.1:2376'), { host: '10.0.0.1', port: '2376' });
    assert.deepEqual(tcpListener('tcp://[::1]:2376'), { host: '::1', port: '2376' });
    assert.deepEqual(tcpListener('tcp://host'), { host: 'host', port: undefined });
    assert.deepEqual(tcpListener('tcp://:2376'), { host: '', port: '2376' });
  });

  it('ignores other schemes and empty entries', () => {
    for (const e of ['unix:///var/run/docker.sock', 'fd://', 'ssh://me@host', 'npipe:////./pipe/x', '', 'TCP://0.0.0.0:2375']) assert.equal(tcpListener(e), undefined, e);
  });
});

describe('loopback', () => {
  it('hosts', () => {
    for (const h of ['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1']) assert.ok(isLoopbackHost(h), h);
    for (const h of ['', '0.0.0.0', '128.0.0.1', '127.0.0.256', '::', '::2', '1::1', 'localhost.example.com']) assert.ok(!isLoopbackHost(h), h);
  });

  it('registries: ports, schemes, CIDRs', () => {
    for (const r of ['localhost:5000', 'http://127.0.0.1:5000', '[::1]:5000', '127.0.0.0/8', '127.10.0.0/16', '::1/128']) assert.ok(isLoopbackRegistry(r), r);
    for (const r of ['registry:5000', '10.0.0.0/8', '126.0.0.0/7', '0.0.0.0/0', '::/0', '127.0.0.1.nip.io']) assert.ok(!isLoopbackRegistry(r), r);
  });
});
