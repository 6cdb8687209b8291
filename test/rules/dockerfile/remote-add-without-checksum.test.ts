import rule from '../../../rules/src/rules/dockerfile/remote-add-without-checksum.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /opt/\n',
    { name: 'local sources', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nCOPY https.txt /srv/\n' },
    { name: 'a git source pinned to a commit', code: 'FROM alpine:3.20\nADD https://github.com/org/repo.git#0123456789abcdef0123456789abcdef01234567 /src\n' },
    { name: 'a heredoc', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhttps://example.com\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'ADD in stage 0 downloads https://example.com/tool.tar.gz without --checksum', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'git sources at a branch or tag, JSON form, lowercase',
      code: 'FROM alpine:3.20 AS src\nADD git@github.com:org/repo.git#main /src\nadd ["https://github.com/org/repo.git#v1.0", "/src2"]\nADD --chown=1:1 http://example.com/a.txt /a\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, message: 'git@github.com:org/repo.git#main', object: 'stage/src' },
        { line: 3, column: 1, endLine: 3, endColumn: 4, message: 'https://github.com/org/repo.git#v1.0' },
        { line: 4, column: 1, endLine: 4, endColumn: 4, message: 'http://example.com/a.txt' },
      ],
      output: null,
    },
  ],
});
