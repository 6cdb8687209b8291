// compose/ssh-port: an SSH server in a container is a second way in, with its own keys and
// passwords to leak, that bypasses `docker exec` and its audit trail.
import { defineRule } from '../../rule.js';
import { serviceCommandWords } from '../../compose/command.js';
import { servicePublishedPorts } from '../../compose/ports.js';
import { findingAnchor, inheritedNote, services } from '../../compose/services.js';

const SSH_PORT = 22;
const SSH_SERVERS = new Set(['sshd', 'dropbear']);

/** `/usr/sbin/sshd`, `"sshd`, `sshd;` → `sshd`. */
function program(word: string): string {
  const bare = word.replace(/^["'(]+|["');&|]+$/g, '');
  return bare.slice(bare.lastIndexOf('/') + 1);
}

export default defineRule({
  id: 'compose/ssh-port',
  severity: 'warning',
  fix: 'none',
  risk: 'container',
  title: 'Service runs or publishes SSH',
  references: ['CIS-D 5.7'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    for (const { svc, port, inheritedAt } of servicePublishedPorts(ctx)) {
      const range = port.target?.range;
      if (!port.target || !range || range.from > SSH_PORT || range.to < SSH_PORT) continue;
      ctx.report({
        at: inheritedAt ?? port.target.span,
        message: `Service "${svc.name}" publishes container port ${SSH_PORT} (SSH)${inheritedNote(port.shared)}: an SSH server is a second way into the container, outside docker exec.`,
        object: svc.label,
      });
    }
    for (const svc of services(ctx)) {
      for (const word of serviceCommandWords(svc, ctx.text)) {
        const name = program(word.text);
        if (!SSH_SERVERS.has(name)) continue;
        ctx.report({
          at: word.shared ? findingAnchor(word.setting) : word.span,
          message: `Service "${svc.name}" runs ${name} in its ${word.key}${inheritedNote(word.shared)}: an SSH server is a second way into the container, outside docker exec.`,
          object: svc.label,
        });
      }
    }
  },
});
