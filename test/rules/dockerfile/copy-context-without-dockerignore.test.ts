import rule from '../../../rules/src/rules/dockerfile/copy-context-without-dockerignore.js';
import type { WorkspaceIndex } from '../../../rules/src/index.js';
import { runRuleTests } from '../../rule-tester.js';

/** A workspace holding these files (path → text; undefined text = unreadable). */
function workspace(files: Record<string, string | undefined>, readable = true): WorkspaceIndex {
  const index: WorkspaceIndex = { exists: (p) => Object.hasOwn(files, p) };
  if (readable) index.read = (p) => files[p];
  return index;
}

const COPY_ALL = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\n';

runRuleTests(rule, {
  valid: [
    { name: 'a .dockerignore excluding .git', code: COPY_ALL, fileName: '/w/app/Dockerfile', workspace: workspace({ '/w/app/.dockerignore': 'node_modules\n.git\n' }) },
    { name: 'one excluding .env through a glob', code: COPY_ALL, fileName: '/w/app/Dockerfile', workspace: workspace({ '/w/app/.dockerignore': '# local files\n**/.env*\n' }) },
    { name: 'everything excluded, then sources allowed', code: COPY_ALL, fileName: '/w/app/Dockerfile', workspace: workspace({ '/w/app/.dockerignore': '*\n!src\n!package.json\n' }) },
    { name: 'a Dockerfile-specific ignore file', code: COPY_ALL, fileName: '/w/app/web.Dockerfile', workspace: workspace({ '/w/app/web.Dockerfile.dockerignore': '/.git/\n' }) },
    { name: 'an ignore file we cannot read', code: COPY_ALL, fileName: '/w/app/Dockerfile', workspace: workspace({ '/w/app/.dockerignore': undefined }, false) },
    { name: 'no workspace: nothing is known', code: COPY_ALL },
    { name: 'only named sources and other stages', code: 'FROM node:22-slim\nCOPY package.json src/ ./\nCOPY --from=build . /app\n', workspace: workspace({}) },
  ],
  invalid: [
    {
      code: COPY_ALL,
      fileName: '/w/app/Dockerfile',
      workspace: workspace({ '/w/Dockerfile.dockerignore': '.git\n' }),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5, message: 'COPY . in stage 0 copies the whole build context, and there is no .dockerignore next to the Dockerfile', object: 'stage/0', severity: 'info' }],
      output: null,
    },
    {
      name: 'an ignore file that excludes neither, and ADD ./',
      code: 'FROM python:3.12-slim AS app\nADD ./ /srv/\nCOPY ["." , "/srv"]\n',
      fileName: 'C:\\w\\Dockerfile',
      workspace: workspace({ 'C:\\w\\.dockerignore': '__pycache__\n.git/objects\n!.env\n' }),
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, message: '.dockerignore excludes neither .git nor .env', object: 'stage/app' },
        { line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
      output: null,
    },
    {
      name: 'a negation lets .env back in; the Dockerfile-specific file wins',
      code: COPY_ALL,
      fileName: 'svc/Dockerfile',
      workspace: workspace({ 'svc/Dockerfile.dockerignore': '.*\n!.env\n!.git\n', 'svc/.dockerignore': '.git\n' }),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5, message: 'Dockerfile.dockerignore excludes neither' }],
      output: null,
    },
  ],
});
