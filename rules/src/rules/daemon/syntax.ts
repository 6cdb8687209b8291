// daemon/syntax: dockerd refuses to start when daemon.json is not strict JSON, its top level is not
// an object, or a known key has the wrong type. Comments and trailing commas get their own message
// because editors that treat the file as JSONC accept them.
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import { defineRule, type RuleContext } from '../../rule.js';
import type { Span } from '../../types.js';
import { daemonConfig, spanOfJson } from '../../daemon/config.js';
import { describeNode, describeType, expectedType, hasType } from '../../daemon/schema.js';

/** Garbage input can yield thousands of errors; the first few say all there is to say. */
const MAX_ERRORS = 20;

const CONSEQUENCE = 'dockerd refuses to start with this file.';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: "Expected ':' after the property name",
  CommaExpected: "Expected ',' between entries",
  CloseBraceExpected: "Expected '}' to close the object",
  CloseBracketExpected: "Expected ']' to close the array",
  EndOfFileExpected: 'Unexpected text after the end of the JSON value',
  InvalidCommentToken: 'Comments are not allowed in daemon.json (Docker reads strict JSON)',
  UnexpectedEndOfComment: 'Unterminated comment (comments are not allowed in daemon.json)',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid unicode escape sequence',
  InvalidEscapeCharacter: 'Invalid escape character in string',
  InvalidCharacter: 'Invalid control character in string',
};

interface SyntaxProblem {
  span: Span;
  message: string;
}

/** A comma directly before `}` or `]` (whitespace between): the offending comma, or undefined. */
function trailingComma(text: string, error: ParseError): Span | undefined {
  const name = printParseErrorCode(error.error);
  if (name !== 'PropertyNameExpected' && name !== 'ValueExpected') return undefined;
  if (text[error.offset] !== '}' && text[error.offset] !== ']') return undefined;
  let i = error.offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? { start: i, end: i + 1 } : undefined;
}

function parseProblems(ctx: RuleContext): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  const seen = new Set<string>();
  for (const error of ctx.file.json?.errors ?? []) {
    const comma = trailingComma(ctx.text, error);
    const problem = comma
      ? { span: comma, message: `Trailing comma: JSON allows no comma before a closing bracket; ${CONSEQUENCE}` }
      : { span: { start: error.offset, end: error.offset + error.length }, message: `${MESSAGES[printParseErrorCode(error.error)] ?? 'Invalid JSON'}: ${CONSEQUENCE}` };
    const key = `${problem.span.start}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out.slice(0, MAX_ERRORS);
}

function typeProblems(ctx: RuleContext): SyntaxProblem[] {
  const config = daemonConfig(ctx);
  if (config.root && !config.object) {
    return [{ span: spanOfJson(config.root), message: `The top level of daemon.json must be an object, not ${describeNode(config.root)}: ${CONSEQUENCE}` }];
  }
  const out: SyntaxProblem[] = [];
  for (const prop of config.properties) {
    const type = expectedType(prop.name);
    if (!type || !prop.valueNode || hasType(prop.valueNode, type)) continue;
    out.push({ span: spanOfJson(prop.valueNode), message: `"${prop.name}" must be ${describeType(type)}, not ${describeNode(prop.valueNode)}: ${CONSEQUENCE}` });
  }
  return out;
}

export default defineRule({
  id: 'daemon/syntax',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'daemon.json is not valid',
  references: [],
  aliases: [],
  appliesTo: 'daemon',
  check(ctx) {
    for (const p of [...parseProblems(ctx), ...typeProblems(ctx)]) ctx.report({ at: p.span, message: p.message, object: null });
  },
});
