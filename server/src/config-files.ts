// `.shipshape.yaml` files through the WorkspaceFileSystem: the nearest one above a file (up to its
// workspace folder), parsed once until it changes, with an open editor's text winning over the
// disk; and the file's own problems as diagnostics at the offending node.
import { isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAMES, parseConfigText, type LoadedConfig } from '../../host/src/config-text.js';
import { KNOWN_RULE_IDS, LineIndex, validateConfig } from '../../rules/src/index.js';
import { SOURCE } from './diagnostics.js';
import type { WorkspaceFileSystem } from './file-system.js';
import { basename, dirname, join, samePath } from './paths.js';

export function isConfigFile(path: string): boolean {
  return CONFIG_FILE_NAMES.includes(basename(path));
}

export class ConfigFiles {
  private readonly loaded = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly found = new Map<string, Promise<string | undefined>>();
  /** Texts of config files open in the editor. */
  private readonly open = new Map<string, string>();

  constructor(private readonly fs: WorkspaceFileSystem) {}

  /** The nearest config file from `dir` upwards, not above `stopAt`. */
  find(dir: string, stopAt: string | undefined): Promise<string | undefined> {
    const key = `${dir}\0${stopAt ?? ''}`;
    let pending = this.found.get(key);
    if (!pending) this.found.set(key, (pending = this.search(dir, stopAt)));
    return pending;
  }

  load(path: string): Promise<LoadedConfig | undefined> {
    let pending = this.loaded.get(path);
    if (!pending) {
      pending = this.text(path).then((text) => (text === undefined ? undefined : parseConfigText(text, path)));
      this.loaded.set(path, pending);
    }
    return pending;
  }

  /** The config file's current text: the editor's when it is open, else the disk's. */
  async text(path: string): Promise<string | undefined> {
    return this.open.get(path) ?? (await this.fs.readFile(path));
  }

  /** Records an open config file's text; true when it differs from what was known. */
  setOpenText(path: string, text: string | undefined): boolean {
    const before = this.open.get(path);
    if (text === undefined) this.open.delete(path);
    else this.open.set(path, text);
    return before !== text;
  }

  invalidate(): void {
    this.loaded.clear();
    this.found.clear();
  }

  private async search(dir: string, stopAt: string | undefined): Promise<string | undefined> {
    for (let cur = dir; ; ) {
      for (const name of CONFIG_FILE_NAMES) {
        const p = join(cur, name);
        if (this.open.has(p) || (await this.fs.stat(p)) !== undefined) return p;
      }
      if (stopAt !== undefined && samePath(cur, stopAt)) return undefined;
      const parent = dirname(cur);
      if (parent === cur || parent === '.') return undefined;
      cur = parent;
    }
  }
}

/** The config file's problems (syntax errors, unknown keys and rule ids, wrong types) at their nodes. */
export function configDiagnostics(text: string): Diagnostic[] {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false });
  const at = (start: number, end: number) => lines.rangeOf({ start, end: Math.max(start, end) });
  if (doc.errors.length > 0) {
    return doc.errors.slice(0, 1).map((e) => ({
      range: at(e.pos[0], e.pos[1]),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: `YAML syntax error: ${e.message.split('\n')[0]}`,
    }));
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return [{ range: at(0, 0), severity: DiagnosticSeverity.Error, source: SOURCE, message: `The configuration cannot be read: ${String(error)}` }];
  }
  const { problems } = validateConfig(raw, KNOWN_RULE_IDS);
  return problems.map((p) => {
    const node = nodeOf(doc.contents, p.path, /^Unknown /.test(p.message));
    const range = node?.range ? at(node.range[0], node.range[1]) : at(0, 0);
    return { range, severity: DiagnosticSeverity.Warning, source: SOURCE, message: p.message };
  });
}

/** The node a problem path (`rules.k8s/x`, `profile`) names: its key for unknown names, else its value. */
function nodeOf(root: unknown, path: string, wantKey: boolean): Node | undefined {
  if (path === '') return root as Node | undefined;
  const [first, ...rest] = path.split('.');
  const pair = pairOf(root, first);
  if (!pair) return undefined;
  if (rest.length > 0) {
    const inner = pairOf(pair.value, rest.join('.'));
    if (inner) return (wantKey ? inner.key : (inner.value ?? inner.key)) as Node;
    return pair.key as Node;
  }
  return (wantKey ? pair.key : (pair.value ?? pair.key)) as Node;
}

function pairOf(map: unknown, key: string): { key: unknown; value: unknown } | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as { key: unknown; value: unknown } | undefined;
}
