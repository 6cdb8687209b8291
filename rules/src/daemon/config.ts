// The daemon.json model: the top-level properties of the jsonc-parser tree, and text edits that
// keep the file's own indentation, line breaks and key order.
//
// Docker reads daemon.json with Go's encoding/json, so a key written twice takes its last value;
// `property()` returns that last occurrence. Edits are only offered when the file parsed without
// errors: on a broken file no edit can be shown to leave valid JSON (daemon/syntax reports it).
import { getNodeValue, type Node as JsonNode } from 'jsonc-parser';
import type { RuleContext } from '../rule.js';
import { indentOf } from '../text.js';
import type { Edit, Span } from '../types.js';

export interface DaemonProperty {
  name: string;
  /** The whole `"key": value` property node. */
  node: JsonNode;
  keyNode: JsonNode;
  /** Missing when the file breaks off after the key. */
  valueNode: JsonNode | undefined;
  /** The JavaScript value (undefined when the value is missing). */
  value: unknown;
}

export interface DaemonConfig {
  /** The top-level value, whatever its type (undefined for an empty file). */
  root: JsonNode | undefined;
  /** The root when it is an object. */
  object: JsonNode | undefined;
  properties: DaemonProperty[];
  /** True when the file parsed without errors, so edits can be computed safely. */
  editable: boolean;
  /** True for a file with nothing but whitespace: dockerd reads it as an empty configuration. */
  empty: boolean;
}

export function daemonConfig(ctx: RuleContext): DaemonConfig {
  return ctx.memo('daemon/config', () => {
    const root = ctx.file.json?.root;
    const object = root?.type === 'object' ? root : undefined;
    const properties: DaemonProperty[] = [];
    for (const node of object?.children ?? []) {
      const [keyNode, valueNode] = node.children ?? [];
      if (node.type !== 'property' || keyNode?.type !== 'string') continue;
      properties.push({ name: String(keyNode.value), node, keyNode, valueNode, value: valueNode ? getNodeValue(valueNode) : undefined });
    }
    const editable = (ctx.file.json?.errors.length ?? 1) === 0;
    return { root, object, properties, editable, empty: editable && !root };
  });
}

/** The root object, or undefined when the file is empty or its top level is not an object. */
export function rootObject(ctx: RuleContext): JsonNode | undefined {
  return daemonConfig(ctx).object;
}

/** The (last) top-level property called `name`. */
export function property(ctx: RuleContext, name: string): DaemonProperty | undefined {
  const all = daemonConfig(ctx).properties;
  for (let i = all.length - 1; i >= 0; i--) if (all[i].name === name) return all[i];
  return undefined;
}

export function spanOfJson(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** Where a "missing key" finding goes: the root object's opening brace (the file start when empty). */
export function missingKeyAnchor(ctx: RuleContext): Span {
  const object = rootObject(ctx);
  return object ? { start: object.offset, end: object.offset + 1 } : { start: 0, end: 0 };
}

function renderJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Replaces a property's value. */
export function setValue(ctx: RuleContext, prop: DaemonProperty, value: unknown): Edit | null {
  if (!daemonConfig(ctx).editable || !prop.valueNode) return null;
  return { ...spanOfJson(prop.valueNode), text: renderJson(value) };
}

/**
 * Adds `"name": value` as the last property, indented like the other properties (or one level in
 * from the braces, two spaces by default), with the file's line break. Also turns an empty file
 * into a one-property object.
 */
export function addProperty(ctx: RuleContext, name: string, value: unknown): Edit | null {
  const config = daemonConfig(ctx);
  if (!config.editable) return null;
  const { text, lines } = ctx.file;
  const eol = lines.eol;
  const entry = `${JSON.stringify(name)}: ${renderJson(value)}`;
  if (!config.root) return { start: 0, end: text.length, text: `{${eol}  ${entry}${eol}}${eol}` };
  const object = config.object;
  if (!object) return null;
  const last = object.children?.[object.children.length - 1];
  if (last) {
    const end = last.offset + last.length;
    const lastLine = lines.positionAt(last.offset).line;
    // A one-line object (`{"a": 1}`) stays on one line.
    if (lastLine === lines.positionAt(object.offset).line) return { start: end, end, text: `, ${entry}` };
    return { start: end, end, text: `,${eol}${indentOf(lines.lineText(lastLine))}${entry}` };
  }
  // `{}`: open it up, the closing brace at the opening brace's indentation.
  const outer = indentOf(lines.lineText(lines.positionAt(object.offset).line));
  return { start: object.offset + 1, end: object.offset + object.length - 1, text: `${eol}${outer}  ${entry}${eol}${outer}` };
}

/** Removes a property with its comma (and its line, when it has one to itself), leaving valid JSON. */
export function removeProperty(ctx: RuleContext, prop: DaemonProperty): Edit | null {
  const config = daemonConfig(ctx);
  const siblings = config.object?.children ?? [];
  const index = siblings.indexOf(prop.node);
  if (!config.editable || index < 0) return null;
  const { lines } = ctx.file;
  const next = siblings[index + 1];
  if (next) {
    const start = lineStartIfAlone(ctx, prop.node.offset);
    const nextStart = lineStartIfAlone(ctx, next.offset);
    // Both on lines of their own: delete whole lines; otherwise up to the next property.
    if (start !== prop.node.offset && nextStart !== next.offset && lines.positionAt(start).line !== lines.positionAt(nextStart).line) return { start, end: nextStart, text: '' };
    return { start: prop.node.offset, end: next.offset, text: '' };
  }
  const end = prop.node.offset + prop.node.length;
  const previous = siblings[index - 1];
  if (previous) return { start: previous.offset + previous.length, end, text: '' };
  // The only property: leave `{}`.
  const object = config.object!;
  return { start: object.offset + 1, end: object.offset + object.length - 1, text: '' };
}

/** The start of the offset's line when only whitespace precedes it there, else the offset itself. */
function lineStartIfAlone(ctx: RuleContext, offset: number): number {
  const { lines, text } = ctx.file;
  const lineStart = lines.lineStarts[lines.positionAt(offset).line];
  return text.slice(lineStart, offset).trim() === '' ? lineStart : offset;
}
