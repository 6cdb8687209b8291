import rule from '../../../rules/src/rules/compose/docker-socket.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n      - docker.sock:/data\n',
    {
      name: 'a path below /run that holds no runtime socket, and a named volume called like one',
      code: 'services:\n  web:\n    image: nginx\n    volumes:\n      - /run/user/1000/pulse:/run/pulse\n      - type: volume\n        source: docker.sock\n        target: /x\n',
    },
    {
      name: 'a socket path from a variable cannot be resolved',
      code: 'services:\n  web:\n    image: nginx\n    volumes:\n      - ${DOCKER_SOCK}:/var/run/docker.sock\n',
    },
  ],
  invalid: [
    {
      name: 'the Docker socket, read-only or not, short and long syntax',
      code: 'services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n      - type: bind\n        source: //run/docker.sock\n        target: /docker.sock\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 29, message: 'Service "traefik" mounts the runtime socket /var/run/docker.sock: through it', object: 'service/traefik' },
        { line: 7, column: 17, endLine: 7, endColumn: 34, message: 'the runtime socket /run/docker.sock' },
      ],
      output: null,
    },
    {
      name: 'containerd and CRI-O sockets, and a directory that holds a socket',
      code: 'services:\n  agent:\n    image: agent:1\n    volumes:\n      - "/run/containerd/containerd.sock:/c.sock"\n      - /var/run/crio/crio.sock:/crio.sock\n      - /var/run/:/host/run\n',
      errors: [
        { line: 5, column: 10, endLine: 5, endColumn: 41, message: 'containerd.sock' },
        { line: 6, column: 9, endLine: 6, endColumn: 32, message: 'crio.sock' },
        { line: 7, column: 9, endLine: 7, endColumn: 18, message: 'mounts /var/run, which holds the runtime socket /var/run/docker.sock' },
      ],
      output: null,
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line',
      code: 'x-defaults: &defaults\n  volumes:\n    - /var/run/docker.sock:/var/run/docker.sock\nservices:\n  web:\n    image: nginx\n    <<: *defaults\n',
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 18, message: '(inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
