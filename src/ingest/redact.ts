/**
 * Secrets out of report data before it is stored (baseline) or posted (comment, summary): k6
 * puts whatever setup() returned in setup_data — often a login token.
 */
const SECRET_KEY =
  /^(setup_data|.*(?:password|passwd|secret|token|api[-_]?key|apikey|authorization|auth|cookie|credential|private[-_]?key|session[-_]?id).*)$/i;

const SECRET_VALUE = [
  /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, // JWT
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, // GitHub tokens
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g, // Slack
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}/g,
  /(\/\/[^/\s:@]+:)[^@\s/]+@/g, // credentials in URLs
];

export const REDACTED = '[redacted]';

function redactString(value: string): string {
  let out = value;
  for (const pattern of SECRET_VALUE) {
    out = out.replace(pattern, (match, prefix: unknown) =>
      typeof prefix === 'string' && match.startsWith(prefix) && prefix.startsWith('//') ? `${prefix}${REDACTED}@` : REDACTED,
    );
  }
  return out;
}

/** A deep copy without setup_data, with secret-looking keys' values and secret-looking strings replaced. */
export function redactSecrets<T>(value: T): T {
  return redact(value) as T;
}

function redact(value: unknown): unknown {
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map(redact);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'setup_data') continue;
    // numbers/booleans under a secret-ish key (token_count, auth_limited_429) are metrics, not secrets
    if (SECRET_KEY.test(key) && (typeof entry === 'string' || (entry && typeof entry === 'object' && !isNumericTree(entry)))) {
      out[key] = REDACTED;
      continue;
    }
    out[key] = redact(entry);
  }
  return out;
}

function isNumericTree(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return true;
  if (Array.isArray(value)) return value.every(isNumericTree);
  if (typeof value === 'object') return Object.values(value as object).every(isNumericTree);
  return false;
}
