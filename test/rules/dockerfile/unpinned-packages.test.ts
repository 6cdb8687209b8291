import rule from '../../../rules/src/rules/dockerfile/unpinned-packages.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5 ./local.deb\n',
    { name: 'pinned apk, pip, npm -g, gem', code: 'FROM ruby:3.3-alpine\nRUN apk add --virtual .build gcc=13.2.1-r0 && pip install flask==3.0.3 -r requirements.txt .\nRUN npm install -g typescript@5.4.5 @scope/tool@1.0.0 && npm install express && gem install rails -v 7.1.3 && gem install rake:13.2.1\n' },
    { name: 'variables and quoted text', code: 'FROM debian:12\nRUN apt-get install -y "$PACKAGES" && echo "apt-get install curl"\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl git=1:2.39.2-1.1\n',
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 28, message: 'apt-get installs curl without a version in stage 0', object: 'stage/0', severity: 'warning' }],
      output: null,
    },
    {
      name: 'apk, pip, npm -g, gem',
      code: 'FROM node:20-alpine\nRUN apk add --virtual .deps python3 && pip3 install requests\nRUN npm install -g @angular/cli && gem install bundler\n',
      errors: [
        { line: 2, column: 29, endLine: 2, endColumn: 36 },
        { line: 2, column: 53, endLine: 2, endColumn: 61 },
        { line: 3, column: 20, endLine: 3, endColumn: 32 },
        { line: 3, column: 48, endLine: 3, endColumn: 55 },
      ],
      output: null,
    },
  ],
});
