// The WorkspaceIndex rules consult about neighbouring files (e.g. is there a `.dockerignore` next to
// this Dockerfile?). Walked files answer at once; anything else (most neighbours are files Shipshape
// does not lint) is looked up on disk, once.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkspaceIndex } from '../../rules/src/index.js';
import { stripBom } from './read-source.js';

/** Neighbour files larger than this are not handed to rules. */
const MAX_READ_BYTES = 1024 * 1024;

export class DiskWorkspaceIndex implements WorkspaceIndex {
  private readonly known: Set<string>;
  private readonly existence = new Map<string, boolean>();
  private readonly texts = new Map<string, string | undefined>();

  /** `files`: the walked files; `base` resolves relative paths a rule may ask about. */
  constructor(files: Iterable<string>, private readonly base: string) {
    this.known = new Set([...files].map((f) => resolve(base, f)));
  }

  exists(path: string): boolean {
    const abs = resolve(this.base, path);
    if (this.known.has(abs)) return true;
    let found = this.existence.get(abs);
    if (found === undefined) {
      found = isFile(abs);
      this.existence.set(abs, found);
    }
    return found;
  }

  files(): Iterable<string> {
    return this.known;
  }

  read(path: string): string | undefined {
    const abs = resolve(this.base, path);
    if (!this.texts.has(abs)) this.texts.set(abs, this.exists(abs) ? readSmallText(abs) : undefined);
    return this.texts.get(abs);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readSmallText(path: string): string | undefined {
  try {
    if (statSync(path).size > MAX_READ_BYTES) return undefined;
    return stripBom(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
