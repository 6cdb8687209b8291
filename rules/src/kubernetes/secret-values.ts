// Secrets inside a YAML string value, located in the source text. Shared by k8s/secret-in-env and
// k8s/configmap-secrets. A value's characters are not always where the parser's value puts them
// (quotes, escapes, block-scalar indentation, folded lines), so a position inside the value is only
// used when it maps back to the source unambiguously; otherwise the whole value is reported.
import type { ParsedFile } from '../documents/parse.js';
import { TEMPLATE_MARK } from '../documents/templates.js';
import { findSecretLiterals } from '../secrets/literals.js';
import { isSensitiveName } from '../secrets/names.js';
import type { Span } from '../types.js';
import { isScalar, spanOf, type YNode } from '../yaml/nodes.js';

export interface LocatedSecret {
  /** What was found, for the message: "a PEM private key", or `a password ("db.password")`. */
  kind: string;
  /** Where it is in the file: the secret itself when it maps back, else the whole value. */
  span: Span;
}

/** High-confidence secret literals (shared patterns) in a scalar's value. */
export function secretLiteralsIn(file: ParsedFile, node: YNode, value: string): LocatedSecret[] {
  return findSecretLiterals(value).map((s) => ({ kind: s.kind, span: locate(file, node, value, s.start, s.end) }));
}

/**
 * `key = value` / `key: value` / `"key": "value",` lines of an embedded configuration file (a
 * properties, YAML, INI or JSON file held in one value) whose key has a sensitive name and whose
 * value is written out. References (`${DB_PASSWORD}`, `{{ .password }}`), numbers and booleans
 * (`token_ttl = 3600`, `auth: true`) are not secrets.
 */
export function sensitiveConfigLinesIn(file: ParsedFile, node: YNode, value: string): LocatedSecret[] {
  const out: LocatedSecret[] = [];
  let offset = 0;
  for (const line of value.split('\n')) {
    const m = /^(\s*["']?)([A-Za-z0-9_.\-]+)(["']?\s*[:=]\s*)(.*?)\s*$/.exec(line);
    if (m && isSensitiveName(m[2])) {
      const secret = writtenValue(m[4]);
      if (secret) {
        const start = offset + m[1].length + m[2].length + m[3].length + secret.at;
        out.push({ kind: `a value for "${m[2]}"`, span: locate(file, node, value, start, start + secret.text.length) });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/** The literal part of a config value (quotes, a trailing comma or comment removed), if it is one. */
function writtenValue(raw: string): { text: string; at: number } | undefined {
  let text = raw;
  let at = 0;
  const quoted = /^(["'])(.*)\1,?$/.exec(text);
  if (quoted) {
    text = quoted[2];
    at = 1;
  } else {
    text = text.replace(/,$/, '').replace(/\s+[#;].*$/, '');
  }
  if (text === '' || isNotASecretValue(text)) return undefined;
  return { text, at };
}

/** Values that cannot be a secret however the key is named: numbers, booleans, references, templates. */
export function isNotASecretValue(text: string): boolean {
  return (
    /^(?:true|false|yes|no|on|off|null|none|nil|~|\d+(?:\.\d+)?[a-z]{0,2})$/i.test(text) ||
    // A reference resolved elsewhere, a nested structure opening, or a template expression.
    /^[[{|>&*]/.test(text) ||
    text.includes(TEMPLATE_MARK) ||
    /\$\{|\$\(|\{\{|%\(|^\$[A-Za-z_]|^ENC\[|^vault:|^<[^>]*>$|^\*+$/.test(text)
  );
}

/** The file span of value characters [start, end), or the whole value's span when unsure. */
function locate(file: ParsedFile, node: YNode, value: string, start: number, end: number): Span {
  const whole = spanOf(node) ?? { start: 0, end: 0 };
  if (!isScalar(node) || !node.range) return whole;
  const source = file.text.slice(node.range[0], node.range[1]);
  const text = value.slice(start, end);
  // Escapes can make value and source differ in ways counting cannot see.
  if (text === '' || /[\r\n]/.test(text) || (node.type === 'QUOTE_DOUBLE' && source.includes('\\'))) return whole;
  // Outside escapes the value's characters appear in the source in the same order, so the k-th
  // occurrence in the value is the k-th in the source, provided both have the same count.
  const inValue = occurrences(value, text);
  const inSource = occurrences(source, text);
  const k = inValue.indexOf(start);
  if (k < 0 || inValue.length !== inSource.length) return whole;
  const at = node.range[0] + inSource[k];
  return { start: at, end: at + text.length };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}
