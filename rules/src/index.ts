// Public API of the Shipshape engine. No vscode, no fs, no process: every front end calls this.
export { lint, type LintOptions } from './lint.js';
export { RULES, RULE_IDS, getRule } from './rules/index.js';
export { ENGINE_RULES, INTERNAL_ERROR, PARSE_ERROR, UNUSED_SUPPRESSION, KNOWN_RULE_IDS } from './engine-rules.js';
export { defineRule, docsUrl, DOCS_BASE, type Rule, type RuleContext, type RuleMeta, type WorkspaceIndex, type OverlaidWorkspaceIndex, type Report, type FixInput } from './rule.js';
export { DEFAULT_CONFIG, NEWEST_KUBERNETES_VERSION, mergeConfig, validateConfig, kubernetesMinor, type Config, type ConfigProblem } from './config.js';
export { resolveSeverity } from './severity.js';
export { parseFile, type ParsedFile, type YamlDocument } from './documents/parse.js';
export { detectSyntax, isDockerfileName, isComposeName, baseName, type Syntax } from './documents/detect.js';
export { LineIndex, applyEdits } from './text.js';
export type { Edit, FileKind, Finding, Fix, FixKind, Position, Range, Risk, Severity, SeveritySetting, Span } from './types.js';
