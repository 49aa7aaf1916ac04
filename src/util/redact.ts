/**
 * Secrets out of everything testops writes: files (report.json, runs.json, comment.md, summary.md,
 * the baseline), the log and its annotations, the job summary and every GitHub API request body.
 *
 * Two kinds of secret are replaced by `[redacted]`:
 * - shapes: GitHub tokens (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_), AWS access keys, Slack
 *   tokens, JWTs, PEM private keys, Bearer/Basic credentials and passwords in URLs;
 * - values testops saw: every value masked with `::add-mask::` (by testops itself, or printed by a
 *   suite — whose workflow commands are fenced off, so the runner would not mask it), and the
 *   values of environment variables whose names say TOKEN, SECRET, PASSWORD or KEY.
 *
 * Test output is untrusted and may echo any of these (a failing HTTP test prints its request
 * headers), so redaction happens at the edges where text leaves the process, never by trusting
 * producers to have left secrets out.
 */

export const REDACTED = '[redacted]';

/** Token shapes; each is a whole secret except the URL form, whose scheme and user stay. */
export const SECRET_SHAPES: readonly RegExp[] = [
  /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g, // JWT (header.payload.signature, base64url)
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, // GitHub tokens: personal, OAuth, user-to-server, server-to-server, refresh
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g, // fine-grained personal tokens
  /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bxox[abeoprs]-[A-Za-z0-9-]{10,}/g, // Slack tokens
  /\bxapp-\d-[A-Za-z0-9-]{10,}/g, // Slack app-level tokens
  /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]{20,}/g, // Slack webhooks
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, // PEM, even cut short
  /\b(?:Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{16,}/g, // Authorization header values
];

/** Secrets known by what stands before them: that part stays readable, the secret goes. */
const AFTER_NAME: ReadonlyArray<[RegExp, string]> = [
  [/(\/\/[^/\s:@]+:)[^@\s/]+@/g, `$1${REDACTED}@`], // user:password@ in a URL
  [/(aws_secret_access_key["']?\s*[=:]\s*["']?)[A-Za-z0-9/+]{40}/gi, `$1${REDACTED}`], // an AWS secret key after its name
];

/** Cheap first look: a text none of whose shapes can start here is left as it is (most are). */
const MAY_HOLD_SHAPE =
  /eyJ|gh[pousr]_|github_pat_|A[A-Z]{3}[0-9A-Z]{16}|xox|xapp-|hooks\.slack|PRIVATE KEY|Bearer|Basic|token|aws_secret|\/\/[^/\s:@]+:/i;

/** An environment variable whose value is a secret by its name. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY/i;

/**
 * testops' own variables are not secrets even when named so (TESTOPS_BASELINE_KEY is a cache key),
 * and a value shorter than this would redact ordinary words everywhere ("true", "1", "dev").
 */
const OWN_VARIABLE = /^TESTOPS_/i;
export const MIN_SECRET_LENGTH = 6;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  private readonly values = new Set<string>();
  private valuePattern: RegExp | undefined;

  /** A secret value to replace wherever it appears; short values are ignored (see MIN_SECRET_LENGTH). */
  add(value: string | undefined): void {
    for (const line of (value ?? '').split(/\r?\n/)) {
      const secret = line.trim();
      if (secret.length < MIN_SECRET_LENGTH || this.values.has(secret)) continue;
      this.values.add(secret);
      this.valuePattern = undefined;
    }
  }

  /** The values of variables named like secrets (…_TOKEN, …SECRET…, …PASSWORD…, …KEY…). */
  addEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): void {
    for (const [name, value] of Object.entries(env)) if (SECRET_NAME.test(name) && !OWN_VARIABLE.test(name)) this.add(value);
  }

  /** Remember the values of `::add-mask::` commands in a text (a suite's output, say). */
  seeMasks(text: string): void {
    if (!text.includes('::add-mask::')) return;
    for (const match of text.matchAll(/::add-mask::([^\r\n]*)/g)) this.add(match[1]);
  }

  /** Every known value, longest first (a secret that contains another is replaced whole). */
  private pattern(): RegExp {
    this.valuePattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return this.valuePattern;
  }

  /**
   * Whether `text` may hold anything `text()` would replace: a known value or the start of a
   * shape. A loose test (false means surely nothing), cheap enough for a megabyte at a time.
   */
  mayHold(text: string): boolean {
    if (this.values.size > 0) {
      const pattern = this.pattern();
      pattern.lastIndex = 0;
      const found = pattern.test(text);
      pattern.lastIndex = 0;
      if (found) return true;
    }
    return MAY_HOLD_SHAPE.test(text);
  }

  /** A known value with a character JSON escapes (quote, backslash, control): JSON text would hide it. */
  hasEscapableValues(): boolean {
    for (const value of this.values) if (/["\\\u0000-\u001f]/.test(value)) return true;
    return false;
  }

  /** Known values plus shapes, replaced. */
  text(text: string): string {
    if (text.length < MIN_SECRET_LENGTH) return text;
    let out = text;
    if (this.values.size > 0) out = out.replace(this.pattern(), REDACTED);
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    for (const shape of SECRET_SHAPES) out = out.replace(shape, REDACTED);
    for (const [pattern, replacement] of AFTER_NAME) out = out.replace(pattern, replacement);
    return out;
  }

  /** A deep copy with every string (keys too) redacted; numbers, booleans and null as they were. */
  deep<T>(value: T): T {
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((entry) => this.walk(entry));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[this.text(key)] = this.walk(entry);
    return out;
  }
}

/** A line longer than this is let go of in pieces (keeping its last LONG_LINE_TAIL characters back). */
const MAX_HOLD = 1 << 20;
const LONG_LINE_TAIL = 4096;

/**
 * Redaction of a text that arrives in chunks (a raw report or log streamed into bundle.zip): each
 * chunk is redacted up to its last line break, and the rest waits for the next one, so no secret
 * is split between two chunks; an unfinished PEM block waits whole (up to 1 MiB).
 */
export class StreamRedaction {
  private pending = '';

  constructor(private readonly redactor: Redactor) {}

  /** The redacted text that is complete so far. */
  push(text: string): string {
    this.pending += text;
    let cut = this.pending.lastIndexOf('\n') + 1;
    const key = this.pending.lastIndexOf('-----BEGIN ');
    if (key !== -1 && key < cut && !/-----END [A-Z ]*PRIVATE KEY-----/.test(this.pending.slice(key, cut))) cut = key;
    if (cut === 0 && this.pending.length > MAX_HOLD) {
      // one huge line (or key): let it go but for its end, cut at a space so a token stays whole
      const space = this.pending.lastIndexOf(' ', this.pending.length - LONG_LINE_TAIL);
      cut = space > 0 ? space + 1 : this.pending.length - LONG_LINE_TAIL;
    }
    const out = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    // a suite's log masks its own values (`::add-mask::`); this process may not have seen them yet
    this.redactor.seeMasks(out);
    return out ? this.redactor.text(out) : '';
  }

  /** The rest, redacted. */
  end(): string {
    this.redactor.seeMasks(this.pending);
    const out = this.pending;
    this.pending = '';
    return out ? this.redactor.text(out) : '';
  }
}

/**
 * The process's redactor: every output edge (files, log, GitHub requests, the job summary) applies
 * it, and everything that learns a secret (the token input, a suite's environment and output)
 * adds to it. One per process because a secret seen anywhere must be hidden everywhere.
 */
export const redactor = new Redactor();
