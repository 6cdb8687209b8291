import rule from '../../../rules/src/rules/dockerfile/untrusted-registry.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'a listed registry', code: 'FROM registry.example.com/base/python:3.12\n', config: { trustedRegistries: ['registry.example.com'] } },
    { name: 'a listed path prefix', code: 'FROM ghcr.io/my-org/app:1\n', config: { trustedRegistries: ['ghcr.io/my-org/'] } },
    { name: 'Docker Hub listed under another of its names', code: 'FROM python:3.12\nFROM library/node:22\nFROM docker.io/bitnami/redis:7\n', config: { trustedRegistries: ['index.docker.io'] } },
    { name: 'only Docker Hub official images', code: 'FROM python:3.12\n', config: { trustedRegistries: ['docker.io/library'] } },
    { name: 'scratch, stages and unknown images', code: 'FROM scratch AS a\nFROM a\nFROM $IMAGE\n', config: { trustedRegistries: ['registry.example.com'] } },
  ],
  invalid: [
    {
      code: 'FROM python:3.12\n',
      config: { trustedRegistries: ['registry.example.com'] },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 17, message: 'pulls python:3.12 from docker.io, which is not in trustedRegistries (registry.example.com)', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'without a list, no registry is trusted yet',
      code: 'FROM quay.io/org/tool:1 AS tool\nFROM python:3.12\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 24, message: 'from quay.io, and no trustedRegistries are configured', object: 'stage/tool' },
        { line: 2, column: 6, endLine: 2, endColumn: 17, message: 'from docker.io, and no trustedRegistries are configured', object: 'stage/1' },
      ],
      output: null,
    },
    {
      name: 'a path prefix does not trust the rest of the registry',
      code: 'FROM ghcr.io/other-org/app:1\nFROM ghcr.io/my-organisation/app:1\n',
      config: { trustedRegistries: ['ghcr.io/my-org'] },
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 29 },
        { line: 2, column: 6, endLine: 2, endColumn: 35 },
      ],
      output: null,
    },
  ],
});
