// Document URIs to the paths the engine, the config lookup and the file system understand. The
// mapping is the platform's: file-system paths on Node (node-file-system.ts), URI paths in a browser.
export interface UriMapper {
  /** The path for a URI, or undefined for a URI the file system cannot read (untitled:…). */
  toPath(uri: string): string | undefined;
  toUri(path: string): string;
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}

/** A name for the engine even when the URI has no file-system path: the URI's own path. */
export function uriPathOf(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    // Not a parseable URI: still give the engine something that carries the file name.
    return uri;
  }
}
