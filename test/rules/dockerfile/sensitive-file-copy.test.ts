import rule from '../../../rules/src/rules/dockerfile/sensitive-file-copy.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM node:22-slim\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\n',
    { name: 'certificates, public keys and templates', code: 'FROM nginx:1.27\nCOPY certs/fullchain.pem ca.pem /etc/nginx/certs/\nCOPY id_ed25519.pub .ssh/known_hosts /root/.ssh/\nCOPY .env.example /app/\n' },
    { name: 'a destination named like a secret', code: 'FROM alpine:3.20\nCOPY deploy.conf /root/.ssh/config\n' },
    { name: 'variables and URLs', code: 'FROM alpine:3.20\nCOPY $KEY_FILE /etc/app/\nADD https://example.com/server.key /tmp/\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 5, message: 'COPY in stage 0 copies id_rsa into the image', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'every kind the catalog names',
      code: [
        'FROM alpine:3.20 AS app',
        'COPY .env /app/',
        'COPY config/.env.production /app/',
        'ADD tls/server.key /etc/tls/',
        'COPY ca-key.pem privkey.pem /etc/tls/',
        'COPY ["cert store/client.p12", "/etc/"]',
        'COPY .npmrc .pypirc .netrc .git-credentials /root/',
        'COPY .aws/ /root/.aws/',
        'COPY home/.ssh /root/.ssh',
        'COPY .docker/config.json /root/.docker/',
        'COPY kubeconfig prod.kubeconfig /root/',
        'COPY --from=build /out/credentials.json /app/',
        '',
      ].join('\n'),
      errors: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((line) => ({ line, column: 1, endLine: line, endColumn: line === 4 ? 4 : 5 })),
      output: null,
    },
  ],
});
