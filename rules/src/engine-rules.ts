// Findings the engine itself produces (not rules of the catalog): they have ids, severities
// and docs pages like rules, so every front end shows them the same way.
import { defineRule, type Rule } from './rule.js';
import { RULE_IDS } from './rules/index.js';

const noop = () => undefined;

export const PARSE_ERROR: Rule = defineRule({
  id: 'shipshape/parse-error',
  severity: 'error',
  fix: 'none',
  risk: 'orchestrator',
  title: 'The file cannot be parsed',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const INTERNAL_ERROR: Rule = defineRule({
  id: 'shipshape/internal-error',
  severity: 'warning',
  fix: 'none',
  risk: 'orchestrator',
  title: 'A rule failed on this file',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const UNUSED_SUPPRESSION: Rule = defineRule({
  id: 'shipshape/unused-suppression',
  severity: 'hint',
  fix: 'safe',
  risk: 'orchestrator',
  title: 'A suppression comment silences nothing',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const TEMPLATE_SKIPPED: Rule = defineRule({
  id: 'shipshape/template-skipped',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'A Helm template could not be linted',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const FILE_TOO_LARGE: Rule = defineRule({
  id: 'shipshape/file-too-large',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'The file is larger than the size limit and was not linted',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const TOO_COMPLEX: Rule = defineRule({
  id: 'shipshape/too-complex',
  severity: 'info',
  fix: 'none',
  risk: 'orchestrator',
  title: 'The file nests too deeply to be linted',
  references: [],
  aliases: [],
  appliesTo: 'k8s',
  check: noop,
});

export const ENGINE_RULES: readonly Rule[] = [PARSE_ERROR, INTERNAL_ERROR, UNUSED_SUPPRESSION, TEMPLATE_SKIPPED, FILE_TOO_LARGE, TOO_COMPLEX];

/** Every id a configuration may name: the catalog's rules and the engine's own. */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULE_IDS, ...ENGINE_RULES.map((r) => r.id)]);
