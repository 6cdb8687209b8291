// The workspace folders the client opened, as paths: a file's folder bounds the upward search for
// `.shipshape.yaml` and is the base of relative `exclude` globs.
import { relative, isAbsolute } from 'node:path';
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver/node';
import { isFileUri, uriToPath } from './uri.js';

export class WorkspaceFolders {
  private paths: string[] = [];

  /** Takes the folders from `initialize` (workspaceFolders, else rootUri, else rootPath). */
  initialize(params: InitializeParams): void {
    this.paths = [];
    if (params.workspaceFolders && params.workspaceFolders.length > 0) {
      for (const f of params.workspaceFolders) this.add(f.uri);
    } else if (params.rootUri) {
      this.add(params.rootUri);
    } else if (params.rootPath) {
      this.paths.push(params.rootPath);
    }
  }

  update(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.filter((f) => isFileUri(f.uri)).map((f) => uriToPath(f.uri)));
    this.paths = this.paths.filter((p) => !removed.has(p));
    for (const f of event.added) this.add(f.uri);
  }

  /** The innermost workspace folder containing `path`, if any. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.paths) {
      const rel = relative(folder, path);
      const inside = rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
      if (inside && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private add(uri: string): void {
    // Only local folders can hold a config file we are able to read.
    if (isFileUri(uri)) this.paths.push(uriToPath(uri));
  }
}
