// compose/secret-in-environment: a secret written in the Compose file is in every copy of the
// repository, in `docker inspect` output, and (for build.args) in the image history. Compose's
// `secrets:` or a variable filled from the shell or an untracked .env file keep it out of the file.
import { defineRule, type Locatable, type RuleContext } from '../../rule.js';
import type { Span } from '../../types.js';
import { serviceBuildArgs, serviceEnvironment, type KeyValueEntry } from '../../compose/environment.js';
import { findingAnchor, inheritedNote, services, setting, type ComposeService, type ServiceSetting } from '../../compose/services.js';
import { isSensitiveName } from '../../secrets/names.js';
import { findSecretLiterals, type SecretLiteral } from '../../secrets/literals.js';

/**
 * A value that only names a variable (`$X`, `${X}`, `${X:?message}`) is filled in from the shell or
 * .env when Compose runs, so no secret is written here. A default (`${X:-postgres}`) is text in the
 * file, but usually a development placeholder: only a high-confidence secret literal in it is reported.
 */
function isOnlyReference(value: string): boolean {
  return /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+])[^}]*)?\})$/.test(value.trim());
}

const WHERE = { environment: 'environment', args: 'build.args' } as const;

/**
 * Names and values repeat from service to service (`LOG_LEVEL: info`, and every alias of an anchored
 * block): each distinct one is judged once per file. The answers depend on the string alone.
 */
interface Verdicts {
  sensitive: Map<string, boolean>;
  literals: Map<string, SecretLiteral[]>;
}

function verdicts(ctx: RuleContext): Verdicts {
  return ctx.memo('compose/secret-verdicts', () => ({ sensitive: new Map(), literals: new Map() }));
}

function sensitiveName(v: Verdicts, name: string): boolean {
  let answer = v.sensitive.get(name);
  if (answer === undefined) v.sensitive.set(name, (answer = isSensitiveName(name)));
  return answer;
}

function secretLiterals(v: Verdicts, value: string): SecretLiteral[] {
  let found = v.literals.get(value);
  if (!found) v.literals.set(value, (found = findSecretLiterals(value)));
  return found;
}

const PATHS = { environment: ['environment'], args: ['build', 'args'] } as const;

/** Where a finding about `entry` goes: `span` in it, or the service's own line when the entry comes from an anchor. */
function findingAt(found: ServiceSetting, entry: KeyValueEntry, span: Span): Locatable {
  return entry.shared ? findingAnchor(found) : span;
}

function check(ctx: RuleContext, svc: ComposeService, key: keyof typeof WHERE, entries: KeyValueEntry[], known: Verdicts): void {
  if (entries.length === 0) return;
  const found = setting(svc, PATHS[key])!;
  const where = WHERE[key];
  const consequence = key === 'args' ? 'it is saved in the image history and in every copy of this file' : 'it is in every copy of this file and in docker inspect output';
  for (const entry of entries) {
    const value = entry.value;
    if (value === undefined || value.trim() === '') continue;
    if (sensitiveName(known, entry.name) && !isOnlyReference(value)) {
      ctx.report({
        at: findingAt(found, entry, entry.nameSpan),
        message: `Service "${svc.name}" sets ${where} ${entry.name} to a literal value${inheritedNote(entry.shared)}: ${consequence}.`,
        object: svc.label,
      });
      continue;
    }
    for (const literal of secretLiterals(known, value)) {
      const part = entry.valuePart(literal.start, literal.end);
      ctx.report({
        at: findingAt(found, entry, part?.span ?? entry.nameSpan),
        message: `Service "${svc.name}" has ${literal.kind} in ${where} ${entry.name}${inheritedNote(entry.shared)}: ${consequence}.`,
        object: svc.label,
      });
    }
  }
}

export default defineRule({
  id: 'compose/secret-in-environment',
  severity: 'error',
  fix: 'none',
  risk: 'image',
  title: 'Secret written in environment or build args',
  references: ['CIS-D 4.10'],
  aliases: [],
  appliesTo: 'compose',
  check(ctx) {
    const known = verdicts(ctx);
    for (const svc of services(ctx)) {
      check(ctx, svc, 'environment', serviceEnvironment(svc, ctx.text), known);
      check(ctx, svc, 'args', serviceBuildArgs(svc, ctx.text), known);
    }
  },
});
