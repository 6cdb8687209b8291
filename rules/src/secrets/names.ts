// Does a variable name look like it holds a secret? Shared by the Dockerfile, Compose and
// Kubernetes rules. Matching is on whole tokens, so TOKENIZER or AUTHOR are not secrets, and an
// allowlisted token (TOKEN_FILE, SECRET_NAME) marks a name that refers to a secret without holding it.

/** Sensitive words, each a sequence of tokens (`api_key` is the two tokens `api`, `key`). */
const SENSITIVE: readonly (readonly string[])[] = [
  ['password'],
  ['passwd'],
  ['pwd'],
  ['secret'],
  ['token'],
  ['apikey'],
  ['api', 'key'],
  ['accesskey'],
  ['access', 'key'],
  ['privatekey'],
  ['private', 'key'],
  ['credential'],
  ['auth'],
];

const ALLOWLIST = new Set(['public', 'file', 'path', 'dir', 'version', 'name', 'mode', 'alias', 'enabled', 'url', 'host', 'prompt', 'user', 'username', 'id']);

/** Names that contain a sensitive token but are well-known non-secrets. */
const WELL_KNOWN = new Set([
  'pwd', // the shell's working directory
]);

/** Splits at `_`, `-`, `.`, spaces and camelCase boundaries (`apiKey`, `APIKey`), lowercased. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.\-]+/)
    .filter((t) => t.length > 0)
    .map((t) => t.toLowerCase());
}

/** A token matches a word also in its plural form (`SECRETS`, `CREDENTIALS`). */
function tokenIs(token: string, word: string): boolean {
  return token === word || token === `${word}s`;
}

function containsWord(tokens: string[], word: readonly string[]): boolean {
  for (let i = 0; i + word.length <= tokens.length; i++) {
    if (word.every((w, j) => (j === word.length - 1 ? tokenIs(tokens[i + j], w) : tokens[i + j] === w))) return true;
  }
  return false;
}

/**
 * Tokens are pieces of the lowercased name, so a name holds a sensitive word only if it contains
 * each of the word's tokens as text. Most names contain none and need no tokenizing.
 */
function mayBeSensitive(lower: string): boolean {
  return SENSITIVE.some((word) => word.every((token) => lower.includes(token)));
}

export function isSensitiveName(name: string): boolean {
  const lower = name.toLowerCase();
  if (WELL_KNOWN.has(lower) || !mayBeSensitive(lower)) return false;
  const tokens = nameTokens(name);
  if (tokens.some((t) => ALLOWLIST.has(t))) return false;
  return SENSITIVE.some((word) => containsWord(tokens, word));
}
