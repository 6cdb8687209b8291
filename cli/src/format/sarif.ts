// The sarif format: SARIF 2.1.0 for code-scanning services, with rule metadata and help URIs.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ENGINE_RULES, LineIndex, RULES, type Edit, type Finding, type Rule, type SeveritySetting } from '../../../rules/src/index.js';
import { VERSION } from '../version.js';
import { locationOf, type FileReport, type Location } from './report.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://shipshape.dev';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVELS: Record<SeveritySetting, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };

/** `cwd` is the directory result URIs are relative to (%SRCROOT%). */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const results = reports.flatMap((report) => {
    let lines: LineIndex | undefined;
    const linesOfFile = () => (lines ??= new LineIndex(report.text));
    return report.findings.map((f) => result(f, report.file, ruleIndex.get(f.rule)!, linesOfFile));
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Shipshape', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: ruleIds.map(ruleDescriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

const KNOWN_RULES = new Map<string, Rule>([...RULES, ...ENGINE_RULES].map((r) => [r.id, r]));

function ruleDescriptor(id: string) {
  const rule = KNOWN_RULES.get(id);
  if (!rule) return { id, name: pascalCase(id) };
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.title },
    helpUri: rule.docs,
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { tags: [rule.risk, ...rule.references], aliases: rule.aliases },
  };
}

function result(f: Finding, file: string, ruleIndex: number, lines: () => LineIndex) {
  const artifactLocation = { uri: relativeUri(file), uriBaseId: SRCROOT };
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(locationOf(f.range)) } }],
    partialFingerprints: { 'shipshapeFindingHash/v1': fingerprint(f, file) },
    ...(f.object ? { properties: { object: f.object } } : {}),
    ...(f.fix
      ? {
          fixes: [
            {
              description: { text: f.fix.title },
              artifactChanges: [{ artifactLocation, replacements: f.fix.edits.map((e) => replacement(e, lines())) }],
              properties: { safe: f.fix.safe },
            },
          ],
        }
      : {}),
  };
}

/** Edits are offsets into the linted text; regions by line and column stay right even when the file had a BOM. */
function replacement(edit: Edit, lines: LineIndex) {
  const deletedRegion = region(locationOf(lines.rangeOf({ start: edit.start, end: edit.end })));
  return { deletedRegion, insertedContent: { text: edit.text } };
}

function region(loc: Location) {
  return { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}

/** Stable across runs and unrelated edits: it ignores positions. */
function fingerprint(f: Finding, file: string): string {
  return createHash('sha256').update([f.rule, file, f.object ?? '', f.message].join('\u0000')).digest('hex').slice(0, 32);
}

function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** `k8s/privileged-container` → `K8sPrivilegedContainer`, the identifier-like name SARIF asks for. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
