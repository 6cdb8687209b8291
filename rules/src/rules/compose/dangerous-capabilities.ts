// compose/dangerous-capabilities: each of these capabilities alone is enough, or nearly enough, to
// break out of the container or take over the host's network or kernel.
import { singleEditFix, defineRule } from '../../rule.js';
import { removeItem } from '../../fix/yaml-edits.js';
import { serviceCapabilities } from '../../compose/capabilities.js';
import { inheritedNote, services, findingAnchor } from '../../compose/services.js';

/** What each capability lets a compromised container do to the host. */
const DANGEROUS: Readonly<Record<string, string>> = {
  ALL: 'every capability, which is as good as privileged',
  SYS_ADMIN: 'mounting filesystems and many other admin operations, a well-known escape route',
  NET_ADMIN: 'reconfiguring network interfaces, routes and firewall rules',
  SYS_PTRACE: 'tracing and injecting code into other processes',
  SYS_MODULE: 'loading kernel modules, which runs code in the host kernel',
  SYS_RAWIO: 'raw access to I/O ports and host memory',
  DAC_READ_SEARCH: 'reading any file it can reach by handle, a known escape route (Shocker)',
  BPF: 'loading BPF programs into the host kernel',
  PERFMON: 'tracing the host kernel and other processes through perf and BPF',
};

export default defineRule({
  id: 'compose/dangerous-capabilities',
  severity: 'error',
  fix: 'unsafe',
  risk: 'host',
  title: 'Service adds a dangerous capability',
  references: ['CIS-D 5.4'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const svc of services(ctx)) {
      const caps = serviceCapabilities(svc, 'cap_add');
      if (!caps) continue;
      for (const cap of caps.entries) {
        const power = DANGEROUS[cap.name];
        if (!power) continue;
        const seq = caps.seq;
        ctx.report({
          at: cap.shared ? findingAnchor(caps.setting) : cap.node,
          message: `Service "${svc.name}" adds capability ${cap.name}${inheritedNote(cap.shared)}: it allows ${power}.`,
          object: svc.label,
          fix: () => {
            // An entry written in this service is removed; one from an anchor would change every user of it.
            const edit = cap.shared || !seq ? null : removeItem(ctx.file, seq, cap.node, svc.doc);
            return singleEditFix(`Remove ${cap.text} from cap_add`, edit);
          },
        });
      }
    }
  },
});
