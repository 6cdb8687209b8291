// The one control-plane flag reader. Flags come from static-pod manifests (`command` + `args`,
// `--flag=value` and `--flag value`) and from kubeadm ClusterConfiguration `extraArgs` (the v1beta3
// map and the v1beta4 list of {name, value}). Rules read flags and edit them only through here.
import type { Document, Scalar } from 'yaml';
import type { ParsedFile } from '../documents/parse.js';
import { appendItem, insertEntries, raw, removeEntry, removeItem, renderScalar, setIn, setScalar, sharedNodes, type YamlValue } from '../fix/yaml-edits.js';
import type { RuleContext } from '../rule.js';
import type { Edit, Span } from '../types.js';
import { asMap, entries, findPair, getNode, isMap, isScalar, isSeq, items, keyName, spanOf, stringValue, type YMap, type YNode, type YPair, type YSeq } from '../yaml/nodes.js';
import { isNullValue } from './null-values.js';
import { containers, podSpecs } from './pod-specs.js';
import { resources, type Resource } from './resources.js';

export type ControlPlaneComponent = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'etcd';
export const CONTROL_PLANE_COMPONENTS: readonly ControlPlaneComponent[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'];

/** Where a flag is written, which decides how it is edited. */
type FlagForm =
  | { form: 'inline'; item: Scalar; seq: YSeq } // `- --flag=value`, or a bare `- --flag`
  | { form: 'separate'; item: Scalar; valueItem: Scalar; seq: YSeq; valueSeq: YSeq } // `- --flag` followed by `- value`
  | { form: 'map'; map: YMap } // v1beta3 `extraArgs: {flag: value}`
  | { form: 'list'; item: YMap; seq: YSeq }; // v1beta4 `extraArgs: [{name: flag, value: v}]`

export interface Flag {
  name: string;
  /** The value as the component sees it; undefined for a bare `--flag` (true for boolean flags). */
  value: string | undefined;
  /** The list item, the map pair or the {name, value} item that sets the flag. */
  node: YNode | YPair;
  /** The flag as written (`--f=v`, `--f` through its value item, `f: v`, or `name: f` … `value: v`): where findings point. */
  span: Span;
  /** The value's own characters, when they can be located. */
  valueSpan: Span | undefined;
  written: FlagForm;
}

/** Where a flag that is absent gets added. */
type AddTarget =
  | { form: 'args'; seq: YSeq } // a static pod's command or args sequence
  | { form: 'map'; map: YMap }
  | { form: 'list'; seq: YSeq }
  | { form: 'create'; parent: YMap; path: string[]; style: 'map' | 'list' }; // no usable extraArgs yet

export interface ComponentFlags {
  component: ControlPlaneComponent;
  resource: Resource;
  source: 'static-pod' | 'kubeadm';
  /** Flag name (without dashes) → the last place that sets it (the component uses the last one). */
  flags: Map<string, Flag>;
  /** The `command:` / `extraArgs:` key (or the nearest existing one): where "missing" findings go. */
  anchor: YNode;
  /** `Pod/kube-apiserver`, or `ClusterConfiguration apiServer` for kubeadm sections. */
  label: string;
  doc: Document.Parsed;
  target: AddTarget;
  /** The Kubernetes version the file names: the static pod's image tag or kubeadm's kubernetesVersion. */
  writtenVersion: string | undefined;
}

export function controlPlaneComponents(ctx: RuleContext): ComponentFlags[] {
  return ctx.memo('kubernetes/control-plane-flags', () => [...staticPods(ctx), ...kubeadmSections(ctx)]);
}

/** The components of one kind, e.g. every kube-apiserver in the file. */
export function componentsOf(ctx: RuleContext, component: ControlPlaneComponent): ComponentFlags[] {
  return controlPlaneComponents(ctx).filter((c) => c.component === component);
}

// ---- static pods ----

function staticPods(ctx: RuleContext): ComponentFlags[] {
  const out: ComponentFlags[] = [];
  for (const podSpec of podSpecs(ctx)) {
    if (podSpec.resource.kind !== 'Pod') continue;
    const regular = containers(podSpec).filter((c) => c.list === 'containers');
    if (regular.length !== 1) continue;
    const { node, podSpec: { doc } } = regular[0];
    const commandPair = findPair(node, 'command', doc);
    const command = commandPair && isSeq(commandPair.value) ? commandPair.value : undefined;
    const component = command ? componentOfBinary(stringValue(items(command, doc)[0])) : undefined;
    if (!command || !commandPair || !component) continue;
    const argsNode = getNode(node, 'args', doc);
    const args = isSeq(argsNode) ? argsNode : undefined;
    const tokens: Token[] = [...items(command, doc).slice(1).map((node) => ({ node, seq: command })), ...items(args, doc).map((node) => ({ node, seq: args! }))];
    out.push({
      component,
      resource: podSpec.resource,
      source: 'static-pod',
      flags: readTokens(ctx.file, tokens),
      anchor: commandPair.key,
      label: podSpec.resource.label,
      doc,
      // RKE2/k3s write `command: [kube-apiserver]` and every flag in `args`: add new flags there too.
      target: { form: 'args', seq: args && command.items.length <= 1 ? args : command },
      writtenVersion: imageVersion(stringValue(getNode(node, 'image', doc))),
    });
  }
  return out;
}

function componentOfBinary(command: string | undefined): ControlPlaneComponent | undefined {
  const base = command?.split('/').pop();
  return CONTROL_PLANE_COMPONENTS.find((c) => c === base);
}

/** `registry.k8s.io/kube-apiserver:v1.31.2` → `1.31.2`; undefined for digests and other tags. */
function imageVersion(image: string | undefined): string | undefined {
  return /:v?(1\.\d+(?:\.\d+)?)(?:[-+@][^/]*)?$/.exec(image ?? '')?.[1];
}

interface Token {
  node: YNode;
  /** The sequence (`command` or `args`) the token is an item of. */
  seq: YSeq;
}

/** Reads `--flag=value`, `--flag value` and bare `--flag` tokens; positional arguments are skipped. */
function readTokens(file: ParsedFile, tokens: Token[]): Map<string, Flag> {
  const flags = new Map<string, Flag>();
  for (let i = 0; i < tokens.length; i++) {
    const { node: item, seq } = tokens[i];
    const text = stringValue(item);
    if (!isScalar(item) || !item.range || !text?.startsWith('--') || text.length === 2) continue;
    const eq = text.indexOf('=');
    if (eq > 2) {
      const name = text.slice(2, eq);
      const value = text.slice(eq + 1);
      flags.set(name, { name, value, node: item, span: spanOf(item)!, valueSpan: inlineValueSpan(file, item, name, value), written: { form: 'inline', item, seq } });
      continue;
    }
    const name = text.slice(2);
    const next = tokens[i + 1]?.node;
    const nextText = stringValue(next);
    if (isScalar(next) && next.range && nextText !== undefined && !nextText.startsWith('-')) {
      const span = { start: spanOf(item)!.start, end: spanOf(next)!.end };
      flags.set(name, { name, value: nextText, node: item, span, valueSpan: spanOf(next), written: { form: 'separate', item, valueItem: next, seq, valueSeq: tokens[i + 1].seq } });
      i++;
    } else {
      flags.set(name, { name, value: undefined, node: item, span: spanOf(item)!, valueSpan: undefined, written: { form: 'inline', item, seq } });
    }
  }
  return flags;
}

/** The offsets of `value` inside `--name=value` as written (plain or quoted without escapes). */
function inlineValueSpan(file: ParsedFile, item: Scalar, name: string, value: string): Span | undefined {
  const span = spanOf(item);
  if (!span) return undefined;
  const source = file.text.slice(span.start, span.end);
  const at = source.indexOf(`--${name}=`);
  if (at < 0) return undefined;
  const start = span.start + at + name.length + 3;
  const end = start + value.length;
  return file.text.slice(start, end) === value ? { start, end } : undefined;
}

// ---- kubeadm ClusterConfiguration ----

/** ClusterConfiguration sections and the component each configures. */
const KUBEADM_SECTIONS: readonly { path: string[]; component: ControlPlaneComponent }[] = [
  { path: ['apiServer'], component: 'kube-apiserver' },
  { path: ['controllerManager'], component: 'kube-controller-manager' },
  { path: ['scheduler'], component: 'kube-scheduler' },
  { path: ['etcd', 'local'], component: 'etcd' },
];

function kubeadmSections(ctx: RuleContext): ComponentFlags[] {
  const out: ComponentFlags[] = [];
  for (const resource of resources(ctx)) {
    if (resource.kind !== 'ClusterConfiguration' || !resource.apiVersion?.startsWith('kubeadm.k8s.io/')) continue;
    // kubeadm runs a local etcd unless `etcd.external` is set.
    const externalEtcd = getNode(asMap(getNode(resource.node, 'etcd', resource.doc)), 'external', resource.doc) !== undefined;
    for (const section of KUBEADM_SECTIONS) {
      if (section.component === 'etcd' && externalEtcd) continue;
      const read = readSection(resource, section.path);
      const writtenVersion = stringValue(getNode(resource.node, 'kubernetesVersion', resource.doc))?.replace(/^v/, '');
      if (read) out.push({ component: section.component, resource, source: 'kubeadm', label: `${resource.label} ${section.path.join('.')}`, doc: resource.doc, writtenVersion, ...read });
    }
  }
  return out;
}

function readSection(resource: Resource, path: string[]): Pick<ComponentFlags, 'flags' | 'anchor' | 'target'> | undefined {
  const { doc } = resource;
  const style = listStyle(resource) ? 'list' : 'map';
  // Walk down as far as the file goes: the deepest existing key is the anchor, and the rest of the
  // path is created when a flag is added.
  let parent: YMap = resource.node;
  let anchor: YNode = resource.kindNode;
  const full = [...path, 'extraArgs'];
  for (let i = 0; i < full.length; i++) {
    const found = findPair(parent, full[i], doc);
    if (!found || isNullValue(found.value)) return { flags: new Map(), anchor: found?.key ?? anchor, target: { form: 'create', parent, path: full.slice(i), style } };
    anchor = found.key;
    const value = found.value;
    if (i < full.length - 1) {
      if (!isMap(value)) return undefined;
      parent = value;
    } else if (isMap(value)) {
      return { flags: readArgsMap(value, doc), anchor, target: { form: 'map', map: value } };
    } else if (isSeq(value)) {
      return { flags: readArgsList(value, doc), anchor, target: { form: 'list', seq: value } };
    }
  }
  return undefined;
}

/** v1beta4 and later write extraArgs as a list of {name, value}; v1beta3 and earlier as a map. */
function listStyle(resource: Resource): boolean {
  const m = /^kubeadm\.k8s\.io\/v1beta(\d+)$/.exec(resource.apiVersion ?? '');
  return !m || Number(m[1]) >= 4;
}

function readArgsMap(map: YMap, doc: Document.Parsed): Map<string, Flag> {
  const flags = new Map<string, Flag>();
  for (const e of entries(map, doc)) {
    const name = keyName(e.pair);
    const span = spanOf(e.pair);
    if (!name || !span) continue;
    flags.set(name, { name, value: stringValue(e.value), node: e.pair, span, valueSpan: spanOf(e.value), written: { form: 'map', map } });
  }
  return flags;
}

function readArgsList(seq: YSeq, doc: Document.Parsed): Map<string, Flag> {
  const flags = new Map<string, Flag>();
  for (const item of items(seq, doc)) {
    const map = asMap(item);
    const name = stringValue(getNode(map, 'name', doc));
    const first = spanOf(map?.items[0]);
    const last = spanOf(map?.items[map.items.length - 1]);
    if (!map || !name || !first || !last) continue;
    const valueNode = getNode(map, 'value', doc);
    // A block mapping's own range runs on to the next line; the pairs give the tight span.
    const span = { start: first.start, end: last.end };
    flags.set(name, { name, value: stringValue(valueNode), node: map, span, valueSpan: spanOf(valueNode), written: { form: 'list', item: map, seq } });
  }
  return flags;
}

// ---- values and defaults ----

/**
 * Defaults of the component binaries for the flags rules judge when they are absent.
 * kube-apiserver's --authorization-mode defaults to AlwaysAllow; every --profiling defaults to true.
 */
const BINARY_DEFAULTS: Record<ControlPlaneComponent, Record<string, string>> = {
  'kube-apiserver': { 'anonymous-auth': 'true', 'authorization-mode': 'AlwaysAllow', profiling: 'true', 'secure-port': '6443', 'service-account-lookup': 'true' },
  'kube-controller-manager': { profiling: 'true', 'bind-address': '0.0.0.0', 'use-service-account-credentials': 'false' },
  'kube-scheduler': { profiling: 'true', 'bind-address': '0.0.0.0' },
  etcd: { 'client-cert-auth': 'false', 'auto-tls': 'false', 'peer-client-cert-auth': 'false', 'peer-auto-tls': 'false' },
};

/** Flags kubeadm writes into the manifests it generates, so a ClusterConfiguration that omits them still gets them. */
const KUBEADM_GENERATED: Record<ControlPlaneComponent, Record<string, string>> = {
  'kube-apiserver': {
    'authorization-mode': 'Node,RBAC',
    'enable-admission-plugins': 'NodeRestriction',
    'kubelet-client-certificate': '/etc/kubernetes/pki/apiserver-kubelet-client.crt',
    'kubelet-client-key': '/etc/kubernetes/pki/apiserver-kubelet-client.key',
    'service-account-key-file': '/etc/kubernetes/pki/sa.pub',
    'service-account-signing-key-file': '/etc/kubernetes/pki/sa.key',
  },
  'kube-controller-manager': {
    'bind-address': '127.0.0.1',
    'use-service-account-credentials': 'true',
    'service-account-private-key-file': '/etc/kubernetes/pki/sa.key',
    'root-ca-file': '/etc/kubernetes/pki/ca.crt',
  },
  'kube-scheduler': { 'bind-address': '127.0.0.1' },
  etcd: {
    'client-cert-auth': 'true',
    'peer-client-cert-auth': 'true',
    'cert-file': '/etc/kubernetes/pki/etcd/server.crt',
    'key-file': '/etc/kubernetes/pki/etcd/server.key',
    'trusted-ca-file': '/etc/kubernetes/pki/etcd/ca.crt',
    'peer-cert-file': '/etc/kubernetes/pki/etcd/peer.crt',
    'peer-key-file': '/etc/kubernetes/pki/etcd/peer.key',
    'peer-trusted-ca-file': '/etc/kubernetes/pki/etcd/ca.crt',
  },
};

export interface EffectiveFlag {
  /** The value the component runs with; undefined when neither written nor defaulted. */
  value: string | undefined;
  /** The written flag, when there is one. */
  flag: Flag | undefined;
}

export function effectiveFlag(c: ComponentFlags, name: string): EffectiveFlag {
  const flag = c.flags.get(name);
  if (flag) return { value: flag.value, flag };
  const generated = c.source === 'kubeadm' ? KUBEADM_GENERATED[c.component][name] : undefined;
  return { value: generated ?? BINARY_DEFAULTS[c.component][name], flag: undefined };
}

/**
 * A boolean flag's value as Go's strconv.ParseBool reads it; a bare `--flag` is true.
 * Undefined for anything else (the component would refuse to start).
 */
export function flagBool(value: string | undefined, present: boolean): boolean | undefined {
  if (value === undefined) return present ? true : undefined;
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return false;
  return undefined;
}

/** The effective value is set (written with a value, or generated by kubeadm) and not empty. */
export function flagIsSet(c: ComponentFlags, name: string): boolean {
  const { value } = effectiveFlag(c, name);
  return value !== undefined && value.trim() !== '';
}

/** `Node,RBAC` → ['Node', 'RBAC']: the comma-separated lists of flags such as --authorization-mode. */
export function flagList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The Kubernetes minor version (31 for 1.31) the component runs: the version the file names (the
 * static pod's image tag, kubeadm's kubernetesVersion), else the configured kubernetesVersion.
 */
export function kubernetesMinor(ctx: RuleContext, c: ComponentFlags): number {
  const m = /^1\.(\d+)/.exec(c.writtenVersion ?? '') ?? /^1\.(\d+)/.exec(ctx.config.kubernetesVersion);
  return m ? Number(m[1]) : Infinity;
}

// ---- edits ----

/** Removes a written flag: its list item(s), its map entry or its {name, value} item. */
export function removeFlag(file: ParsedFile, c: ComponentFlags, flag: Flag): Edit[] | null {
  const w = flag.written;
  const edits = (() => {
    switch (w.form) {
      case 'inline':
        return [removeItem(file, w.seq, w.item, c.doc)];
      case 'separate':
        return [removeItem(file, w.seq, w.item, c.doc), removeItem(file, w.valueSeq, w.valueItem, c.doc)];
      case 'map':
        return [removeEntry(file, w.map, flag.node as YPair, c.doc)];
      case 'list':
        return [removeItem(file, w.seq, w.item, c.doc)];
    }
  })();
  return edits.every((e): e is Edit => e !== null) ? edits : null;
}

/** Adds several absent flags in one edit, in the order given (a single insertion point). */
export function addFlags(file: ParsedFile, c: ComponentFlags, flags: readonly (readonly [string, string])[]): Edit | null {
  const t = c.target;
  if (t.form === 'map') return insertEntries(file, t.map, Object.fromEntries(flags), c.doc);
  if (t.form === 'create') {
    const leaf: YamlValue = t.style === 'list' ? flags.map(([name, value]) => ({ name, value })) : Object.fromEntries(flags);
    return setIn(file, t.parent, t.path, leaf, c.doc);
  }
  // Appending to a sequence inserts at its end: the insertions of each flag chain in order, except
  // into an empty flow sequence, where the first item has no comma before it.
  if (t.seq.flow && t.seq.items.length === 0) return null;
  const edits: Edit[] = [];
  for (const [name, value] of flags) {
    const edit = addFlag(file, c, name, value);
    if (!edit || edit.start !== edit.end || (edits.length > 0 && edits[0].start !== edit.start)) return null;
    edits.push(edit);
  }
  return edits.length ? { start: edits[0].start, end: edits[0].end, text: edits.map((e) => e.text).join('') } : null;
}

/** Sets a flag to `value`: in place when written, else added in the style of its list. */
export function setFlag(file: ParsedFile, c: ComponentFlags, name: string, value: string): Edit | null {
  const flag = c.flags.get(name);
  return flag ? replaceFlagValue(file, c.doc, flag, value) : addFlag(file, c, name, value);
}

/** Changes the value of a written flag, keeping its form (`--f=v`, `--f v`, map entry, list item). */
export function replaceFlagValue(file: ParsedFile, doc: Document.Parsed, flag: Flag, value: string): Edit | null {
  const w = flag.written;
  switch (w.form) {
    case 'inline': {
      if (sharedNodes(doc).has(w.item)) return null;
      const flow = isFlowItem(file, w.item);
      if (flag.valueSpan && flag.value !== undefined && fitsInPlace(w.item, value, flow)) return { ...flag.valueSpan, text: value };
      const span = spanOf(w.item);
      return span ? { ...span, text: flagToken(flag.name, value, flow) } : null;
    }
    case 'separate':
      // A command list holds strings: `false` is written quoted so it stays one.
      return setScalar(w.valueItem, value, doc);
    case 'map':
      return setIn(file, w.map, [flag.name], value, doc);
    case 'list':
      return setIn(file, w.item, ['value'], value, doc);
  }
}

/** Adds a flag that is not written yet. kubeadm extraArgs values are strings, so `"false"` is quoted. */
export function addFlag(file: ParsedFile, c: ComponentFlags, name: string, value: string): Edit | null {
  const t = c.target;
  switch (t.form) {
    case 'args':
      return appendItem(file, t.seq, raw(flagToken(name, value, !!t.seq.flow)), c.doc);
    case 'map':
      return insertEntries(file, t.map, { [name]: value }, c.doc);
    case 'list':
      return appendItem(file, t.seq, t.seq.flow || t.seq.items.length === 0 ? { name, value } : blockNameValue(file, t.seq, name, value), c.doc);
    case 'create': {
      const leaf: YamlValue = t.style === 'list' ? [{ name, value }] : { [name]: value };
      return setIn(file, t.parent, t.path, leaf, c.doc);
    }
  }
}

/** `name: x` + newline + `  value: "y"`, indented to sit under the `- ` that appendItem writes. */
function blockNameValue(file: ParsedFile, seq: YSeq, name: string, value: string): YamlValue {
  const last = seq.items[seq.items.length - 1];
  const start = spanOf(last)?.start ?? 0;
  const line = file.lines.positionAt(start).line;
  const dash = file.text.slice(file.lines.lineStarts[line], start).lastIndexOf('-');
  return raw(`name: ${renderScalar(name)}${file.lines.eol}${' '.repeat(Math.max(dash, 0) + 2)}value: ${renderScalar(value)}`);
}

/** `--name=value` as a sequence item: plain when YAML reads it back unchanged, else double-quoted. */
function flagToken(name: string, value: string, flow: boolean): string {
  const token = `--${name}=${value}`;
  const unsafe = flow ? /[,[\]{}#"'\s]|:$|: / : /\s#|: |:$|["'\t]|\s$/;
  return unsafe.test(token) ? JSON.stringify(token) : token;
}

/** Whether `value` can replace the old value's characters inside the scalar without changing how it parses. */
function fitsInPlace(item: Scalar, value: string, flow: boolean): boolean {
  if (item.type === 'QUOTE_DOUBLE') return !/["\\]/.test(value);
  if (item.type === 'QUOTE_SINGLE') return !value.includes("'");
  const plainChars = flow ? /^[\w.:/@+=-]*$/ : /^[\w.,:/@+=-]*$/;
  return item.type === 'PLAIN' && plainChars.test(value) && !value.endsWith(':');
}

function isFlowItem(file: ParsedFile, item: Scalar): boolean {
  const span = spanOf(item);
  if (!span) return false;
  const lineStart = file.lines.lineStarts[file.lines.positionAt(span.start).line];
  return !/^\s*-\s*$/.test(file.text.slice(lineStart, span.start));
}
