// The workspace as rules see it: the texts of the files the scan found (lintable files and the
// neighbours rules consult: `.dockerignore`, `<name>.dockerignore`, kustomizations), with open
// documents' texts winning over the disk. Rules get a WorkspaceIndex snapshot; a new snapshot
// object is made after every change, because rules cache what they read per index object.
import { detectSyntax, type WorkspaceIndex } from '../../rules/src/index.js';
import { isConfigFile } from './config-files.js';
import { basename } from './paths.js';

const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;

/** A file rules read about their neighbours, not one linted for itself. */
export function isAuxiliaryFile(path: string): boolean {
  const name = basename(path);
  return name === '.dockerignore' || name.endsWith('.dockerignore') || KUSTOMIZATION.test(name);
}

/** A file Shipshape lints (Dockerfile, YAML, daemon.json), other than its own config file. */
export function isLintableFile(path: string, languageId?: string): boolean {
  const name = basename(path);
  return detectSyntax(name, languageId) !== null && !name.endsWith('.dockerignore') && !isConfigFile(path);
}

/** What the scan lists: lintable files, auxiliary files and config files. */
export function isWorkspaceFile(path: string): boolean {
  return isLintableFile(path) || isAuxiliaryFile(path) || isConfigFile(path);
}

/** Whether a file's text can change other files' findings (rules read it through the index). */
function isDependency(path: string, text: string): boolean {
  return isAuxiliaryFile(path) || (/\.ya?ml$/i.test(path) && text.includes('NetworkPolicy'));
}

/** A short hash of a text (cyrb53): equal texts hash equal, so unchanged files are not re-linted. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

class Snapshot implements WorkspaceIndex {
  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly lintable: readonly string[],
  ) {}

  exists(path: string): boolean {
    return this.texts.has(path);
  }

  read(path: string): string | undefined {
    return this.texts.get(path);
  }

  files(): Iterable<string> {
    return this.lintable;
  }
}

export class WorkspaceState {
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, string>();
  private snapshotCache: Snapshot | undefined;
  private stampCache: string | undefined;

  diskText(path: string): string | undefined {
    return this.disk.get(path);
  }

  diskPaths(): string[] {
    return [...this.disk.keys()];
  }

  /** Records a file's disk text; true when it changed. */
  setDisk(path: string, text: string): boolean {
    if (this.disk.get(path) === text) return false;
    this.disk.set(path, text);
    this.changed();
    return true;
  }

  deleteDisk(path: string): boolean {
    if (!this.disk.delete(path)) return false;
    this.changed();
    return true;
  }

  /** Records an open document's text (undefined once closed); true when the view changed. */
  setOpen(path: string, text: string | undefined): boolean {
    if (this.open.get(path) === text) return false;
    if (text === undefined) this.open.delete(path);
    else this.open.set(path, text);
    this.changed();
    return true;
  }

  snapshot(): WorkspaceIndex {
    if (!this.snapshotCache) {
      const texts = new Map(this.disk);
      for (const [path, text] of this.open) texts.set(path, text);
      const lintable = [...texts.keys()].filter((p) => isLintableFile(p));
      this.snapshotCache = new Snapshot(texts, lintable);
    }
    return this.snapshotCache;
  }

  /**
   * Changes whenever a file other files' findings depend on changes (a `.dockerignore`, a
   * kustomization, a manifest with a NetworkPolicy): a file linted with an older stamp is stale.
   */
  dependencyStamp(): string {
    if (this.stampCache === undefined) {
      const parts: string[] = [];
      const snapshot = this.snapshot() as Snapshot;
      const paths = [...new Set([...this.disk.keys(), ...this.open.keys()])].sort();
      for (const path of paths) {
        const text = snapshot.read(path)!;
        if (isDependency(path, text)) parts.push(`${path}\0${hashText(text)}`);
      }
      this.stampCache = hashText(parts.join('\n'));
    }
    return this.stampCache;
  }

  private changed(): void {
    this.snapshotCache = undefined;
    this.stampCache = undefined;
  }
}
