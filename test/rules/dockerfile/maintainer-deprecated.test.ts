import rule from '../../../rules/src/rules/dockerfile/maintainer-deprecated.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\n'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11, message: 'MAINTAINER is deprecated', object: 'stage/0', severity: 'hint' }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true\n',
    },
    {
      name: 'quotes and dollars kept literally, lowercase, a line continuation',
      code: 'from alpine:3.20\nmaintainer The "$HOME" team \\\n  <ops@example.com>',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'from alpine:3.20\nlabel org.opencontainers.image.authors="The \\"\\$HOME\\" team   <ops@example.com>"',
    },
    {
      name: 'the backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER C:\\Users\\ops `team` <ops@example.com>\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 11 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL org.opencontainers.image.authors="C:\\Users\\ops ``team`` <ops@example.com>"\n',
    },
  ],
});
