import rule from '../../../rules/src/rules/dockerfile/secret-in-env-or-arg.js';
import { runRuleTests } from '../../rule-tester.js';

/** The comment the fix writes above the removed variable. */
function explained(name: string, keyword: 'ENV' | 'ARG', indent = ''): string {
  const lines = [
    `# ${name} is now a BuildKit secret (Dockerfile syntax 1.10+) instead of an ${keyword}, so the image does not keep it.`,
    `# Build with --secret id=${name},env=${name}; RUN steps read it with --mount=type=secret,id=${name},env=${name}.`,
  ];
  if (keyword === 'ENV') lines.push('# If the running container needs it, pass it at run time (docker run -e, a Kubernetes Secret).');
  return lines.map((l) => `${indent}${l}\n`).join('');
}

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nENV DB_USERNAME=app TOKEN_PATH=/run/secrets/token\n',
    { name: 'allowlisted names', code: 'ARG GOPRIVATE=github.com/org\nFROM golang:1.22\nENV PASSWORD_FILE=/run/secrets/db AUTH_MODE=oidc SECRET_NAME=db\n' },
    { name: 'a secret mount is the right way', code: 'FROM node:20\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci\n' },
    { name: 'LABEL is not ENV or ARG', code: 'FROM alpine:3.20\nLABEL password=none\n' },
    { name: 'a sensitive word only as part of a token', code: 'FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false\n' },
  ],
  invalid: [
    {
      name: 'ENV with a literal value: the whole instruction becomes the explanation',
      code: 'FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 16, severity: 'error', object: 'stage/0', message: 'ENV DB_PASSWORD in stage 0 holds a literal secret' }],
      output: `FROM alpine:3.20\n${explained('DB_PASSWORD', 'ENV')}`,
    },
    {
      name: 'ARG without default: a warning, and the RUN that reads it mounts the secret',
      code: 'FROM node:20 AS build\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'warning', object: 'stage/build', message: 'passes a secret as a build argument' }],
      output: `FROM node:20 AS build\n${explained('NPM_TOKEN', 'ARG')}RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci\nRUN npm run build\n`,
    },
    {
      name: 'a name set twice in one instruction: the fix removes both (found by the fuzzer)',
      code: 'FROM alpine:3.20\nENV MODE=prod DB_PASSWORD=a \\\n    DB_PASSWORD=b\n',
      errors: [
        { line: 2, column: 15, endLine: 2, endColumn: 26, severity: 'error' },
        { line: 3, column: 5, endLine: 3, endColumn: 16, severity: 'error' },
      ],
      output: `FROM alpine:3.20\n${explained('DB_PASSWORD', 'ENV')}ENV MODE=prod\n`,
    },
    {
      name: 'a name set twice before another key',
      code: 'FROM alpine:3.20\nENV DB_PASSWORD=a DB_PASSWORD=b PORT=1\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 16, severity: 'error' },
        { line: 2, column: 19, endLine: 2, endColumn: 30, severity: 'error' },
      ],
      output: `FROM alpine:3.20\n${explained('DB_PASSWORD', 'ENV')}ENV PORT=1\n`,
    },
    {
      name: 'a name set twice and nothing else: the whole instruction becomes the explanation',
      code: 'FROM alpine:3.20\nARG API_TOKEN API_TOKEN=x\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'warning' },
        { line: 2, column: 15, endLine: 2, endColumn: 24, severity: 'error' },
      ],
      output: `FROM alpine:3.20\n${explained('API_TOKEN', 'ARG')}`,
    },
    {
      name: 'one key among several, continued lines',
      code: 'FROM alpine:3.20\nENV MODE=prod API_KEY=abc123 \\\n    PORT=8080\n',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 22, severity: 'error' }],
      output: `FROM alpine:3.20\n${explained('API_KEY', 'ENV')}ENV MODE=prod PORT=8080\n`,
    },
    {
      name: 'the last key, only a variable reference: a warning',
      code: 'FROM alpine:3.20\nARG GH\nENV MODE=prod \\\n    GITHUB_TOKEN=$GH\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 17, severity: 'warning', message: 'copies a secret into the environment' }],
      output: `FROM alpine:3.20\nARG GH\n${explained('GITHUB_TOKEN', 'ENV')}ENV MODE=prod\n`,
    },
    {
      name: 'legacy ENV form',
      code: 'FROM ruby:3.3\nENV SECRET_KEY_BASE abc def\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 20, severity: 'error' }],
      output: `FROM ruby:3.3\n${explained('SECRET_KEY_BASE', 'ENV')}`,
    },
    {
      name: 'ARG with a literal default; heredoc RUN; $TOKEN_URL is another variable',
      code: 'FROM alpine:3.20\nARG API_TOKEN=abc\nRUN <<EOF\ncurl -H "Authorization: $API_TOKEN" https://example.com\nEOF\nRUN curl "$API_TOKEN_URL"\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'error', message: 'ARG API_TOKEN in stage 0 holds a literal secret' }],
      output: `FROM alpine:3.20\n${explained('API_TOKEN', 'ARG')}RUN --mount=type=secret,id=API_TOKEN,env=API_TOKEN <<EOF\ncurl -H "Authorization: $API_TOKEN" https://example.com\nEOF\nRUN curl "$API_TOKEN_URL"\n`,
    },
    {
      name: 'a global ARG after the syntax directive: the comment must not extend the directives',
      code: '# syntax=docker/dockerfile:1\nARG NPM_TOKEN\nFROM node:20\nUSER node\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'warning', object: null }],
      output: `# syntax=docker/dockerfile:1\n${explained('NPM_TOKEN', 'ARG')}FROM node:20\nUSER node\n`,
    },
    {
      name: 'a global ARG',
      code: 'ARG NPM_TOKEN\nFROM node:20\nUSER node\n',
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 14, severity: 'warning', object: null, message: 'ARG NPM_TOKEN (global)' }],
      output: `${explained('NPM_TOKEN', 'ARG')}FROM node:20\nUSER node\n`,
    },
    {
      name: 'one of two ARGs; a RUN that already mounts it is left alone',
      code: 'FROM alpine:3.20\nARG DB_USER DB_PASSWORD\nRUN --mount=type=secret,id=DB_PASSWORD,env=DB_PASSWORD ./migrate "$DB_PASSWORD"\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 24, severity: 'warning' }],
      output: `FROM alpine:3.20\n${explained('DB_PASSWORD', 'ARG')}ARG DB_USER\nRUN --mount=type=secret,id=DB_PASSWORD,env=DB_PASSWORD ./migrate "$DB_PASSWORD"\n`,
    },
    {
      name: 'an empty value is only a declaration; RUNs of other stages are not touched',
      code: 'FROM alpine:3.20 AS build\nENV AWS_SECRET_ACCESS_KEY=""\nFROM alpine:3.20\nRUN echo $AWS_SECRET_ACCESS_KEY\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 26, severity: 'warning', object: 'stage/build' }],
      output: `FROM alpine:3.20 AS build\n${explained('AWS_SECRET_ACCESS_KEY', 'ENV')}FROM alpine:3.20\nRUN echo $AWS_SECRET_ACCESS_KEY\n`,
    },
    {
      name: 'quoted value, exec-form RUN, the escape directive',
      code: '# escape=`\nFROM alpine:3.20\nARG DB_PASSWORD="a b"\nRUN ["sh", "-c", "echo ${DB_PASSWORD:-x}"]\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16, severity: 'error' }],
      output: `# escape=\`\nFROM alpine:3.20\n${explained('DB_PASSWORD', 'ARG')}RUN --mount=type=secret,id=DB_PASSWORD,env=DB_PASSWORD ["sh", "-c", "echo \${DB_PASSWORD:-x}"]\n`,
    },
    {
      name: 'two secrets in one instruction: one finding each (the tester applies the first fix)',
      code: 'FROM alpine:3.20\nENV PASSWORD=a TOKEN=b\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 13, severity: 'error' },
        { line: 2, column: 16, endLine: 2, endColumn: 21, severity: 'error' },
      ],
      output: `FROM alpine:3.20\n${explained('PASSWORD', 'ENV')}ENV TOKEN=b\n`,
    },
    {
      name: 'indented, without a final line break',
      code: 'FROM alpine:3.20\n  ENV PASSWORD=x',
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 15 }],
      output: `FROM alpine:3.20\n${explained('PASSWORD', 'ENV', '  ').slice(0, -1)}`,
    },
  ],
});
