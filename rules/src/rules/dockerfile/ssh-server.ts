// An SSH server in a container is a second way in, with its own keys and passwords to manage;
// `docker exec` / `kubectl exec` already give operators a shell without one.
import type { Instruction } from 'dockerfile-ast';
import { exposedPorts, type ExposedPort } from '../../dockerfile/expose.js';
import { instructionScript } from '../../dockerfile/run-script.js';
import { baseName, commandName, commandWords, type Word } from '../../dockerfile/shell.js';
import { ancestry, describeStage, finalStage, stageLabel } from '../../dockerfile/stages.js';
import { removeLines } from '../../fix/text-edits.js';
import { defineRule, type FixInput, type RuleContext } from '../../rule.js';

/** Package managers and the subcommands that install. */
const INSTALL: Record<string, readonly string[]> = {
  'apt-get': ['install'],
  apt: ['install'],
  aptitude: ['install'],
  apk: ['add'],
  yum: ['install'],
  dnf: ['install'],
  microdnf: ['install'],
  tdnf: ['install'],
  zypper: ['install', 'in'],
};
const SSH_PACKAGES = new Set(['openssh-server', 'dropbear', 'dropbear-bin']);
const SSH_DAEMONS = new Set(['sshd', 'dropbear']);
const SERVICE_TOOLS = new Set(['service', 'systemctl', 'rc-service', 'rc-update']);
const SSH_SERVICES = new Set(['ssh', 'sshd', 'dropbear', 'ssh.service', 'sshd.service']);

export default defineRule({
  id: 'dockerfile/ssh-server',
  severity: 'warning',
  fix: 'unsafe',
  risk: 'container',
  title: 'Image runs an SSH server',
  references: ['CIS-D 5.7'],
  aliases: ['DL3001', 'DS-0004', 'CKV_DOCKER_1'],
  appliesTo: 'dockerfile',
  check(ctx) {
    const final = finalStage(ctx);
    if (!final) return;
    const where = `The final image (${describeStage(final)})`;
    const consequence = 'an SSH server is one more way in, with keys and passwords to manage; use docker exec or kubectl exec instead.';
    for (const stage of ancestry(final).reverse()) {
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'EXPOSE') {
          const ports = exposedPorts(ctx, instruction);
          for (const port of ports.filter(isSshPort)) {
            ctx.report({ at: port.span, message: `${where} exposes port 22: ${consequence}`, object: stageLabel(final), fix: () => removePort(ctx, instruction, ports, port) });
          }
        } else if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
          for (const found of sshInScript(ctx, instruction)) {
            ctx.report({ at: found.word.span, message: `${where} ${found.what}: ${consequence}`, object: stageLabel(final) });
          }
        }
      }
    }
  },
});

function isSshPort(port: ExposedPort): boolean {
  return port.from === 22 && port.to === 22 && port.protocol === 'tcp';
}

/** Installs of an SSH server package and commands that start one. */
function sshInScript(ctx: RuleContext, instruction: Instruction): { word: Word; what: string }[] {
  const out: { word: Word; what: string }[] = [];
  for (const command of instructionScript(ctx, instruction).commands) {
    const name = commandName(command);
    const words = commandWords(command);
    if (name === undefined) continue;
    if (SSH_DAEMONS.has(name)) {
      out.push({ word: words[0], what: `starts ${name}` });
    } else if (SERVICE_TOOLS.has(name)) {
      const service = words.slice(1).find((w) => SSH_SERVICES.has(w.text));
      if (service) out.push({ word: service, what: `starts the ${service.text} service` });
    } else if (Object.hasOwn(INSTALL, name)) {
      const sub = words.findIndex((w, k) => k > 0 && !w.text.startsWith('-'));
      if (sub < 0 || !INSTALL[name].includes(words[sub].text)) continue;
      for (const w of words.slice(sub + 1)) {
        if (w.text.startsWith('-')) continue;
        const pkg = packageName(w.text);
        if (SSH_PACKAGES.has(pkg) || (name === 'apk' && pkg === 'openssh')) out.push({ word: w, what: `installs ${pkg}` });
      }
    }
  }
  return out;
}

/** `openssh-server=1:9.6p1-3`, `openssh-server:amd64`, `dropbear~=2022` → the package name. */
function packageName(word: string): string {
  return baseName(word).split(/[=<>~:]/)[0].toLowerCase();
}

/** Removes the port from the instruction, or the whole instruction when it is the only port. */
function removePort(ctx: RuleContext, instruction: Instruction, ports: ExposedPort[], port: ExposedPort): FixInput {
  const remaining = ports.filter((p) => !isSshPort(p));
  if (remaining.length === 0) {
    const range = instruction.getRange();
    return { title: 'Remove EXPOSE 22', edits: [removeLines(ctx.file, range.start.line, range.end.line)] };
  }
  const i = ports.indexOf(port);
  // Take the blank before the entry (or after it, for the first) so the others stay separated.
  const span = i > 0 ? { start: ports[i - 1].span.end, end: port.span.end } : { start: port.span.start, end: ports[i + 1].span.start };
  return { title: 'Remove port 22 from EXPOSE', edits: [{ ...span, text: '' }] };
}
