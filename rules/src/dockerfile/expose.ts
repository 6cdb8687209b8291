// The ports an EXPOSE instruction declares: `80`, `80/udp`, `8000-8010/tcp`. Shared by the rules
// that judge them (invalid-port, privileged-port, ssh-server).
import type { Instruction } from 'dockerfile-ast';
import type { RuleContext } from '../rule.js';
import type { Span } from '../types.js';
import { dockerWords } from './docker-words.js';
import { factsOf } from './instruction-facts.js';
import { argumentsSource, escapeCharacter } from './instruction-text.js';

export interface ExposedPort {
  /** The entry after quote removal, as Docker reads it. */
  text: string;
  /** Where the entry is written, quotes included. */
  span: Span;
  /** Set when the entry is a valid port or range. */
  from?: number;
  to?: number;
  /** `tcp` unless written otherwise. */
  protocol?: string;
  /** Why the entry is not a valid port (only when it is not a variable reference). */
  problem?: string;
  /** The entry uses a variable (`$PORT`): its value is unknown here. */
  unresolved: boolean;
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
export const MAX_PORT = 65535;

/** The entries of an EXPOSE instruction; none for other instructions. */
export function exposedPorts(ctx: RuleContext, instruction: Instruction): ExposedPort[] {
  if (instruction.getKeyword() !== 'EXPOSE') return [];
  // Three rules ask about each EXPOSE.
  const facts = factsOf(instruction);
  return (facts.exposedPorts ??= readPorts(ctx, instruction));
}

function readPorts(ctx: RuleContext, instruction: Instruction): ExposedPort[] {
  const source = argumentsSource(ctx, instruction);
  if (!source) return [];
  return dockerWords(source, escapeCharacter(ctx))
    .filter((w) => w.text.length > 0)
    .map((w) => ({ ...parsePortSpec(w.text), text: w.text, span: w.span }));
}

/** Parses one `port[-port][/protocol]` entry. */
export function parsePortSpec(text: string): Omit<ExposedPort, 'text' | 'span'> {
  if (text.includes('$')) return { unresolved: true };
  const slash = text.indexOf('/');
  const ports = slash < 0 ? text : text.slice(0, slash);
  const protocol = slash < 0 ? 'tcp' : text.slice(slash + 1).toLowerCase();
  if (!PROTOCOLS.has(protocol)) return { unresolved: false, problem: `"${text.slice(slash + 1)}" is not a protocol (tcp, udp or sctp)` };
  const m = /^(\d+)(?:-(\d+))?$/.exec(ports);
  if (!m) return { unresolved: false, problem: `"${ports}" is not a port number or range` };
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > MAX_PORT || to > MAX_PORT) return { unresolved: false, problem: `${from > MAX_PORT ? from : to} is above ${MAX_PORT}, the highest port` };
  if (to < from) return { unresolved: false, problem: `the range ${ports} ends before it starts` };
  return { unresolved: false, from, to, protocol };
}
