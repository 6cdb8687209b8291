// compose/port-all-interfaces: a port published without a host IP listens on every interface of
// the host, and Docker's own firewall rules let traffic in even when ufw or firewalld would block it.
import { singleEditFix, defineRule } from '../../rule.js';
import { insertEntries, raw } from '../../fix/yaml-edits.js';
import { servicePublishedPorts, type PortMapping } from '../../compose/ports.js';
import { inheritedNote, type ComposeService } from '../../compose/services.js';
import { scalarText } from '../../compose/scalar-parts.js';
import { isMap, isScalar, spanOf } from '../../yaml/nodes.js';
import type { ParsedFile } from '../../documents/parse.js';
import type { Edit } from '../../types.js';

const LOOPBACK = '127.0.0.1';

export default defineRule({
  id: 'compose/port-all-interfaces',
  severity: 'info',
  fix: 'unsafe',
  risk: 'container',
  title: 'Service publishes a port on every host interface',
  references: ['CIS-D 5.14'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const { svc, port, inheritedAt } of servicePublishedPorts(ctx)) {
      // An explicit host IP (0.0.0.0 included) is a choice; a variable may hold one.
      if (port.hostIp?.text || !port.target || hasVariable(port)) continue;
      const label = port.published?.text || port.target.text;
      ctx.report({
        at: inheritedAt ?? (port.form === 'short' ? port.node : (port.published ?? port.target).span),
        message: `Service "${svc.name}" publishes port ${label} on every host interface${inheritedNote(port.shared)}: anyone who can reach the host can reach it, past the host's firewall.`,
        object: svc.label,
        fix: () => {
          const edit = port.shared ? null : loopbackEdit(ctx.file, svc, port);
          return singleEditFix(`Publish on ${LOOPBACK} only`, edit);
        },
      });
    }
  },
});

function hasVariable(port: PortMapping): boolean {
  return [port.published, port.target, port.hostIp].some((p) => p?.text.includes('$'));
}

/** `127.0.0.1:` before the short syntax (`127.0.0.1::80` when Docker picks the host port), `host_ip` in the long one. */
function loopbackEdit(file: ParsedFile, svc: ComposeService, port: PortMapping): Edit | null {
  if (port.form === 'long') return isMap(port.node) ? insertEntries(file, port.node, { host_ip: raw(LOOPBACK) }, svc.doc) : null;
  const text = scalarText(port.node, file.text);
  const whole = spanOf(port.node);
  if (!text || !whole) return null;
  const prefix = port.hostIp ? LOOPBACK : port.published ? `${LOOPBACK}:` : `${LOOPBACK}::`;
  // A number (`- 80`) becomes a string.
  if (isScalar(port.node) && typeof port.node.value === 'number') return { ...whole, text: `"${prefix}${text.text}"` };
  const start = text.part(0, 0);
  return start.exact ? { start: start.span.start, end: start.span.start, text: prefix } : null;
}
