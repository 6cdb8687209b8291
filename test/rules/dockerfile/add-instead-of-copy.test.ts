import rule from '../../../rules/src/rules/dockerfile/add-instead-of-copy.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'FROM alpine:3.20\nCOPY package.json /app/\n',
    { name: 'a URL', code: 'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n' },
    { name: 'a git repository', code: 'FROM alpine:3.20\nADD git@github.com:org/repo.git /src\nADD https://github.com/org/repo.git#v1.0 /src2\n' },
    { name: 'a local tarball ADD unpacks', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nADD app.tgz vendor.tar.bz2 /opt/\n' },
    { name: 'an archive among the sources', code: 'FROM alpine:3.20\nADD app.tar.gz README.md /opt/\n' },
    { name: 'a variable source may be a URL', code: 'FROM alpine:3.20\nARG SRC\nADD $SRC /opt/\n' },
    { name: 'a glob that may match a tarball', code: 'FROM alpine:3.20\nADD dist/* /opt/\nADD *.gz /opt/\n' },
    { name: 'JSON form with a URL', code: 'FROM alpine:3.20\nADD ["https://example.com/a.txt", "/a.txt"]\n' },
    { name: 'a heredoc', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nADD package.json /app/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'ADD copies local files in stage 0', object: 'stage/0', severity: 'warning' }],
      output: 'FROM alpine:3.20\nCOPY package.json /app/\n',
    },
    {
      name: 'flags COPY has are kept',
      code: 'FROM alpine:3.20\nADD --chown=app:app --chmod=644 --link conf/ /etc/app/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=644 --link conf/ /etc/app/\n',
    },
    {
      name: 'JSON form',
      code: 'FROM alpine:3.20\nADD ["my file.txt", "/app/"]\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM alpine:3.20\nCOPY ["my file.txt", "/app/"]\n',
    },
    {
      name: 'Docker does not unpack zip files, so a zip is a plain local file',
      code: 'FROM nginx:1.27\nADD site.zip /srv/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM nginx:1.27\nCOPY site.zip /srv/\n',
    },
    {
      name: 'globs that cannot match a tarball, several sources',
      code: 'FROM alpine:3.20\nADD *.txt README.md /docs/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM alpine:3.20\nCOPY *.txt README.md /docs/\n',
    },
    {
      name: 'no fix with a flag COPY lacks',
      code: 'FROM alpine:3.20\nADD --unpack=false notes.txt /docs/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: null,
    },
    {
      name: 'lowercase keyword, every stage',
      code: 'from golang:1.22 as build\nadd . /src\nfrom alpine:3.20\nadd app.conf /etc/app.conf\n',
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 4, object: 'stage/build' },
        { line: 4, column: 1, endLine: 4, endColumn: 4, object: 'stage/1' },
      ],
      output: 'from golang:1.22 as build\ncopy . /src\nfrom alpine:3.20\ncopy app.conf /etc/app.conf\n',
    },
    {
      name: 'line continuations',
      code: 'FROM alpine:3.20\nADD --chown=1000:1000 \\\n    a.txt \\\n    b.txt \\\n    /dst/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4 }],
      output: 'FROM alpine:3.20\nCOPY --chown=1000:1000 \\\n    a.txt \\\n    b.txt \\\n    /dst/\n',
    },
    {
      name: 'the escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nADD app.exe `\n    C:/app/\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe `\n    C:/app/\n',
    },
  ],
});
