// fast-check arbitraries that turn a seed text into a damaged one: line edits, inserted syntax
// tokens, indentation changes, truncation, flipped booleans, anchors and merges, template actions,
// huge numbers and odd Unicode; plus wholly generated garbage.
import fc from 'fast-check';
import type { Seed } from './corpus.js';

export interface Case {
  fileName: string;
  text: string;
  origin: string;
}

const TOKENS = [
  ':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '#', '# shipshape-ignore ', '---\n', '...\n', '|', '>', '? ', '!!str ', '!tag ',
  '&a ', '*a', '<<: *a\n', '<<: [*a, *b]', '&b ', '{{ .Values.x }}', '{{- if .Values.y }}\n', '{{ end }}', '\t', '\\\n', '\r\n', '\r', '\u0000',
  '\uFEFF', '\u00e9', '\uD83D\uDE00', '\uD800', '\u202E', '\uFFFD', '99999999999999999999999999', '-1e400', '0x7FFFFFFF', 'true', 'false', 'null', '~',
  'FROM ', 'RUN ', 'USER root', 'USER 0', 'ARG ', 'ENV ', '$(', ')', '${', '${A:-', '`', '<<EOF\n', 'EOF\n', '&&', '|', ';', ' \\', '# escape=`\n',
  '{"', '":', '[]', '{}', 'privileged: true', 'hostNetwork: true', 'securityContext:', 'containers:', 'image: ', 'kind: Pod\n', 'apiVersion: v1\n',
];

export type Mutation = (text: string) => string;

const lineOp = (f: (lines: string[], i: number, j: number) => void) =>
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const lines = text.split('\n');
    f(lines, a % lines.length, b % lines.length);
    return lines.join('\n');
  });

const at = (f: (text: string, i: number) => string) => fc.nat().map((n): Mutation => (text) => f(text, text.length === 0 ? 0 : n % (text.length + 1)));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineOp((lines, i) => void lines.splice(i, 1)),
  lineOp((lines, i) => void lines.splice(i, 0, lines[i])),
  lineOp((lines, i, j) => void ([lines[i], lines[j]] = [lines[j], lines[i]])),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([a, d]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    lines[i] = d >= 0 ? ' '.repeat(d) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-d}}`), '');
    return lines.join('\n');
  }),
  at((t, i) => t.slice(0, i)),
  fc.tuple(fc.constantFrom(...TOKENS), fc.nat()).map(([token, n]): Mutation => (text) => {
    const i = n % (text.length + 1);
    return text.slice(0, i) + token + text.slice(i);
  }),
  fc.tuple(fc.string({ maxLength: 6, unit: 'binary' }), fc.nat()).map(([s, n]): Mutation => (text) => {
    const i = n % (text.length + 1);
    return text.slice(0, i) + s + text.slice(i);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 12 })).map(([n, len]): Mutation => (text) => {
    const i = n % (text.length + 1);
    return text.slice(0, i) + text.slice(i + len);
  }),
  fc.nat().map((n): Mutation => (text) => {
    const words = [...text.matchAll(/\b(true|false|yes|no)\b/g)];
    if (words.length === 0) return text;
    const m = words[n % words.length];
    const flip: Record<string, string> = { true: 'false', false: 'true', yes: 'no', no: 'yes' };
    return text.slice(0, m.index) + flip[m[1]] + text.slice(m.index! + m[1].length);
  }),
  // Anchor a value and alias it elsewhere, or merge it into a mapping.
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([a, b, merge]): Mutation => (text) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    lines[i] = lines[i].replace(/:( |$)/, ': &a$1');
    const indent = /^\s*/.exec(lines[j])![0];
    lines.splice(j, 0, merge ? `${indent}<<: *a` : lines[j].replace(/:\s.*$/, ': *a'));
    return lines.join('\n');
  }),
  // CRLF everywhere, or a BOM at the start.
  fc.constant<Mutation>((text) => text.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((text) => `\uFEFF${text}`),
);

export function mutated(seedList: readonly Seed[]): fc.Arbitrary<Case> {
  return fc.tuple(fc.nat(seedList.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([i, ms]) => {
    const seed = seedList[i];
    return { fileName: seed.fileName, origin: seed.origin, text: ms.reduce((t, m) => m(t), seed.text) };
  });
}

const NAMES = ['Dockerfile', 'compose.yaml', 'manifest.yaml', 'daemon.json', 'kubeconfig.yaml'];

/** Text from nothing: tokens and random characters joined, under each file name. */
export const garbage: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...NAMES), fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8, unit: 'binary' }), fc.constant('\n')), { maxLength: 60 }))
  .map(([fileName, parts]) => ({ fileName, origin: 'garbage', text: parts.join('') }));
