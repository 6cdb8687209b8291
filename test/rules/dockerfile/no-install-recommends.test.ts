import rule from '../../../rules/src/rules/dockerfile/no-install-recommends.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'the apt option', code: 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n' },
    { name: 'configured off in an earlier RUN', code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99no-recommends\nRUN apt-get install -y curl\n' },
    { name: 'a build stage that does not ship', code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM scratch\nCOPY --from=build /out /\n' },
    { name: 'other apt actions and quoted text', code: 'FROM debian:12\nRUN apt-get update && apt-get remove -y x && echo "apt-get install y"\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 38, message: '`apt-get install` in stage 0 also installs recommended packages', object: 'stage/0', severity: 'info' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n',
    },
    {
      name: 'apt, exec form, sh -c, the final stage built on another',
      code: 'FROM ubuntu:24.04 AS base\nRUN apt install -y git\nFROM base\nRUN ["apt-get", "install", "-y", "x"]\nRUN sh -c "apt-get -y install y"\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 16, object: 'stage/base' },
        { line: 4, column: 6, endLine: 4, endColumn: 26 },
        { line: 5, column: 12, endLine: 5, endColumn: 30 },
      ],
      output: 'FROM ubuntu:24.04 AS base\nRUN apt install --no-install-recommends -y git\nFROM base\nRUN ["apt-get", "install", "--no-install-recommends", "-y", "x"]\nRUN sh -c "apt-get -y install --no-install-recommends y"\n',
    },
  ],
});
