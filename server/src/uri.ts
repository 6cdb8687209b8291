// Document URIs to the paths the engine and the config lookup understand.
import { fileURLToPath } from 'node:url';

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}

/** The file-system path of a `file:` URI; for other schemes (untitled:, vscode-vfs:…) the URI's path. */
export function uriToPath(uri: string): string {
  try {
    if (isFileUri(uri)) return fileURLToPath(uri);
    const url = new URL(uri);
    return decodeURIComponent(url.pathname);
  } catch {
    // Not a parseable URI: still give the engine something that carries the file name.
    return uri;
  }
}
