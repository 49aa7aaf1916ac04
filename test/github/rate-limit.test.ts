/**
 * GitHub faults said plainly, against the offline GitHub (test/github-server) with the real
 * throttled Octokit client: a persistent rate limit is called a rate limit with its wait (never
 * "the token is read-only"), the retries are counted right ("retry 3 of 3", never "4/3"), and the
 * log says each wait once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, describeGitHubError, GitHubRateLimitError } from '../../src/github/client.js';
import { commentsApi, upsertStickyComment } from '../../src/github/comments.js';
import { memoryLog } from '../../src/util/log.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';

const FULL = 'acme/shop';
let server: GitHubServer;
let pr: number;

async function start(options: Parameters<typeof startGitHubServer>[0] = {}) {
  server = await startGitHubServer(options);
  server.state.addUser({ login: 'testops-bot', token: 'write-token' });
  server.state.addRepo({ owner: 'acme', name: 'shop' });
  pr = server.state.addPull(FULL, { head: { ref: 'feature', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } }).number;
}

async function comment(log = memoryLog()) {
  const octokit = createClient({ token: 'write-token', baseUrl: server.url, retryAfterBaseValue: 1, log });
  return upsertStickyComment({
    api: commentsApi(octokit),
    owner: 'acme',
    repo: 'shop',
    issue: pr,
    body: 'testops report',
    mode: 'always',
    failed: false,
    log,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('rate limits against the offline GitHub', () => {
  afterEach(async () => {
    try {
      server.assertNoViolations();
    } finally {
      await server.close();
    }
  });

  describe('secondary', () => {
    beforeEach(() => start());

    it('a persistent secondary rate limit fails as a rate limit with the wait, after 3 retries counted 1 to 3', async () => {
      server.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/create-comment', retryAfter: 1, times: 10 });
      const log = memoryLog();
      const started = Date.now();
      const error = await failure(comment(log));
      expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
      expect(error).toBeInstanceOf(GitHubRateLimitError);
      const message = describeGitHubError(error);
      expect(message).toBe(
        'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: still limited after 3 retries; GitHub asks to wait 1s more',
      );
      expect(message).not.toMatch(/read-only|permission/);
      // one request and three retries, each wait said once, counted against the limit
      expect(
        server
          .requests()
          .filter((r) => r.operation === 'issues/create-comment')
          .map((r) => r.status),
      ).toEqual([403, 403, 403, 403]);
      const waits = log.lines.filter((line) => /rate limit/.test(line));
      expect(waits).toEqual([1, 2, 3].map((n) => expect.stringMatching(new RegExp(`waiting 1s for retry ${n} of 3$`))));
      expect(log.lines.join('\n')).not.toMatch(/\(4\/3\)|retry 4|::warning/);
    }, 30_000);

    it('a secondary rate limit that lifts is waited out and said once per wait', async () => {
      server.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/create-comment', retryAfter: 1, times: 1 });
      const log = memoryLog();
      const result = await comment(log);
      expect(result.action).toBe('created');
      expect(log.lines.filter((line) => /rate limit/.test(line))).toEqual([expect.stringMatching(/waiting 1s for retry 1 of 3$/)]);
    });
  });

  describe('primary', () => {
    // the token's hourly quota: 2 requests (list comments, create) and then refused for an hour
    beforeEach(() => start({ coreLimitPerHour: 1 }));

    it('an exhausted hourly quota is not waited out: the error says so and how long GitHub asks', async () => {
      const error = await failure(comment());
      expect(error).toBeInstanceOf(GitHubRateLimitError);
      expect(describeGitHubError(error)).toMatch(
        /^GitHub API rate limit \(the token's hourly quota is used up\) on GET \/repos\/acme\/shop\/issues\/1\/comments: not waited out: GitHub asks to wait (59|60) min, longer than testops waits for a retry \(2 min\)$/,
      );
    });
  });

  describe('not a rate limit', () => {
    beforeEach(() => start());

    it('a 403 from a read-only token is still said to be the token', async () => {
      server.state.addUser({ login: 'fork-bot', token: 'read-token', readOnly: true });
      const octokit = createClient({ token: 'read-token', baseUrl: server.url, retryAfterBaseValue: 1 });
      const error = await failure(commentsApi(octokit).create('acme', 'shop', pr, 'x'));
      expect(error).not.toBeInstanceOf(GitHubRateLimitError);
      expect(describeGitHubError(error)).toMatch(/^GitHub refused the write \(403\): the token is read-only/);
    });
  });
});
