import rule from '../../../rules/src/rules/dockerfile/package-cache.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    { name: 'apk --no-cache, pip --no-cache-dir, dnf clean all, zypper clean -a', code: 'FROM python:3.12-alpine\nRUN apk add --no-cache curl && pip install --no-cache-dir flask\nRUN dnf install -y git && dnf clean all\nRUN zypper in -y git && zypper clean -a\n' },
    { name: 'cache mounts keep the files out of the layer', code: 'FROM python:3.12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install -y gcc\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    { name: 'PIP_NO_CACHE_DIR in the environment', code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n' },
    { name: 'a build stage that does not ship', code: 'FROM python:3.12 AS build\nRUN pip install build && apt-get install -y gcc\nFROM gcr.io/distroless/python3-debian12\nCOPY --from=build /app /app\n' },
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "apt-get install curl"\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 38, message: '`apt-get install` in stage 0 leaves the package lists in /var/lib/apt/lists', object: 'stage/0', severity: 'info' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'apt-get clean is not enough; the cleanup goes after the last apt command, before later steps',
      code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean \\\n && curl --version\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 20 }],
      output: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean && rm -rf /var/lib/apt/lists/* \\\n && curl --version\n',
    },
    {
      name: 'apk, pip (also python -m pip and exec form)',
      code: 'FROM python:3.12-alpine\nRUN apk add curl && pip install flask\nRUN python3 -m pip install gunicorn\nRUN ["pip", "install", "uvicorn"]\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 12, message: '`apk add`' },
        { line: 2, column: 21, endLine: 2, endColumn: 32, message: '`pip install`' },
        { line: 3, column: 16, endLine: 3, endColumn: 27 },
        { line: 4, column: 6, endLine: 4, endColumn: 22 },
      ],
      output:
        'FROM python:3.12-alpine\nRUN apk add --no-cache curl && pip install --no-cache-dir flask\nRUN python3 -m pip install --no-cache-dir gunicorn\nRUN ["pip", "install", "--no-cache-dir", "uvicorn"]\n',
    },
    {
      name: 'dnf, microdnf in a pipeline, zypper',
      code: 'FROM fedora:40\nRUN dnf install -y git\nRUN microdnf install -y tar | tee /tmp/log\nRUN zypper in -y vim\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 16 },
        { line: 3, column: 5, endLine: 3, endColumn: 21 },
        { line: 4, column: 5, endLine: 4, endColumn: 14 },
      ],
      output: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\nRUN microdnf install -y tar | tee /tmp/log && microdnf clean all\nRUN zypper in -y vim && zypper clean -a\n',
    },
    {
      name: 'no fix inside a loop, and a cache mount on the wrong directory',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt for p in curl git; do apt-get install -y $p; done\n',
      errors: [{ line: 2, column: 68, endLine: 2, endColumn: 83 }],
      output: null,
    },
  ],
});
