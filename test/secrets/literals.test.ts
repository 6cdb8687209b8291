import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSecretLiterals } from '../../rules/src/secrets/literals.js';

const kinds = (text: string) => findSecretLiterals(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

describe('findSecretLiterals', () => {
  it('finds each supported format, with its exact extent', () => {
    const gh = 'ghp_' + 'a1B2'.repeat(9);
    assert.deepEqual(kinds(`-----BEGIN RSA PRIVATE KEY-----`), [['a PEM private key', '-----BEGIN RSA PRIVATE KEY-----']]);
    assert.deepEqual(kinds('-----BEGIN OPENSSH PRIVATE KEY-----'), [['a PEM private key', '-----BEGIN OPENSSH PRIVATE KEY-----']]);
    assert.deepEqual(kinds('key=AKIAIOSFODNN7EXAMPLE;'), [['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE']]);
    assert.deepEqual(kinds(`token ${gh} end`), [['a GitHub token', gh]]);
    assert.deepEqual(kinds('github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'), [['a GitHub token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz']]);
    assert.deepEqual(kinds('glpat-abcdefghij0123456789'), [['a GitLab token', 'glpat-abcdefghij0123456789']]);
    assert.deepEqual(kinds('xoxb-1234567890-abcdefghij'), [['a Slack token', 'xoxb-1234567890-abcdefghij']]);
    assert.deepEqual(kinds('sk_live_abcdefghijklmnopqrstuvwx'), [['a Stripe live secret key', 'sk_live_abcdefghijklmnopqrstuvwx']]);
    assert.deepEqual(kinds('AIzaSyA-1234567890abcdefghijklmnopqrstu'), [['a Google API key', 'AIzaSyA-1234567890abcdefghijklmnopqrstu']]);
    assert.deepEqual(kinds('npm_abcdefghijklmnopqrstuvwxyz0123456789'), [['an npm access token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789']]);
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    assert.deepEqual(kinds(`Bearer ${jwt}`), [['a JSON Web Token', jwt]]);
    assert.deepEqual(kinds('postgres://app:s3cr3t!@db:5432/app'), [['a password in a URL', 's3cr3t!']]);
  });

  it('ignores look-alikes and placeholders', () => {
    assert.deepEqual(kinds('-----BEGIN PUBLIC KEY-----'), []);
    assert.deepEqual(kinds('-----BEGIN CERTIFICATE-----'), []);
    assert.deepEqual(kinds('XAKIAIOSFODNN7EXAMPLE'), []);
    assert.deepEqual(kinds('AKIAIOSFODNN7EXAMPL'), []);
    assert.deepEqual(kinds('ghp_short'), []);
    assert.deepEqual(kinds('sk_test_abcdefghijklmnopqrstuvwx'), []);
    assert.deepEqual(kinds('postgres://app:${DB_PASSWORD}@db/app'), []);
    assert.deepEqual(kinds('https://user:****@host/x'), []);
    assert.deepEqual(kinds('https://user:<password>@host/x'), []);
    assert.deepEqual(kinds('https://example.com:8443/path'), []);
    assert.deepEqual(kinds('git@github.com:org/repo.git'), []);
    assert.deepEqual(kinds('npm_config_cache'), []);
  });

  it('reports several secrets in order', () => {
    const text = 'a=AKIAIOSFODNN7EXAMPLE b=-----BEGIN PRIVATE KEY-----';
    assert.deepEqual(findSecretLiterals(text).map((s) => s.start), [2, 25]);
  });
});
