import rule from '../../../rules/src/rules/compose/devices.js';
import { runRuleTests } from '../../rule-tester.js';

runRuleTests(rule, {
  valid: [
    'services:\n  web:\n    image: nginx\n',
    'services:\n  web:\n    image: nginx\n    devices: []\n',
  ],
  invalid: [
    {
      name: 'each device, block and flow, with a CDI name',
      code: 'services:\n  ha:\n    image: homeassistant/home-assistant:2024.6\n    devices:\n      - /dev/ttyUSB0:/dev/ttyUSB0\n      - "/dev/sda:/dev/xvda:rwm"\n  ml:\n    image: pytorch/pytorch:2.3.1-cuda12.1-cudnn8-runtime\n    devices: [nvidia.com/gpu=all]\n',
      errors: [
        { line: 5, column: 9, endLine: 5, endColumn: 34, message: 'Service "ha" has host device /dev/ttyUSB0:', object: 'service/ha' },
        { line: 6, column: 9, endLine: 6, endColumn: 33, message: 'host device /dev/sda:' },
        { line: 9, column: 15, endLine: 9, endColumn: 33, message: 'host device nvidia.com/gpu=all:', object: 'service/ml' },
      ],
      output: null,
    },
    {
      name: 'inherited through <<: *defaults: reported on the merge line',
      code: 'x-defaults: &defaults\n  devices: [/dev/fuse]\nservices:\n  web:\n    <<: *defaults\n    image: nginx\n',
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 18, message: '/dev/fuse (inherited through a YAML anchor)' }],
      output: null,
    },
  ],
});
