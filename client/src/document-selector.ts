// Which documents the Shipshape server lints. Shared by the node and browser clients and by the
// language status item, so every part agrees on the same set.

/** Fits both VS Code's `DocumentFilter` and the LSP's `TextDocumentFilter`. */
export interface ShipshapeFilter {
  scheme: string;
  language?: string;
  pattern?: string;
}

export const LANGUAGES = ['dockerfile', 'yaml', 'dockercompose'] as const;

/** Files whose language VS Code does not know: daemon.json is plain json, Containerfile may be plaintext. */
export const FILE_PATTERNS = ['**/daemon.json', '**/{Dockerfile,Containerfile}', '**/*.{dockerfile,containerfile}'] as const;

/**
 * The selector for the given URI schemes: desktop uses `file` and `untitled`; a browser client
 * passes the schemes of its virtual file systems. Name patterns never apply to `untitled`.
 */
export function documentSelector(schemes: readonly string[] = ['file', 'untitled']): ShipshapeFilter[] {
  const selector: ShipshapeFilter[] = [];
  for (const scheme of schemes) {
    for (const language of LANGUAGES) selector.push({ language, scheme });
  }
  for (const scheme of schemes.filter((s) => s !== 'untitled')) {
    for (const pattern of FILE_PATTERNS) selector.push({ scheme, pattern });
  }
  return selector;
}
