import rule from '../../../rules/src/rules/compose/mount-propagation-shared.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    volumes:\n      - ./src:/app:ro,rslave\n      - type: bind\n        source: ./data\n        target: /data\n        bind:\n          propagation: rprivate\n',
  ],
  invalid: [
    {
      name: 'short syntax: the option goes, with its comma or its colon',
      code: 'services:\n  web:\n    image: nginx\n    volumes:\n      - ./a:/a:rshared\n      - "./b:/b:ro,shared"\n      - ./c:/c:rshared,z\n',
      errors: [
        { line: 5, column: 16, endLine: 5, endColumn: 23, message: 'Service "web" mounts ./a with rshared propagation', object: 'service/web' },
        { line: 6, column: 20, endLine: 6, endColumn: 26, message: 'shared propagation' },
        { line: 7, column: 16, endLine: 7, endColumn: 23 },
      ],
      output: 'services:\n  web:\n    image: nginx\n    volumes:\n      - ./a:/a\n      - "./b:/b:ro"\n      - ./c:/c:z\n',
    },
    {
      name: 'long syntax: propagation goes, and bind: when nothing else is left in it',
      code: 'services:\n  web:\n    image: nginx\n    volumes:\n      - type: bind\n        source: /mnt/media\n        target: /media\n        bind:\n          propagation: rshared\n      - type: bind\n        source: ./x\n        target: /x\n        bind:\n          create_host_path: true\n          propagation: shared\n',
      errors: [
        { line: 9, column: 24, endLine: 9, endColumn: 31, message: 'mounts /mnt/media with rshared propagation' },
        { line: 15, column: 24, endLine: 15, endColumn: 30 },
      ],
      output: 'services:\n  web:\n    image: nginx\n    volumes:\n      - type: bind\n        source: /mnt/media\n        target: /media\n      - type: bind\n        source: ./x\n        target: /x\n        bind:\n          create_host_path: true\n',
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line, no fix',
      code: 'x-defaults: &defaults\n  volumes: ["./a:/a:rshared"]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
