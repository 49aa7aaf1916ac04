/**
 * Secrets out of report data before it is stored (baseline) or posted (comment, summary): k6
 * puts whatever setup() returned in setup_data — often a login token. Token shapes are the ones
 * src/util/redact.ts knows; this adds what only a data file has: keys that name a secret.
 */
import { REDACTED, redactor } from '../util/redact.js';

export { REDACTED };
const SECRET_KEY =
  /^(setup_data|.*(?:password|passwd|secret|token|api[-_]?key|apikey|authorization|auth|cookie|credential|private[-_]?key|session[-_]?id).*)$/i;

/** A deep copy without setup_data, with secret-looking keys' values and secret-looking strings replaced. */
export function redactSecrets<T>(value: T): T {
  return redact(value) as T;
}

function redact(value: unknown): unknown {
  if (typeof value === 'string') return redactor.text(value);
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
