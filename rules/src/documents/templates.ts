// Helm (Go template) files: `{{ … }}` actions are masked before parsing so the YAML around them can
// still be linted. Masking keeps every offset: an action becomes blanks when it stands alone on its
// line(s) (`{{- if … }}`, `{{- end }}`, `{{ include … | nindent 4 }}`), and a same-length run of
// TEMPLATE_MARK characters (a plain scalar) when it is part of a value or key.
import { isScalar } from 'yaml';

/** The character a masked action's value is made of: never in ordinary YAML, one UTF-16 unit. */
export const TEMPLATE_MARK = '\u24e3'; // ⓣ

const ACTION = /\{\{[\s\S]*?\}\}/g;

export function hasTemplateActions(text: string): boolean {
  return text.includes('{{');
}

/** Helm chart templates live in `<chart>/templates/`; there a syntax error is a template's, not the user's. */
export function isChartTemplatePath(fileName: string): boolean {
  return /(^|[\\/])templates[\\/]/.test(fileName);
}

/**
 * The text with every `{{ … }}` action replaced by characters of the same length (newlines kept).
 * An unclosed `{{` is left as is: the masked text then fails to parse and the file is skipped.
 */
export function maskTemplates(text: string): string {
  const out = text.split('');
  for (const m of text.matchAll(ACTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const alone = standsAlone(text, start, end);
    for (let i = start; i < end; i++) {
      if (text[i] === '\n' || text[i] === '\r') continue;
      out[i] = alone ? ' ' : TEMPLATE_MARK;
    }
  }
  return out.join('');
}

/** Whether only blanks and other actions share the action's first and last lines. */
function standsAlone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return text.slice(lineStart, lineEnd).replace(ACTION, '').trim() === '';
}

/**
 * Whether a YAML node's value came (partly) from a template action, e.g. `image: {{ .Values.image }}`.
 * Rules that judge a scalar's value (image tags, secret literals, ports…) must skip such nodes:
 * the real value is only known after `helm template`.
 */
export function isTemplated(node: unknown): boolean {
  if (!isScalar(node)) return false;
  const v = node.value;
  return typeof v === 'string' && v.includes(TEMPLATE_MARK);
}

/** Same test for a plain string read from the document (e.g. through stringValue). */
export function isTemplatedText(value: string | undefined): boolean {
  return value !== undefined && value.includes(TEMPLATE_MARK);
}
