import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSensitiveName, nameTokens } from '../../rules/src/secrets/names.js';

describe('isSensitiveName', () => {
  it('splits names into lowercase tokens', () => {
    assert.deepEqual(nameTokens('AWS_SECRET_ACCESS_KEY'), ['aws', 'secret', 'access', 'key']);
    assert.deepEqual(nameTokens('apiKey'), ['api', 'key']);
    assert.deepEqual(nameTokens('APIKey'), ['api', 'key']);
    assert.deepEqual(nameTokens('my-app.dbPassword'), ['my', 'app', 'db', 'password']);
  });

  const sensitive = [
    'DB_PASSWORD',
    'GITHUB_TOKEN',
    'API_KEY',
    'apiKey',
    'ApiKey',
    'APIKEY',
    'AWS_SECRET_ACCESS_KEY',
    'MYSQL_ROOT_PASSWORD',
    // npm's registry token: "auth" and "token" with no allowlisted token, so it is a secret.
    'NPM_AUTH_TOKEN',
    'SECRET_KEY_BASE',
    'OAUTH_CLIENT_SECRET',
    'SSH_PRIVATE_KEY',
    'ACCESS_KEY',
    'GOOGLE_CREDENTIALS',
    'DB_PWD',
    'REDIS_PASSWD',
    'BASIC_AUTH',
    'SECRETS',
  ];
  for (const name of sensitive) it(`flags ${name}`, () => assert.equal(isSensitiveName(name), true));

  const notSensitive = [
    // "private" alone is not "private key"; GOPRIVATE is one token anyway.
    'GOPRIVATE',
    // The allowlist: names that point at a secret or describe it without holding it.
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'KMS_KEY_ALIAS',
    'PASSWORD_PROMPT_STRING',
    'DB_USERNAME',
    'POSTGRES_USER',
    'AUTH_MODE',
    'GOPASS_VERSION',
    'TOKEN_PATH',
    'SECRET_NAME',
    'PASSWORD_FILE',
    'NEXT_PUBLIC_API_KEY',
    'AUTH_URL',
    'SECRETS_DIR',
    'AUTH_ENABLED',
    // An access key *id* identifies a key; the allowlist's "id" token keeps it out.
    'AWS_ACCESS_KEY_ID',
    // Whole-token matching: these only contain a sensitive word.
    'TOKENIZER_PARALLELISM',
    'AUTHOR',
    'KEYCLOAK_VERSION',
    'PASSWORDLESS',
    // The shell's working directory.
    'PWD',
    'HOME',
    '',
  ];
  for (const name of notSensitive) it(`does not flag ${JSON.stringify(name)}`, () => assert.equal(isSensitiveName(name), false));
});
