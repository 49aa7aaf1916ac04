import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitHubClient } from '../../src/github/client.js';
import { type GitHubServer, startGitHubServer } from './server.js';

const SHA_BASE = 'b'.repeat(40);
const SHA_HEAD = 'a'.repeat(40);

let server: GitHubServer;
let gh: GitHubClient;
const repo = { owner: 'acme', repo: 'app' };

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser({ login: 'testops-bot', token: 'write-token' });
  server.state.addUser({ login: 'fork-bot', token: 'read-token', readOnly: true });
  server.state.addRepo({ owner: 'acme', name: 'app' });
  server.state.addPull('acme/app', {
    head: { ref: 'feature', sha: SHA_HEAD },
    base: { ref: 'main', sha: SHA_BASE },
    files: [
      { filename: 'src/a.ts', status: 'modified', additions: 3, deletions: 1 },
      { filename: 'src/new-name.ts', status: 'renamed', additions: 0, deletions: 0, previousFilename: 'src/old-name.ts' },
    ],
  });
  gh = createClient({ token: 'write-token', baseUrl: server.url, retryAfterBaseValue: 1 });
});

afterEach(async () => {
  await server.close();
});

describe('contract checks', () => {
  it('rejects a body that breaks the schema, naming the operation and the schema error', async () => {
    const issue = server.state.addIssue('acme/app', { title: 'flaky: a' });
    const call = gh.rest.issues.update({ ...repo, issue_number: issue.number, state: 'reopened' as 'open' });
    await expect(call).rejects.toMatchObject({ status: 422 });
    expect(server.violations()).toEqual([
      expect.objectContaining({
        kind: 'request',
        operation: 'issues/update',
        message: expect.stringContaining('/requestBody/state must be equal to one of the allowed values (open, closed)'),
      }),
    ]);
    expect(() => server.assertNoViolations()).toThrow(/issues\/update .*state must be equal to one of the allowed values/);
  });

  it('fails a response that breaks the schema (answers 500 and records it)', async () => {
    const issue = server.state.addIssue('acme/app', { title: 'broken' });
    (issue as { stateReason: string }).stateReason = 'forgotten';
    const response = await fetch(`${server.url}/repos/acme/app/issues/${issue.number}`, {
      headers: { authorization: 'token write-token' },
    });
    expect(response.status).toBe(500);
    expect(server.violations()[0]).toMatchObject({
      kind: 'response',
      operation: 'issues/get',
      message: expect.stringContaining('/state_reason'),
    });
  });

  it('answers 501 for a documented query parameter it would otherwise ignore', async () => {
    const once = createClient({ token: 'write-token', baseUrl: server.url, retries: 0 });
    await expect(once.rest.issues.listForRepo({ ...repo, creator: 'someone' })).rejects.toMatchObject({ status: 501 });
    expect(server.takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        message: 'query parameter creator of issues/list-for-repo is valid for GitHub but not implemented by the stand-in',
      }),
    ]);
  });

  it('answers 501 for an endpoint it does not serve and records it', async () => {
    const response = await fetch(`${server.url}/repos/acme/app/branches`, { headers: { authorization: 'token write-token' } });
    expect(response.status).toBe(501);
    expect(server.violations()[0]).toMatchObject({ kind: 'unimplemented', operation: 'GET /repos/acme/app/branches' });
    expect(() => server.assertNoViolations()).toThrow(/not an operation of the contract subset/);
  });

  it('serves every implemented operation with contract-valid responses through the real client', async () => {
    server.state.setComparison('acme/app', 'main', 'feature', {
      files: [{ filename: 'src/a.ts', status: 'modified', additions: 1, deletions: 0 }],
      commits: [{ sha: SHA_HEAD, message: 'change a', author: 'testops-bot', parents: [SHA_BASE] }],
    });
    expect((await gh.rest.users.getAuthenticated()).data.login).toBe('testops-bot');
    expect((await gh.rest.repos.get(repo)).data.default_branch).toBe('main');
    const pull = (await gh.rest.pulls.get({ ...repo, pull_number: 1 })).data;
    expect([pull.head.sha, pull.base.ref, pull.changed_files]).toEqual([SHA_HEAD, 'main', 2]);
    expect((await gh.rest.pulls.list(repo)).data.map((p) => p.number)).toEqual([1]);
    const files = (await gh.rest.pulls.listFiles({ ...repo, pull_number: 1 })).data;
    expect(files.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['src/a.ts', 'modified', undefined],
      ['src/new-name.ts', 'renamed', 'src/old-name.ts'],
    ]);
    const comparison = (await gh.rest.repos.compareCommits({ ...repo, base: 'main', head: 'feature' })).data;
    expect([comparison.ahead_by, comparison.files?.[0]?.filename]).toEqual([1, 'src/a.ts']);
    const label = (await gh.rest.issues.createLabel({ ...repo, name: 'flaky-test', color: 'd73a4a' })).data;
    expect(label.name).toBe('flaky-test');
    await expect(gh.rest.issues.createLabel({ ...repo, name: 'flaky-test', color: 'd73a4a' })).rejects.toMatchObject({ status: 422 });
    expect((await gh.rest.issues.getLabel({ ...repo, name: 'flaky-test' })).data.color).toBe('d73a4a');
    const issue = (
      await gh.rest.issues.create({ ...repo, title: 'Flaky: adds numbers', body: '<!-- testops:flaky id=abc -->', labels: ['flaky-test'] })
    ).data;
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['flaky-test']);
    await gh.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['quarantined'] });
    await gh.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: 'quarantined' });
    await gh.rest.issues.setLabels({ ...repo, issue_number: issue.number, labels: ['flaky-test', 'tests'] });
    const closed = (await gh.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' })).data;
    expect([closed.state, closed.state_reason, closed.closed_at !== null]).toEqual(['closed', 'completed', true]);
    const reopened = (await gh.rest.issues.update({ ...repo, issue_number: issue.number, state: 'open' })).data;
    expect([reopened.state, reopened.state_reason, reopened.closed_at]).toEqual(['open', 'reopened', null]);
    expect((await gh.rest.issues.get({ ...repo, issue_number: issue.number })).data.labels).toHaveLength(2);
    const older = server.state.addIssue('acme/app', { title: 'older' });
    await gh.rest.issues.update({ ...repo, issue_number: older.number, body: 'touched last' });
    const byUpdate = (await gh.rest.issues.listForRepo({ ...repo, state: 'all', sort: 'updated', direction: 'desc' })).data;
    expect(byUpdate[0]?.number).toBe(older.number);
    const byCreation = (await gh.rest.issues.listForRepo({ ...repo, state: 'all', sort: 'created', direction: 'asc' })).data;
    expect(byCreation.map((i) => i.number)).toEqual([1, issue.number, older.number]);
    const open = (await gh.rest.issues.listForRepo({ ...repo, labels: 'flaky-test', state: 'open' })).data;
    expect(open.map((i) => i.number)).toEqual([issue.number]);
    expect((await gh.rest.issues.listLabelsForRepo(repo)).data.map((l) => l.name).sort()).toEqual(['flaky-test', 'quarantined', 'tests']);
    const comment = (await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'first' })).data;
    expect(comment.user?.login).toBe('testops-bot');
    expect((await gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'second' })).data.body).toBe('second');
    expect((await gh.rest.issues.getComment({ ...repo, comment_id: comment.id })).data.body).toBe('second');
    await gh.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
    expect(server.state.comments('acme/app', 1)).toEqual([]);
    const limits = (await gh.rest.rateLimit.get()).data;
    expect(limits.resources.search.limit).toBe(30);
    server.assertNoViolations();
  });
});

