import rule from '../../../rules/src/rules/dockerfile/unsigned-packages.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'quoted text', code: 'FROM debian:12\nRUN echo "apt-get install --allow-unauthenticated" > /notes\n' },
    { name: 'checks left on', code: 'FROM fedora:40\nRUN dnf --setopt=gpgcheck=1 install -y git && echo "gpgcheck=1" >> /etc/dnf/dnf.conf\n' },
    { name: 'a flag name as a package operand of another program', code: 'FROM alpine:3.20\nRUN grep -- --allow-untrusted /etc/apk/repositories || true\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n',
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 47, message: 'apt-get --allow-unauthenticated in stage 0 installs packages without checking their signatures', object: 'stage/0', severity: 'error' }],
      output: 'FROM debian:12\nRUN apt-get install -y curl\n',
    },
    {
      name: 'apk, dnf, rpm, zypper and apt -o',
      code:
        'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/pkg.apk\nRUN dnf install -y --nogpgcheck x\nRUN rpm -i --nosignature /tmp/x.rpm\nRUN zypper --no-gpg-checks in -y x\nRUN apt-get -o APT::Get::AllowUnauthenticated=true install -y x\n',
      errors: [
        { line: 2, column: 13, endLine: 2, endColumn: 30 },
        { line: 3, column: 20, endLine: 3, endColumn: 32 },
        { line: 4, column: 12, endLine: 4, endColumn: 25 },
        { line: 5, column: 12, endLine: 5, endColumn: 27 },
        { line: 6, column: 13, endLine: 6, endColumn: 51 },
      ],
      output: 'FROM alpine:3.20\nRUN apk add /tmp/pkg.apk\nRUN dnf install -y x\nRUN rpm -i /tmp/x.rpm\nRUN zypper in -y x\nRUN apt-get install -y x\n',
    },
    {
      name: 'in a heredoc, through sudo, with continuations',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\nsudo apt-get install -y \\\n  --force-yes \\\n  curl\nEOF\n',
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 14 }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\nsudo apt-get install -y \\\n  curl\nEOF\n',
    },
    {
      name: 'configuration written to files',
      code: "FROM rockylinux:9\nRUN echo 'gpgcheck=0' >> /etc/yum.conf\nRUN echo 'deb [trusted=yes] http://repo.example.com/ ./' > /etc/apt/sources.list.d/x.list\n",
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 39, message: 'gpgcheck=0 written to /etc/yum.conf' },
        { line: 3, column: 5, endLine: 3, endColumn: 90, message: '[trusted=yes]' },
      ],
      output: null,
    },
  ],
});
