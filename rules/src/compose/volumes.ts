// Normalises a service's `volumes:`: the short syntax "[SOURCE:]TARGET[:MODE]" (Windows drive
// letters kept inside their field; MODE a comma list such as "ro,rshared") and the long syntax
// (`type`, `source`, `target`, `read_only`, `bind.propagation`), each field with its position.
import type { Document } from 'yaml';
import { getIn, getNode, isTrue, stringValue, type YNode } from '../yaml/nodes.js';
import { scalarText, wholePart, type Part } from './scalar-parts.js';
import type { Locatable, RuleContext } from '../rule.js';
import { findingAnchor, modelSlot, perService, services, setting, type ComposeService, type ServiceSetting } from './services.js';
import { listEntries } from './sharing.js';

export interface VolumeMount {
  /** The list item: a scalar (short syntax) or a mapping (long syntax). */
  node: YNode;
  form: 'short' | 'long';
  /** `bind` for host paths, `volume` for named and anonymous volumes, or the long syntax's `type`. */
  type: string;
  source: Part | undefined;
  target: Part | undefined;
  /** The short syntax's third field (`ro`, `ro,z`, `rw,rshared`). */
  mode: Part | undefined;
  readOnly: boolean;
  /** The long syntax's `read_only` value node. */
  readOnlyNode: YNode | undefined;
  /** `shared`, `rshared`, `slave`…: from the short mode or the long `bind.propagation`. */
  propagation: Part | undefined;
  /** True when the entry's text is inside an anchored node that an alias reuses. */
  shared: boolean;
}

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** Compose's rule: a source starting with `.`, `/` or `~` is a host path (also `$VAR` paths and Windows drives). */
export function isHostPath(source: string): boolean {
  return /^(?:[./~$\\]|[A-Za-z]:[\\/])/.test(source);
}

/** Offsets of the field-separating colons, skipping the one of a Windows drive letter (`C:\data`). */
function fieldColons(text: string): number[] {
  const out: number[] = [];
  let fieldStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ':') continue;
    if (i === fieldStart + 1 && /[A-Za-z]/.test(text[fieldStart]) && /[\\/]/.test(text[i + 1] ?? '')) continue;
    out.push(i);
    fieldStart = i + 1;
  }
  return out;
}

export function parseShortVolume(node: YNode, source: string): VolumeMount | undefined {
  const s = scalarText(node, source);
  if (!s) return undefined;
  const colons = fieldColons(s.text);
  // Fields end at the next colon or at the end of the text; only the first three mean anything.
  const fieldEnd = (i: number) => (i < colons.length ? colons[i] : s.text.length);
  const src = colons.length === 0 ? undefined : s.part(0, colons[0]);
  const target = colons.length === 0 ? s.part(0, s.text.length) : s.part(colons[0] + 1, fieldEnd(1));
  const mode = colons.length < 2 ? undefined : s.part(colons[1] + 1, fieldEnd(2));
  let propagation: Part | undefined;
  const options: string[] = [];
  if (mode) {
    let at = 0;
    for (const option of mode.text.split(',')) {
      const from = colons[1] + 1 + at;
      if (PROPAGATION.has(option)) propagation = s.part(from, from + option.length);
      options.push(option);
      at += option.length + 1;
    }
  }
  return {
    node,
    form: 'short',
    type: src && isHostPath(src.text) ? 'bind' : 'volume',
    source: src,
    target,
    mode,
    readOnly: options.includes('ro'),
    readOnlyNode: undefined,
    propagation,
    shared: false,
  };
}

const BIND_PROPAGATION = ['bind', 'propagation'];

function parseLongVolume(node: YNode, doc: Document): VolumeMount {
  const source = wholePart(getNode(node, 'source', doc));
  const readOnlyNode = getNode(node, 'read_only', doc) ?? undefined;
  return {
    node,
    form: 'long',
    type: stringValue(getNode(node, 'type', doc)) ?? (source && isHostPath(source.text) ? 'bind' : 'volume'),
    source,
    target: wholePart(getNode(node, 'target', doc)),
    mode: undefined,
    readOnly: isTrue(readOnlyNode),
    readOnlyNode,
    propagation: wholePart(getIn(node, BIND_PROPAGATION, doc)),
    shared: false,
  };
}

/** The mounts of a `volumes:` setting; `shared` is settled here, once the entry is known to be one. */
export function normaliseVolumes(found: ServiceSetting, doc: Document, source: string): VolumeMount[] {
  return listEntries(found, doc, (item) => parseLongVolume(item, doc), (item) => parseShortVolume(item, source));
}

const VOLUMES = modelSlot<VolumeMount[]>();

/** The mounts of a service. `source` is the file's text. */
export function serviceVolumes(svc: ComposeService, source: string): VolumeMount[] {
  return perService(svc, VOLUMES, readVolumes, source);
}

function readVolumes(svc: ComposeService, source: string): VolumeMount[] {
  const found = setting(svc, 'volumes');
  return found ? normaliseVolumes(found, svc.doc, source) : [];
}

/**
 * The absolute host path a bind mount reads, normalised (`//var/run/docker.sock/` → `/var/run/docker.sock`);
 * undefined for volumes, relative or `~` paths and paths built from variables, which cannot be compared.
 */
export function absoluteHostPath(mount: VolumeMount): string | undefined {
  const text = mount.source?.text.trim();
  if (mount.type !== 'bind' || !text || !text.startsWith('/') || text.includes('$')) return undefined;
  // Most paths are written plainly: nothing below would change them (a `..` segment needs a `/.`).
  if (!text.includes('//') && !text.includes('/.') && (text.length === 1 || !text.endsWith('/'))) return text;
  const path = text.replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '').replace(/(.)\/$/, '$1') || '/';
  return path.split('/').includes('..') ? undefined : path;
}

/** True when `path` is `base` or below it. */
export function isSameOrBelow(path: string, base: string): boolean {
  return path === base || base === '/' || path.startsWith(`${base}/`);
}

/** A service's bind mount of an absolute host path, with where a finding about it belongs. */
export interface HostMount {
  svc: ComposeService;
  mount: VolumeMount & { source: Part };
  path: string;
  /** The mount's source, or the service's own line that inherits the volumes through an anchor. */
  at: Locatable;
}

/** Every host bind mount of every service: what the host-mount rules judge. */
export function hostMounts(ctx: RuleContext): HostMount[] {
  return ctx.memo('compose/host-mounts', () => {
    const out: HostMount[] = [];
    for (const svc of services(ctx)) {
      const volumes = setting(svc, 'volumes');
      if (!volumes) continue;
      for (const mount of serviceVolumes(svc, ctx.text)) {
        const path = absoluteHostPath(mount);
        if (!path || !mount.source) continue;
        out.push({ svc, mount: mount as HostMount['mount'], path, at: mount.shared ? findingAnchor(volumes) : mount.source.span });
      }
    }
    return out;
  });
}
