// The workspace as rules see it: the texts of the files the scan found (lintable files and the
// neighbours rules consult: `.dockerignore`, `<name>.dockerignore`, kustomizations), with open
// documents' texts winning over the disk. Rules get a WorkspaceIndex snapshot; a new snapshot
// object is made after every change, because rules cache what they read per index object.
import { detectSyntax, type OverlaidWorkspaceIndex, type WorkspaceIndex } from '../../rules/src/index.js';
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

/** Two lists as one, without copying the long one. */
function concat<T>(first: Iterable<T>, second: Iterable<T>): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      yield* first;
      yield* second;
    },
  };
}

/** The disk side of the workspace at one disk generation: shared by every snapshot until the disk changes. */
class DiskSnapshot implements WorkspaceIndex {
  private readonly lintable: readonly string[];

  constructor(private readonly texts: ReadonlyMap<string, string>) {
    this.lintable = [...texts.keys()].filter((p) => isLintableFile(p));
  }

  exists(path: string): boolean {
    return this.texts.has(path);
  }

  read(path: string): string | undefined {
    return this.texts.get(path);
  }

  files(): readonly string[] {
    return this.lintable;
  }
}

/** The disk snapshot with the open documents' texts over it. */
class Snapshot implements OverlaidWorkspaceIndex {
  /** Lintable open documents: their texts replace the disk's, or add files the disk lacks. */
  private readonly openFiles = new Map<string, string>();
  private readonly lintable: Iterable<string>;

  constructor(
    private readonly disk: DiskSnapshot,
    private readonly open: ReadonlyMap<string, string>,
  ) {
    const added: string[] = [];
    for (const [path, text] of open) {
      if (!isLintableFile(path)) continue;
      this.openFiles.set(path, text);
      if (!disk.exists(path)) added.push(path);
    }
    const onDisk = disk.files();
    this.lintable = added.length === 0 ? onDisk : concat(onDisk, added);
  }

  exists(path: string): boolean {
    return this.open.has(path) || this.disk.exists(path);
  }

  read(path: string): string | undefined {
    return this.open.get(path) ?? this.disk.read(path);
  }

  files(): Iterable<string> {
    return this.lintable;
  }

  overlay(): { base: WorkspaceIndex; files: ReadonlyMap<string, string> } {
    return { base: this.disk, files: this.openFiles };
  }
}

/**
 * Typing in an open document costs O(that document), not O(workspace): the disk's texts are
 * copied once per disk change, a snapshot lays the (few) open documents over that copy, and the
 * dependency stamp is kept per path as texts change.
 */
export class WorkspaceState {
  private readonly disk = new Map<string, string>();
  private readonly open = new Map<string, string>();
  private diskSnapshotCache: DiskSnapshot | undefined;
  private snapshotCache: Snapshot | undefined;
  /** The hash of every dependency's effective text (open text winning over disk), by path. */
  private readonly dependencies = new Map<string, string>();
  private stampCache: string | undefined;

  diskText(path: string): string | undefined {
    return this.disk.get(path);
  }

  /** Records a file's disk text; true when it changed. */
  setDisk(path: string, text: string): boolean {
    if (this.disk.get(path) === text) return false;
    this.disk.set(path, text);
    this.diskChanged(path);
    return true;
  }

  deleteDisk(path: string): boolean {
    if (!this.disk.delete(path)) return false;
    this.diskChanged(path);
    return true;
  }

  /** Records an open document's text (undefined once closed); true when the view changed. */
  setOpen(path: string, text: string | undefined): boolean {
    if (this.open.get(path) === text) return false;
    if (text === undefined) this.open.delete(path);
    else this.open.set(path, text);
    this.changed(path);
    return true;
  }

  snapshot(): WorkspaceIndex {
    if (!this.snapshotCache) {
      this.diskSnapshotCache ??= new DiskSnapshot(new Map(this.disk));
      this.snapshotCache = new Snapshot(this.diskSnapshotCache, new Map(this.open));
    }
    return this.snapshotCache;
  }

  /**
   * Changes whenever a file other files' findings depend on changes (a `.dockerignore`, a
   * kustomization, a manifest with a NetworkPolicy): a file linted with an older stamp is stale.
   */
  dependencyStamp(): string {
    if (this.stampCache === undefined) {
      const parts = [...this.dependencies.keys()].sort().map((path) => `${path}\0${this.dependencies.get(path)!}`);
      this.stampCache = hashText(parts.join('\n'));
    }
    return this.stampCache;
  }

  private diskChanged(path: string): void {
    this.diskSnapshotCache = undefined;
    this.changed(path);
  }

  /** `path`'s text changed on one side: a new snapshot, and the stamp follows its effective text. */
  private changed(path: string): void {
    this.snapshotCache = undefined;
    const text = this.open.get(path) ?? this.disk.get(path);
    const hash = text !== undefined && isDependency(path, text) ? hashText(text) : undefined;
    if (this.dependencies.get(path) === hash) return;
    if (hash === undefined) this.dependencies.delete(path);
    else this.dependencies.set(path, hash);
    this.stampCache = undefined;
  }
}
