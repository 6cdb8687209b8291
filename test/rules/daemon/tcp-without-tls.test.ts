import rule from '../../../rules/src/rules/daemon/tcp-without-tls.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    '{}',
    '{"hosts": ["unix:///var/run/docker.sock", "fd://"]}',
    { name: 'TLS with client verification on 2376', code: '{"hosts": ["tcp://0.0.0.0:2376"], "tlsverify": true}' },
    { name: 'ssh and npipe are not tcp', code: '{"hosts": ["ssh://me@host", "npipe:////./pipe/docker_engine"]}' },
  ],
  invalid: [
    {
      name: 'tcp on all interfaces without TLS',
      code: '{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"]\n}\n',
      errors: [{ line: 2, column: 44, endLine: 2, endColumn: 64, severity: 'error', message: 'anyone who reaches it can control the daemon', object: null }],
      output: null,
    },
    {
      name: 'TLS without client verification',
      code: '{"hosts": ["tcp://10.0.0.5:2376"], "tls": true, "tlscert": "/etc/docker/cert.pem"}',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 33, severity: 'error', message: '"tls": true without "tlsverify": true encrypts but accepts any client' }],
      output: null,
    },
    {
      name: 'tlsverify false, bare host:port (dockerd reads it as tcp), IPv6',
      code: '{"hosts": ["192.168.1.10:2376", "tcp://[2001:db8::1]:2376"], "tlsverify": false}',
      errors: [
        { line: 1, column: 12, endLine: 1, endColumn: 31, severity: 'error', message: '"tlsverify" is not true' },
        { line: 1, column: 33, endLine: 1, endColumn: 59, severity: 'error' },
      ],
      output: null,
    },
    {
      name: 'loopback without TLS is a warning, except on 2375',
      code: '{"hosts": ["tcp://127.0.0.1:2376", "tcp://localhost:2375", "tcp://[::1]:2376"]}',
      errors: [
        { line: 1, column: 12, endLine: 1, endColumn: 34, severity: 'warning', message: 'any local user or process' },
        { line: 1, column: 36, endLine: 1, endColumn: 58, severity: 'error', message: 'anyone who reaches it' },
        { line: 1, column: 60, endLine: 1, endColumn: 78, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: '2375 with tlsverify: a warning about the port',
      code: '{"hosts": ["tcp://0.0.0.0:2375"], "tlsverify": true}',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 32, severity: 'warning', message: 'uses port 2375' }],
      output: null,
    },
    {
      name: 'tcp:// with no host is not taken for loopback',
      code: '{"hosts": ["tcp://:2376"]}',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 25, severity: 'error' }],
      output: null,
    },
  ],
});
