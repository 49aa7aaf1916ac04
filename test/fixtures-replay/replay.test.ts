import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { loadContract } from '../github-server/contract.js';
import { loadScenario, type ReplayServer, startReplayServer } from './replay.js';

// the token the fixtures were recorded with (a placeholder, not a credential)
const TOKEN = '0000000000000000000000000000000000000001';
let server: ReplayServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('recorded GitHub exchanges (@octokit/fixtures)', () => {
  it('paginates real Link headers across five pages (the client follows /repositories/{id} URLs)', async () => {
    server = await startReplayServer('paginate-issues');
    const gh = createClient({ token: TOKEN, baseUrl: server.url, retries: 0 });
    const issues = await gh.paginate(gh.rest.issues.listForRepo, { owner: 'octokit-fixture-org', repo: 'paginate-issues', per_page: 3 });
    expect(issues.map((issue) => issue.number)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(server.mismatches()).toEqual([]);
    expect(server.pending()).toEqual([]);
  });

  it('surfaces a real 422 Validation Failed body to the caller', async () => {
    server = await startReplayServer('errors');
    const gh = createClient({ token: TOKEN, baseUrl: server.url, retries: 0 });
    const error = await gh.rest.issues
      .createLabel({ owner: 'octokit-fixture-org', repo: 'errors', name: 'foo', color: 'invalid' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'invalid', field: 'color' }] } },
    });
    expect((error as Error).message).toContain('Validation Failed');
    expect(server.mismatches()).toEqual([]);
  });

  it('reads real search results and the search rate-limit headers', async () => {
    server = await startReplayServer('search-issues');
    const gh = createClient({ token: TOKEN, baseUrl: server.url, retries: 0 });
    const response = await gh.rest.search.issuesAndPullRequests({ q: 'sesame repo:octokit-fixture-org/search-issues' });
    expect(response.data.total_count).toBeGreaterThan(0);
    expect(response.headers['x-ratelimit-limit']).toBe('30');
    expect(response.headers['x-ratelimit-remaining']).toBe('29');
    expect(server.mismatches()).toEqual([]);
  });

  it('the contract subset accepts the recorded requests and recorded 2xx bodies the stand-in also serves', async () => {
    const api = await loadContract();
    const checked: string[] = [];
    const problems: string[] = [];
    for (const scenario of ['paginate-issues', 'add-labels-to-issue', 'labels', 'errors']) {
      for (const exchange of loadScenario(scenario)) {
        const url = new URL(exchange.path, 'https://api.github.com');
        const request = {
          method: exchange.method.toUpperCase(),
          path: url.pathname.replace(/^\/repositories\/1000\//, '/repos/octokit-fixture-org/paginate-issues/'),
          query: Object.fromEntries(url.searchParams),
          headers: { 'content-type': 'application/json' },
          body: exchange.body === '' ? undefined : exchange.body,
        };
        const operation = api.router.matchOperation(request as never);
        if (!operation?.operationId) continue;
        checked.push(`${operation.operationId} ${exchange.status}`);
        if (exchange.status < 300) {
          const requestCheck = api.validator.validateRequest(request as never, operation);
          if (!requestCheck.valid) problems.push(`${operation.operationId} request: ${JSON.stringify(requestCheck.errors).slice(0, 300)}`);
        }
        if (exchange.status < 300 && exchange.status !== 204) {
          const responseCheck = api.validator.validateResponse(exchange.response, operation, exchange.status);
          if (responseCheck.errors?.length)
            problems.push(`${operation.operationId} response: ${JSON.stringify(responseCheck.errors).slice(0, 300)}`);
        }
      }
    }
    expect(checked).toContain('issues/list-for-repo 200');
    expect(checked).toContain('issues/add-labels 200');
    expect(checked).toContain('issues/create-label 422');
    expect(problems).toEqual([]);
  });
});