describe('pagination and rate-limit headers', () => {
  it('pages 250 comments with real Link headers and honours per_page', async () => {
    for (let i = 0; i < 250; i++) server.state.addComment('acme/app', 1, { body: `comment ${i}`, user: 'someone' });
    const first = await gh.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${server.url}/repos/acme/app/issues/1/comments?per_page=100&page=2>; rel="next", <${server.url}/repos/acme/app/issues/1/comments?per_page=100&page=3>; rel="last"`,
    );
    const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    const lastPage = await gh.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 100, page: 3 });
    expect(lastPage.data).toHaveLength(50);
    expect(lastPage.headers.link).toContain('rel="prev"');
    expect(lastPage.headers.link).not.toContain('rel="next"');
    // default 30 a page, at most 100
    expect((await gh.rest.issues.listComments({ ...repo, issue_number: 1 })).data).toHaveLength(30);
    expect((await gh.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 500 })).data).toHaveLength(100);
    server.assertNoViolations();
  });

  it('sends x-ratelimit-* on every response and limits search to 30 a minute', async () => {
    const core = await fetch(`${server.url}/repos/acme/app`, { headers: { authorization: 'token write-token' } });
    expect(core.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(core.headers.get('x-ratelimit-remaining')).toBe('4999');
    expect(core.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(core.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    const missing = await fetch(`${server.url}/repos/acme/nothing`, { headers: { authorization: 'token write-token' } });
    expect([missing.status, missing.headers.get('x-ratelimit-remaining')]).toEqual([404, '4998']);
    const unknown = await fetch(`${server.url}/repos/acme/app`, { headers: { authorization: 'token wrong' } });
    expect([unknown.status, unknown.headers.get('x-ratelimit-limit')]).toEqual([401, '5000']);
    const unimplemented = await fetch(`${server.url}/repos/acme/app/branches`, { headers: { authorization: 'token write-token' } });
    expect([unimplemented.status, unimplemented.headers.get('x-ratelimit-remaining')]).toEqual([501, '4997']);
    server.takeViolations();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await fetch(`${server.url}/search/issues?q=${encodeURIComponent('repo:acme/app is:issue')}`, {
        headers: { authorization: 'token write-token' },
      });
      statuses.push(response.status);
      if (i === 30) expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.at(-1)).toBe(403);
  });
});

describe('graphql', () => {
  it('answers isMinimized for comment node ids and records any other query as unimplemented', async () => {
    const hidden = server.state.addComment('acme/app', 1, { body: 'old report' });
    hidden.minimized = true;
    const shown = server.state.addComment('acme/app', 1, { body: 'report' });
    const listed = (await gh.rest.issues.listComments({ ...repo, issue_number: 1 })).data;
    const ids = listed.map((c) => c.node_id);
    const result = await gh.graphql<{ nodes: { id: string; isMinimized: boolean }[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids },
    );
    expect(result.nodes.map((n) => n.isMinimized)).toEqual([true, false]);
    expect(listed.map((c) => c.id)).toEqual([hidden.id, shown.id]);
    // viewer is the token's identity, as GitHub answers it
    expect(await gh.graphql('query { viewer { login } }')).toEqual({ viewer: { login: 'testops-bot' } });
    await expect(gh.graphql('query { repository(owner: "acme", name: "app") { id } }', { request: { retries: 0 } })).rejects.toMatchObject({
      status: 501,
    });
    expect(server.violations()).toEqual([expect.objectContaining({ kind: 'unimplemented', path: '/graphql' })]);
  });
});

describe('search', () => {
  it('understands repo:, is:issue, label:, state:, in:body and quoted phrases', async () => {
    server.state.addRepo({ owner: 'acme', name: 'other' });
    const target = server.state.addIssue('acme/app', {
      title: 'Flaky test: sums',
      body: 'marker <!-- testops:flaky id=123 -->',
      labels: ['flaky test'],
    });
    server.state.addIssue('acme/app', {
      title: 'Flaky test: closed',
      body: 'marker <!-- testops:flaky id=123 -->',
      labels: ['flaky test'],
      state: 'closed',
    });
    server.state.addIssue('acme/app', { title: 'no label', body: 'marker <!-- testops:flaky id=123 -->' });
    server.state.addIssue('acme/other', { title: 'elsewhere', body: 'marker <!-- testops:flaky id=123 -->', labels: ['flaky test'] });
    server.state.addComment('acme/app', 1, { body: 'a PR is not an issue: testops:flaky id=123' });
    const q = 'repo:acme/app is:issue label:"flaky test" state:open "testops:flaky id=123" in:body';
    const result = (await gh.rest.search.issuesAndPullRequests({ q })).data;
    expect(result.items.map((i) => i.number)).toEqual([target.number]);
    expect(result.total_count).toBe(1);
    const bothStates = (await gh.rest.search.issuesAndPullRequests({ q: 'repo:acme/app is:issue "testops:flaky id=123"' })).data;
    expect(bothStates.total_count).toBe(3);
    await expect(gh.rest.search.issuesAndPullRequests({ q: 'repo:acme/app author:me' })).rejects.toMatchObject({ status: 422 });
  });
});

describe('permissions and faults', () => {
  it('gives a read-only token reads but 403 on writes; an app token cannot read /user', async () => {
    const fork = createClient({ token: 'read-token', baseUrl: server.url, retries: 0 });
    expect((await fork.rest.issues.listComments({ ...repo, issue_number: 1 })).data).toEqual([]);
    await expect(fork.rest.issues.createComment({ ...repo, issue_number: 1, body: 'report' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(server.state.comments('acme/app', 1)).toEqual([]);
    await expect(createClient({ token: 'nobody', baseUrl: server.url, retries: 0 }).rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 401,
    });
  });

  it('answers a secondary rate limit with 403 and retry-after, which the client waits out', async () => {
    server.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/create-comment', retryAfter: 1 });
    const started = Date.now();
    const created = await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: 'after the wait' });
    expect(created.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const attempts = server.requests().filter((r) => r.operation === 'issues/create-comment');
    expect(attempts.map((r) => r.status)).toEqual([403, 201]);
    expect(server.state.comments('acme/app', 1).map((c) => c.body)).toEqual(['after the wait']);
  });

  it('answers 429 with retry-after, and 500/502, which the client retries', async () => {
    server.injectFault({ kind: 'rate-limit', operation: 'issues/list-comments', retryAfter: 1 });
    server.injectFault({ kind: 'server-error', operation: 'pulls/get', status: 502 });
    server.injectFault({ kind: 'server-error', operation: 'pulls/get', status: 500 });
    expect((await gh.rest.issues.listComments({ ...repo, issue_number: 1 })).status).toBe(200);
    expect((await gh.rest.pulls.get({ ...repo, pull_number: 1 })).status).toBe(200);
    const statuses = server.requests().map((r) => `${r.operation} ${r.status}`);
    expect(statuses).toEqual(['issues/list-comments 429', 'issues/list-comments 200', 'pulls/get 502', 'pulls/get 500', 'pulls/get 200']);
  });

  it('delays a slow response', async () => {
    server.injectFault({ kind: 'slow', operation: 'repos/get', delayMs: 300 });
    const started = Date.now();
    await gh.rest.repos.get(repo);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('answers 404 for a comment deleted behind the client', async () => {
    const comment = server.state.addComment('acme/app', 1, { body: 'sticky', user: 'testops-bot' });
    server.state.deleteComment('acme/app', comment.id);
    await expect(gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'x' })).rejects.toMatchObject({ status: 404 });
    server.injectFault({ kind: 'not-found', operation: 'issues/get-comment' });
    const kept = server.state.addComment('acme/app', 1, { body: 'kept' });
    await expect(gh.rest.issues.getComment({ ...repo, comment_id: kept.id })).rejects.toMatchObject({ status: 404 });
    server.assertNoViolations();
  });
});
