// Addresses written in daemon.json: `hosts` listeners (`tcp://0.0.0.0:2376`, `unix://…`, a bare
// `host:port`, which dockerd reads as tcp) and `insecure-registries` entries (`host[:port]`, an
// optional http(s):// prefix that dockerd strips, or a CIDR). dockerd always treats the loopback
// range 127.0.0.0/8 as an insecure registry, so loopback entries change nothing.

/** A `tcp://` listener of `hosts`, with its host and port as written (either may be empty). */
export interface TcpListener {
  host: string;
  port: string | undefined;
}

/** The tcp listener an entry of `hosts` opens, or undefined for unix sockets, fd://, ssh://, npipe:// and the like. */
export function tcpListener(entry: string): TcpListener | undefined {
  const e = entry.trim();
  if (e === '') return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/.exec(e);
  // dockerd matches the scheme exactly; without one it means tcp.
  if (scheme && scheme[1] !== 'tcp') return undefined;
  const authority = (scheme ? scheme[2] : e).replace(/\/.*$/, '');
  if (!scheme && authority === '') return undefined;
  return splitHostPort(authority);
}

/** `host:port`, `[v6]:port`, `[v6]`, a bare IPv6 address or a bare host. */
export function splitHostPort(authority: string): TcpListener {
  const bracketed = /^\[([^\]]*)\](?::(\d*))?$/.exec(authority);
  if (bracketed) return { host: bracketed[1], port: bracketed[2] };
  const colons = authority.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = authority.split(':');
    return { host, port };
  }
  return { host: authority, port: undefined };
}

/** `localhost`, an address in 127.0.0.0/8, or ::1 (in any of its spellings). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  if (h === 'localhost') return true;
  const v4 = ipv4(h);
  if (v4) return v4[0] === 127;
  return /^(0{0,4}:){2,7}0{0,3}1$/.test(h) && h.replace(/[:0]/g, '') === '1';
}

/** True when an `insecure-registries` entry only covers loopback addresses. */
export function isLoopbackRegistry(entry: string): boolean {
  const e = entry.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  const cidr = /^(.+)\/(\d{1,3})$/.exec(e);
  if (cidr) {
    const prefix = Number(cidr[2]);
    const v4 = ipv4(cidr[1]);
    if (v4) return v4[0] === 127 && prefix >= 8 && prefix <= 32;
    return isLoopbackHost(cidr[1]) && prefix === 128;
  }
  return isLoopbackHost(splitHostPort(e).host);
}

function ipv4(text: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}
