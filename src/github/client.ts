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
 * The request fields testops fills with report text (`output`: a check run's title, summary and
 * annotations). Only these are redacted: owner, repo and
 * numbers address the request and must reach GitHub as they are.
 */
const CONTENT = ['body', 'title', 'labels', 'output'];

export function createClient(options: ClientOptions): GitHubClient {
  const log = options.log;
  const limit = options.rateLimitRetries ?? 3;
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
    throttle: {
      ...(options.throttleId ? { id: options.throttleId } : {}),
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log?.warning(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${limit})`);
        return retryCount < limit;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        log?.warning(
          `GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s (${retryCount + 1}/${limit})`,
        );
        return retryCount < limit;
      },
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
  return client;
}
