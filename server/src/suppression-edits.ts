// Edits that add `# shipshape-ignore` comments: for one line (above the finding's line, or above
// the Dockerfile instruction holding it) and for the whole file (at the top, after a Dockerfile's
// parser directives or a YAML directive block), extending an existing comment instead of stacking
// a second one.
import { LineIndex, parseFile, type Edit, type Finding } from '../../rules/src/index.js';

const LINE_PRAGMA = /^(\s*#\s*shipshape-ignore)(?=\s|$)(.*)$/;
const FILE_PRAGMA = /^(\s*#\s*shipshape-ignore-file)(?=\s|$)(.*)$/;
const DOCKER_DIRECTIVE = /^#\s*[a-zA-Z]+\s*=/;

/** Inserts `, rule` after a pragma's ids (before a ` -- reason`), or undefined when it already names it. */
function extend(lines: LineIndex, line: number, head: string, rest: string, rule: string): Edit | undefined {
  const ids = rest.split(/\s--(?:\s|$)/)[0];
  if (ids.split(/[\s,]+/).includes(rule)) return undefined;
  const start = lines.lineStarts[line];
  const idsEnd = start + head.length + ids.trimEnd().length;
  const text = ids.trim() === '' ? ` ${rule}` : `, ${rule}`;
  return { start: idsEnd, end: idsEnd, text };
}

export function ignoreLineEdit(text: string, path: string, languageId: string | undefined, finding: Finding): Edit | undefined {
  const lines = new LineIndex(text);
  let line = finding.range.start.line;
  const file = parseFile(text, path, languageId);
  if (file?.syntax === 'dockerfile') {
    const instruction = file.dockerfile?.getInstructions().find((i) => i.getRange().start.line <= line && line <= i.getRange().end.line);
    if (instruction) line = instruction.getRange().start.line;
  }
  if (line > 0) {
    const above = LINE_PRAGMA.exec(lines.lineText(line - 1));
    if (above) return extend(lines, line - 1, above[1], above[2], finding.rule);
  }
  const indent = /^[ \t]*/.exec(lines.lineText(line))![0];
  const at = lines.lineStarts[line];
  return { start: at, end: at, text: `${indent}# shipshape-ignore ${finding.rule}${lines.eol}` };
}

export function ignoreFileEdit(text: string, syntax: 'dockerfile' | 'yaml', rule: string): Edit | undefined {
  const lines = new LineIndex(text);
  for (let line = 0; line < lines.lineCount; line++) {
    const found = FILE_PRAGMA.exec(lines.lineText(line));
    if (found) return extend(lines, line, found[1], found[2], rule);
  }
  const line = firstFreeLine(lines, syntax);
  const at = line < lines.lineCount ? lines.lineStarts[line] : text.length;
  const needsBreak = at === text.length && text.length > 0 && !/[\r\n]$/.test(text);
  return { start: at, end: at, text: `${needsBreak ? lines.eol : ''}# shipshape-ignore-file ${rule}${lines.eol}` };
}

/** The first line a file-level comment may go on. */
function firstFreeLine(lines: LineIndex, syntax: 'dockerfile' | 'yaml'): number {
  if (syntax === 'dockerfile') {
    // Parser directives (`# syntax=`, `# escape=`) must stay the first lines of a Dockerfile.
    let line = 0;
    while (line < lines.lineCount && DOCKER_DIRECTIVE.test(lines.lineText(line))) line++;
    return line;
  }
  // A `%YAML`/`%TAG` directive block ends at its `---`: the comment goes below it.
  let line = 0;
  while (line < lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(line))) line++;
  if (line >= lines.lineCount || !lines.lineText(line).startsWith('%')) return 0;
  while (line < lines.lineCount && !/^---(\s|$)/.test(lines.lineText(line))) line++;
  return Math.min(line + 1, lines.lineCount);
}
