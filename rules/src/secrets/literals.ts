// High-confidence secret values: formats with a fixed, distinctive prefix or structure, so a match
// is almost never a false positive. Shared by dockerfile/secret-literal, compose/secret-in-environment,
// k8s/secret-in-env and k8s/configmap-secrets. Placeholders such as `changeme` are not secrets here:
// only the name-based rules look at those.

export interface SecretLiteral {
  /** What was found, for the message: "an AWS access key id". */
  kind: string;
  /** Offsets within the searched text. */
  start: number;
  end: number;
}

interface Pattern {
  kind: string;
  re: RegExp;
  /** The capture group holding the secret itself, when the match has context around it. */
  group?: number;
}

// Each expression is anchored on word boundaries so that longer identifiers do not match.
const PATTERNS: readonly Pattern[] = [
  { kind: 'a PEM private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'an AWS access key id', re: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g },
  { kind: 'a GitHub token', re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g },
  { kind: 'a GitLab token', re: /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g },
  { kind: 'a Slack token', re: /(?<![A-Za-z0-9-])xox[bpas]-[A-Za-z0-9-]{10,}(?![A-Za-z0-9-])/g },
  { kind: 'a Stripe live secret key', re: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,}(?![A-Za-z0-9])/g },
  { kind: 'a Google API key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g },
  { kind: 'an npm access token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
  // A JWT: three base64url parts, the first two of which decode to JSON objects ("ey" = `{"`).
  { kind: 'a JSON Web Token', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{10,}(?![A-Za-z0-9_-])/g },
  // Credentials in a URL: scheme://user:password@host (the password must not be a $VAR reference).
  { kind: 'a password in a URL', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:([^\s@/'"$]+)@[^\s/'"@]+/gi, group: 1 },
];

/**
 * No pattern matches fewer characters than this (the URL one: `a://u:p@h`). Most values scanned are
 * short words (`info`, `true`, `8080`), which then need no regex at all.
 */
const SHORTEST_MATCH = 9;

/** Every high-confidence secret in `text`, in order of position. */
export function findSecretLiterals(text: string): SecretLiteral[] {
  const found: SecretLiteral[] = [];
  if (text.length < SHORTEST_MATCH) return found;
  for (const { kind, re, group } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (group !== undefined) {
        const secret = m[group];
        if (isPlaceholder(secret)) continue;
        const start = m.index + m[0].indexOf(`:${secret}@`) + 1;
        found.push({ kind, start, end: start + secret.length });
      } else {
        found.push({ kind, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** URL passwords that are obviously not real: templates, masks and documentation placeholders. */
function isPlaceholder(secret: string): boolean {
  return /^(?:\*+|x+|\.+|<[^>]*>|\{\{.*\}\}|%[^%]*%|password|pass|secret|changeme|example)$/i.test(secret) || secret.includes('${');
}
