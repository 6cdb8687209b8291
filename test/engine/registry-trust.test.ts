import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isTrustedImage, registryOf } from '../../rules/src/images/registry.js';
import { parseImageRef } from '../../rules/src/dockerfile/image-ref.js';

it('resolves Docker Hub under every name', () => {
  for (const image of ['alpine', 'library/alpine', 'docker.io/alpine', 'index.docker.io/library/alpine:3']) assert.equal(registryOf(parseImageRef(image)), 'docker.io');
  assert.equal(registryOf(parseImageRef('ghcr.io/acme/app')), 'ghcr.io');
  assert.equal(registryOf(parseImageRef('localhost:5000/app')), 'localhost:5000');
});

it('matches hosts, wildcard hosts and path prefixes on component boundaries', () => {
  const table: [string, string, boolean][] = [
    ['ghcr.io/acme/app:1', 'ghcr.io', true],
    ['ghcr.io/acme/app:1', 'ghcr.io/acme', true],
    ['ghcr.io/acme/app:1', 'ghcr.io/acme/', true],
    ['ghcr.io/acme-evil/app:1', 'ghcr.io/acme', false],
    ['ghcr.io.evil.com/app', 'ghcr.io', false],
    ['python:3.12', 'docker.io/library', true],
    ['python:3.12', 'index.docker.io', true],
    ['bitnami/redis:7', 'docker.io/library', false],
    ['123.dkr.ecr.eu-west-1.amazonaws.com/app', '*.dkr.ecr.eu-west-1.amazonaws.com', true],
    ['dkr.ecr.eu-west-1.amazonaws.com/app', '*.dkr.ecr.eu-west-1.amazonaws.com', false],
    ['registry:5000/app', 'registry:5000', true],
    ['registry:5001/app', 'registry:5000', false],
  ];
  for (const [image, entry, expected] of table) assert.equal(isTrustedImage(image, [entry]), expected, `${image} by ${entry}`);
});

it('an empty list trusts nothing', () => {
  assert.equal(isTrustedImage('alpine:3.20', []), false);
});
