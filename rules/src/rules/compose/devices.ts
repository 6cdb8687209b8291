// compose/devices: a host device node gives the container direct access to hardware or kernel
// interfaces (disks, GPUs, /dev/mem…) that bypass the filesystem and namespace isolation.
import { defineRule } from '../../rule.js';
import { serviceList } from '../../compose/lists.js';
import { findingAnchor, inheritedNote, services } from '../../compose/services.js';

export default defineRule({
  id: 'compose/devices',
  severity: 'warning',
  fix: 'none',
  risk: 'host',
  title: 'Service has host devices',
  references: ['CIS-D 5.18'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const devices = serviceList(svc, 'devices');
      for (const device of devices?.entries ?? []) {
        if (!devices || device.text === '') continue;
        // `/dev/sda:/dev/xvda:rwm` → `/dev/sda`; a CDI name (`nvidia.com/gpu=all`) has no colon.
        const host = device.text.split(':')[0];
        ctx.report({
          at: device.shared ? findingAnchor(devices.setting) : device.node,
          message: `Service "${svc.name}" has host device ${host}${inheritedNote(device.shared)}: the container reaches the host's hardware or kernel through it, outside its isolation.`,
          object: svc.label,
        });
      }
    }
  },
});
