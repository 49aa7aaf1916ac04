/**
 * The Octokit client: REST with the throttling and retry plugins, so writes are throttled,
 * secondary rate limits (403/429 with retry-after) are waited out, and 5xx are retried.
 * Everything else in src/ talks to GitHub through the narrow interfaces of src/github/*.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Log } from '../util/log.js';
import { redactor } from '../util/redact.js';

const ThrottledOctokit = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof ThrottledOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL; https://api.github.com by default */
  baseUrl?: string;
  log?: Log;
  /** how many times a rate-limited request is retried (default 3) */
  rateLimitRetries?: number;
  /** the longest wait for one retry, in seconds (default 120): an hourly quota is not waited out */
  maxRateLimitWait?: number;
  /** retry attempts for 5xx (default 3) */
  retries?: number;
  /** plugin-retry's backoff unit in ms (tests shorten it) */
  retryAfterBaseValue?: number;
  userAgent?: string;
  /**
   * The throttling plugin's limiters are per process and keyed by this id; each report step is its
   * own process, so in production the default is right. Tests that stand in for several processes
   * in one give each "process" its own id.
   */
  throttleId?: string;
}

/**
 * A request GitHub kept refusing for a rate limit after every retry: said as a rate limit with
 * the wait GitHub asked for, never as a permission problem (a secondary limit is a 403 too).
 */
export class GitHubRateLimitError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** seconds GitHub asked to wait, when it said */
    readonly retryAfter: number | undefined,
  ) {
    super(message);
    this.name = 'GitHubRateLimitError';
  }
}

type HttpFailure = {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
};

/** Which rate limit a failed response is, if any: a secondary limit (403/429 saying so) or the quota. */
function rateLimitKind(error: HttpFailure): 'secondary' | 'primary' | undefined {
  const headers = error.response?.headers ?? {};
  if (/\bsecondary rate\b/i.test(error.message ?? '')) return 'secondary';
  if ((error.status === 403 || error.status === 429) && String(headers['x-ratelimit-remaining']) === '0') return 'primary';
  if (error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message ?? ''))) return 'secondary';
  return undefined;
}

/** The wait a rate-limited response asks for, in seconds: retry-after, or until x-ratelimit-reset. */
function waitOf(error: HttpFailure, now: number): number | undefined {
  const headers = error.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && headers['retry-after'] !== undefined) return retryAfter;
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - now / 1000));
  return undefined;
}

/** "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": the request without host or query */
function route(method: string, url: string): string {
  return `${method} ${url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '')}`;
}

export function seconds(value: number): string {
  if (value < 90) return `${Math.round(value)}s`;
  const minutes = Math.round(value / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 6) / 10} h`;
}

/**
 * One line for a failed GitHub request, for the problems a report lists: a rate limit is called
 * a rate limit with its wait; 401/403 otherwise is the token's permissions.
 */
export function describeGitHubError(error: unknown): string {
  if (error instanceof GitHubRateLimitError) return error.message;
  const failure = (error ?? {}) as HttpFailure;
  const status = failure.status;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const kind = rateLimitKind(failure);
  if (kind) {
    const wait = waitOf(failure, Date.now());
    return `GitHub ${kind === 'secondary' ? 'secondary rate limit' : "API rate limit (the token's hourly quota is used up)"} (HTTP ${status})${wait !== undefined ? `; GitHub asks to wait ${seconds(wait)}` : ''}`;
  }
  if (status === 403 || status === 401)
    return `GitHub refused the write (${status}): the token is read-only (a fork PR?) or lacks pull-requests/issues: write — the report is in the job summary`;
  return status ? `GitHub API error ${status}: ${message}` : message;
}

/**
 * The request fields testops fills with report text (`output`: a check run's title, summary and
 * annotations). Only these are redacted: owner, repo and
 * numbers address the request and must reach GitHub as they are.
 */
const CONTENT = ['body', 'title', 'labels', 'output'];

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log;
  const limit = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWait ?? 120;
  // how many retries a request had when the throttle gave up on it, for the error that follows
  const gaveUp = new Map<string, number>();
  const decide = (kind: string, retryAfter: number, request: { method: string; url: string }, retryCount: number) => {
    const what = route(request.method, request.url);
    if (retryCount >= limit || retryAfter > maxWait) {
      gaveUp.set(what, retryCount);
      return false;
    }
    log?.info(`GitHub ${kind} on ${what}: waiting ${seconds(retryAfter)} for retry ${retryCount + 1} of ${limit}`);
    return true;
  };
  const client = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? 'https://api.github.com',
    userAgent: options.userAgent ?? 'testops',
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => log?.debug(message),
      error: (message: string) => log?.debug(message),
    },
    // Each wait is a line in the log, counted against the limit ("retry 1 of 3"); a request still
    // limited after the last retry fails with a GitHubRateLimitError the caller reports once.
    throttle: {
      ...(options.throttleId ? { id: options.throttleId } : {}),
      onRateLimit: (retryAfter, request, _octokit, retryCount) => decide('API rate limit', retryAfter, request, retryCount),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => decide('secondary rate limit', retryAfter, request, retryCount),
    },
    retry: {
      retries: options.retries ?? 3,
      ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
    },
  } as ConstructorParameters<typeof ThrottledOctokit>[0]);
  // Every comment, issue title and body and label is redacted here, the one door to GitHub: no
  // caller has to remember it.
  client.hook.before('request', (request) => {
    const fields = request as unknown as Record<string, unknown>;
    for (const key of CONTENT) if (fields[key] !== undefined) fields[key] = redactor.deep(fields[key]);
  });
  // still rate-limited when the retries ran out: say so, with the wait, in one error
  client.hook.error('request', (error, request) => {
    const failure = error as HttpFailure;
    const kind = rateLimitKind(failure);
    if (!kind) throw error;
    const what = route(request.method, request.url);
    const retries = gaveUp.get(what) ?? 0;
    gaveUp.delete(what);
    const wait = waitOf(failure, Date.now());
    const limitName = kind === 'secondary' ? 'secondary rate limit' : "API rate limit (the token's hourly quota is used up)";
    const said =
      wait !== undefined && wait > maxWait
        ? `not waited out: GitHub asks to wait ${seconds(wait)}, longer than testops waits for a retry (${seconds(maxWait)})`
        : `still limited after ${retries > 0 ? `${retries} ${retries === 1 ? 'retry' : 'retries'}` : 'retrying'}${wait !== undefined ? `; GitHub asks to wait ${seconds(wait)} more` : ''}`;
    throw new GitHubRateLimitError(`GitHub ${limitName} on ${what}: ${said}`, failure.status ?? 0, wait);
  });
  return client;
}
