import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseImageRef } from '../../rules/src/dockerfile/image-ref.js';

describe('parseImageRef', () => {
  const cases: [string, ReturnType<typeof parseImageRef>][] = [
    ['alpine', { repository: 'alpine' }],
    ['alpine:3.20', { repository: 'alpine', tag: '3.20' }],
    ['library/node:20-slim', { repository: 'library/node', tag: '20-slim' }],
    ['ghcr.io/org/app:1.2', { registry: 'ghcr.io', repository: 'org/app', tag: '1.2' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['localhost/app:dev', { registry: 'localhost', repository: 'app', tag: 'dev' }],
    ['registry:5000/team/app:2', { registry: 'registry:5000', repository: 'team/app', tag: '2' }],
    ['gcr.io/distroless/static:nonroot@sha256:abc', { registry: 'gcr.io', repository: 'distroless/static', tag: 'nonroot', digest: 'sha256:abc' }],
    ['alpine@sha256:0123', { repository: 'alpine', digest: 'sha256:0123' }],
    // "user/app" has no '.', ':' or localhost in its first component: a Docker Hub path, not a registry.
    ['user/app:latest', { repository: 'user/app', tag: 'latest' }],
    ['', { repository: '' }],
  ];
  for (const [ref, expected] of cases) {
    it(`splits ${JSON.stringify(ref)}`, () => assert.deepEqual(parseImageRef(ref), expected));
  }
});
