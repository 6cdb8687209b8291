import rule from '../../../rules/src/rules/dockerfile/secret-literal.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci\n',
    { name: 'placeholders and variable references', code: 'FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\nENV MIRROR=https://user:changeme@mirror.example.com\n' },
    { name: 'a public key', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/ssh/ca.pub\n-----BEGIN PUBLIC KEY-----\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 43, message: 'ENV in stage 0 contains an AWS access key id', object: 'stage/0', severity: 'error' }],
      output: null,
    },
    {
      name: 'in a heredoc body, a RUN line and a comment',
      code: [
        'FROM python:3.12 AS app',
        '# deploy token: glpat-abcdefghij0123456789',
        'RUN pip install --index-url https://ci:s3cr3tPass@pypi.example.com/simple app',
        'COPY <<EOF /root/.ssh/id_ed25519',
        '-----BEGIN OPENSSH PRIVATE KEY-----',
        'EOF',
        '',
      ].join('\n'),
      errors: [
        { line: 2, column: 17, endLine: 2, endColumn: 43, message: 'A comment contains a GitLab token', object: null },
        { line: 3, column: 40, endLine: 3, endColumn: 50, message: 'RUN in stage "app" contains a password in a URL', object: 'stage/app' },
        { line: 5, column: 1, endLine: 5, endColumn: 36, message: 'COPY in stage "app" contains a PEM private key' },
      ],
      output: null,
    },
  ],
});
