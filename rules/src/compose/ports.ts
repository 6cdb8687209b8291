// Normalises `ports:`: the short syntax "[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]"
// (IPv6 host IPs bracketed or not, port ranges, bare numbers) and the long syntax
// (`target`, `published`, `host_ip`, `protocol`), each field with its exact position.
import type { Document } from 'yaml';
import { getNode, type YNode } from '../yaml/nodes.js';
import { scalarText, wholePart, type Part } from './scalar-parts.js';
import type { Locatable, RuleContext } from '../rule.js';
import { findingAnchor, modelSlot, networkMode, perService, services, setting, type ComposeService, type ServiceSetting } from './services.js';
import { listEntries } from './sharing.js';

export interface PortRange {
  from: number;
  to: number;
}

export interface PortField extends Part {
  /** The port or port range, undefined when it is not a literal (`${PORT}`) or malformed. */
  range: PortRange | undefined;
}

export interface PortMapping {
  /** The list item: a scalar (short syntax) or a mapping (long syntax). */
  node: YNode;
  form: 'short' | 'long';
  hostIp: Part | undefined;
  /** The host port; undefined when Docker picks a random one (still published, on every interface without a host IP). */
  published: PortField | undefined;
  target: PortField | undefined;
  protocol: Part | undefined;
  /** True when the entry's text is inside an anchored node that an alias reuses. */
  shared: boolean;
}

/** "80" or "8000-8010" as numbers; undefined when it is not a literal port or range. */
export function parsePortRange(text: string): PortRange | undefined {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return to >= from && to <= 65535 ? { from, to } : undefined;
}

function portField(part: Part | undefined): PortField | undefined {
  return part && part.text !== '' ? { text: part.text, span: part.span, exact: part.exact, range: parsePortRange(part.text) } : undefined;
}

/** One mapping, its fields in one order for every mapping; `shared` is settled by normalisePorts. */
function mapping(node: YNode, form: PortMapping['form'], hostIp: Part | undefined, published: PortField | undefined, target: PortField | undefined, protocol: Part | undefined): PortMapping {
  return { node, form, hostIp, published, target, protocol, shared: false };
}

/** Splits the short syntax; every field keeps its offset in the string. */
export function parseShortPort(node: YNode, source: string): PortMapping | undefined {
  const s = scalarText(node, source);
  if (!s) return undefined;
  const text = s.text;
  const slash = text.lastIndexOf('/');
  const end = slash < 0 ? text.length : slash;
  const protocol = slash < 0 ? undefined : s.part(slash + 1, text.length);
  let hostIp: Part | undefined;
  let rest = 0;
  if (text.startsWith('[')) {
    // "[::1]:8080:80": the brackets are not part of the address.
    const close = text.indexOf(']');
    if (close < 0 || text[close + 1] !== ':') return mapping(node, 'short', undefined, undefined, portField(s.part(0, end)), protocol);
    hostIp = s.part(1, close);
    rest = close + 2;
  }
  const colons: number[] = [];
  for (let i = rest; i < end; i++) if (text[i] === ':') colons.push(i);
  if (colons.length === 0) return mapping(node, 'short', hostIp, undefined, portField(s.part(rest, end)), protocol);
  const last = colons[colons.length - 1];
  const target = portField(s.part(last + 1, end));
  if (colons.length === 1 && !hostIp) return mapping(node, 'short', hostIp, portField(s.part(rest, last)), target, protocol);
  // Host IP (an unbracketed IPv6 address holds colons itself), then the host port.
  const beforeLast = colons.length === 1 ? rest - 1 : colons[colons.length - 2];
  if (!hostIp) hostIp = s.part(rest, beforeLast);
  return mapping(node, 'short', hostIp, portField(s.part(beforeLast + 1, last)), target, protocol);
}

function parseLongPort(node: YNode, doc: Document): PortMapping {
  const field = (key: string) => wholePart(getNode(node, key, doc));
  return mapping(node, 'long', field('host_ip'), portField(field('published')), portField(field('target')), field('protocol'));
}

export function normalisePorts(found: ServiceSetting, doc: Document, source: string): PortMapping[] {
  return listEntries(found, doc, (item) => parseLongPort(item, doc), (item) => parseShortPort(item, source));
}

const PORTS = modelSlot<PortMapping[]>();

/** The published ports of a service. `source` is the file's text. */
export function servicePorts(svc: ComposeService, source: string): PortMapping[] {
  return perService(svc, PORTS, readPorts, source);
}

function readPorts(svc: ComposeService, source: string): PortMapping[] {
  const found = setting(svc, 'ports');
  return found ? normalisePorts(found, svc.doc, source) : [];
}

/** The published ports of a service that Docker really publishes: with `network_mode: host` it discards them. */
export function publishedPorts(svc: ComposeService, source: string): PortMapping[] {
  return networkMode(svc) === 'host' ? [] : servicePorts(svc, source);
}

/** "80", "8000-8010": a range as people write it. */
export function describeRange(range: PortRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** A published port of a service; `inheritedAt` is set when it comes through an anchor. */
export interface ServicePort {
  svc: ComposeService;
  port: PortMapping;
  /** The service's own line that inherits the ports: where a finding about this port belongs. */
  inheritedAt: Locatable | undefined;
}

/** Every published port of every service: what the port rules judge. */
export function servicePublishedPorts(ctx: RuleContext): ServicePort[] {
  return ctx.memo('compose/published-ports', () => {
    const out: ServicePort[] = [];
    for (const svc of services(ctx)) {
      const ports = setting(svc, 'ports');
      if (!ports) continue;
      for (const port of publishedPorts(svc, ctx.text)) out.push({ svc, port, inheritedAt: port.shared ? findingAnchor(ports) : undefined });
    }
    return out;
  });
}
