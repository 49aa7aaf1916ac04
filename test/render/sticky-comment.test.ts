/**
 * The sticky comment against the offline GitHub (test/github-server): real HTTP, the real
 * throttled Octokit client, every request and response checked against GitHub's OpenAPI.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { type CommentsApi, commentMarker, commentsApi, pullHeadMatches, upsertStickyComment } from '../../src/github/comments.js';
import { renderComment } from '../../src/render/index.js';
import { memoryLog } from '../../src/util/log.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import { failingReport, greenReport, oversizedReport } from './fixtures/reports.js';

const FULL = 'acme/shop';
let server: GitHubServer;
let pr: number;

function api(token = 'write-token', checkMinimized = false): CommentsApi {
  const octokit = createClient({ token, baseUrl: server.url, retryAfterBaseValue: 1 });
  return commentsApi(octokit, { checkMinimized });
}

function upsert(body: string, extra: Partial<Parameters<typeof upsertStickyComment>[0]> = {}) {
  const log = memoryLog();
  return upsertStickyComment({ api: api(), owner: 'acme', repo: 'shop', issue: pr, body, mode: 'always', failed: false, log, ...extra });
}

/** A push: the same PR with a new head commit and run. */
function pushed(report = failingReport(), sha = 'c0ffee0000000000000000000000000000000001', run = '11873450999') {
  report.event.headSha = sha;
  report.event.runId = run;
  report.runUrl = `https://github.com/acme/shop/actions/runs/${run}`;
  return report;
}

const ours = () => server.state.comments(FULL, pr).filter((comment) => comment.user === 'testops-bot');
const writes = () => server.requests().filter((request) => request.method !== 'GET');

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser({ login: 'testops-bot', token: 'write-token' });
  server.state.addUser({ login: 'fork-bot', token: 'read-token', readOnly: true });
  server.state.addUser({ login: 'mallory' });
  server.state.addUser({ login: 'alice' });
  server.state.addRepo({ owner: 'acme', name: 'shop' });
  pr = server.state.addPull(FULL, {
    head: { ref: 'feature/cart-totals', sha: 'a'.repeat(40) },
    base: { ref: 'main', sha: 'b'.repeat(40) },
  }).number;
});

afterEach(async () => {
  try {
    server.assertNoViolations();
  } finally {
    await server.close();
  }
});

describe('upsertStickyComment against the offline GitHub', () => {
  it('stays one comment across pushes: created, then updated in place, then left alone when unchanged', async () => {
    const first = renderComment(failingReport());
    expect(await upsert(first)).toMatchObject({ action: 'created' });
    const [comment] = ours();
    expect(comment.body).toBe(first);

    const second = renderComment(pushed(greenReport()));
    const result = await upsert(second);
    expect(result.action).toBe('updated');
    expect(result.url).toMatch(new RegExp(`/pull/${pr}#issuecomment-${comment.id}$`));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({ id: comment.id, body: second });

    const before = writes().length;
    expect(await upsert(second)).toMatchObject({ action: 'unchanged' });
    expect(writes()).toHaveLength(before);
  });

  it('finds its comment among 250 others by reading every page', async () => {
    for (let index = 0; index < 120; index++)
      server.state.addComment(FULL, pr, { body: `LGTM ${index}`, user: index % 2 ? 'alice' : 'mallory' });
    // The bot's own comments without the marker are not the sticky one either.
    for (let index = 0; index < 10; index++) server.state.addComment(FULL, pr, { body: `deploy preview ${index}`, user: 'testops-bot' });
    const stale = server.state.addComment(FULL, pr, { body: renderComment(failingReport()), user: 'testops-bot' });
    for (let index = 0; index < 120; index++) server.state.addComment(FULL, pr, { body: `nit ${index}`, user: 'alice' });
    expect(server.state.comments(FULL, pr)).toHaveLength(251);

    const body = renderComment(pushed());
    expect(await upsert(body)).toMatchObject({ action: 'updated' });
    expect(server.state.comments(FULL, pr)).toHaveLength(251);
    expect(ours().find((comment) => comment.id === stale.id)?.body).toBe(body);
    const listed = server.requests().filter((request) => request.operation === 'issues/list-comments');
    expect(listed).toHaveLength(3);
  });

  it('posts an oversized report trimmed to what GitHub accepts', async () => {
    const body = renderComment(oversizedReport(), { summaryUrl: 'https://github.com/acme/shop/actions/runs/11873450112' });
    expect(await upsert(body)).toMatchObject({ action: 'created' });
    expect(ours()[0].body.length).toBeLessThanOrEqual(65_536);
    expect(ours()[0].body).toContain('This comment was trimmed');
    // A body GitHub would refuse is refused before any request, saying why.
    await expect(upsert(`${body}${'x'.repeat(65_537 - body.length)}`)).rejects.toThrow(
      'the comment body is 65537 characters; GitHub accepts at most 65536 (renderComment trims to fit)',
    );
  });

  it("ignores a look-alike marker in someone else's comment", async () => {
    const forged = server.state.addComment(FULL, pr, { body: `${commentMarker()}\nAll green, merge away!`, user: 'mallory' });
    const body = renderComment(failingReport());
    expect(await upsert(body)).toMatchObject({ action: 'created' });
    expect(server.state.comments(FULL, pr).find((comment) => comment.id === forged.id)?.body).toBe(
      `${commentMarker()}\nAll green, merge away!`,
    );
    expect(ours()).toHaveLength(1);
    expect(writes().map((request) => request.operation)).toEqual(['issues/create-comment']);
  });

  it('creates the comment again when it was deleted between listing and updating (404)', async () => {
    const old = server.state.addComment(FULL, pr, { body: renderComment(failingReport()), user: 'testops-bot' });
    const real = api();
    const racing: CommentsApi = {
      ...real,
      update: (owner, repo, id, body) => {
        server.state.deleteComment(FULL, id);
        return real.update(owner, repo, id, body);
      },
    };
    const log = memoryLog();
    const body = renderComment(pushed());
    const result = await upsertStickyComment({
      api: racing,
      owner: 'acme',
      repo: 'shop',
      issue: pr,
      body,
      mode: 'always',
      failed: true,
      log,
    });
    expect(result.action).toBe('created');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).not.toBe(old.id);
    expect(ours()[0].body).toBe(body);
    expect(server.requests().find((request) => request.operation === 'issues/update-comment')?.status).toBe(404);
    expect(log.lines.join('\n')).toContain('was deleted meanwhile; created it again');
  });

  it('keeps one comment per comment-id', async () => {
    await upsert(renderComment(failingReport(), { commentId: 'unit' }), { commentId: 'unit' });
    await upsert(renderComment(greenReport(), { commentId: 'e2e' }), { commentId: 'e2e' });
    expect(await upsert(renderComment(pushed(), { commentId: 'unit' }), { commentId: 'unit' })).toMatchObject({ action: 'updated' });
    const bodies = ours().map((comment) => comment.body.split('\n')[0]);
    expect(bodies).toEqual([commentMarker('unit'), commentMarker('e2e')]);
  });

  it('adds the marker when the body lacks it', async () => {
    await upsert('hello', { commentId: 'plain' });
    expect(ours()[0].body).toBe(`${commentMarker('plain')}\nhello`);
    expect(await upsert('hello', { commentId: 'plain' })).toMatchObject({ action: 'unchanged' });
  });

  it('with a read-only token (fork PR) writes nothing and says why, without failing', async () => {
    const log = memoryLog();
    const result = await upsertStickyComment({
      api: api('read-token'),
      owner: 'acme',
      repo: 'shop',
      issue: pr,
      body: renderComment(failingReport()),
      mode: 'always',
      failed: true,
      log,
    });
    expect(result).toEqual({ action: 'skipped' });
    expect(server.state.comments(FULL, pr)).toHaveLength(0);
    expect(log.lines.join('\n')).toMatch(/::warning::cannot write the PR comment on acme\/shop#\d+: the token is read-only/);
  });

  it('asks GraphQL about marked comments only, and writes a new comment when ours was minimized', async () => {
    const hidden = server.state.addComment(FULL, pr, { body: renderComment(failingReport()), user: 'testops-bot' });
    server.state.addComment(FULL, pr, { body: 'unrelated', user: 'alice' });
    hidden.minimized = true;
    const body = renderComment(pushed());
    expect(await upsert(body, { api: api('write-token', true) })).toMatchObject({ action: 'created' });
    // before creating (the hidden one) and after (the hidden one and the new one, to settle a race)
    const graphql = server.requests().filter((request) => request.path === '/graphql');
    expect(graphql.map((request) => (request.body as { variables: { ids: string[] } }).variables.ids.length)).toEqual([1, 2]);
    // The hidden comment is left as it was; the new one is the sticky comment from now on.
    expect(ours().map((comment) => comment.body)).toEqual([renderComment(failingReport()), body]);

    // Unhidden again: both are visible, the oldest is the sticky one and the newer is deleted.
    hidden.minimized = false;
    expect(await upsert(renderComment(greenReport()), { api: api('write-token', true) })).toMatchObject({ action: 'updated' });
    expect(ours().map((comment) => comment.body)).toEqual([renderComment(greenReport())]);
  });

  it('treats comments as not minimized when the GraphQL question cannot be answered', async () => {
    const hidden = server.state.addComment(FULL, pr, { body: renderComment(failingReport()), user: 'testops-bot' });
    hidden.minimized = true;
    // The stand-in's fault injection covers REST only, so this one failure is made by hand: the
    // real client, with its GraphQL call failing the way Octokit reports a 502.
    const octokit = createClient({ token: 'write-token', baseUrl: server.url, retryAfterBaseValue: 1 });
    const failing = Object.assign(Object.create(octokit), {
      graphql: async () => {
        throw Object.assign(new Error('Bad Gateway'), { status: 502 });
      },
    }) as typeof octokit;
    const log = memoryLog();
    const listed = await commentsApi(failing, { log }).list('acme', 'shop', pr);
    expect(listed).toHaveLength(1);
    expect(listed[0].minimized).toBeUndefined();
    expect(log.lines).toContain('::debug::could not ask GraphQL whether comments are minimized (502); treating them as not minimized');
  });

  it("finds the workflow token's comments although GET /user is refused to it", async () => {
    server.state.addUser({ login: 'github-actions[bot]', token: 'app-token', app: true, type: 'Bot' });
    const earlier = server.state.addComment(FULL, pr, { body: renderComment(failingReport()), user: 'github-actions[bot]' });
    const octokit = createClient({ token: 'app-token', baseUrl: server.url, retryAfterBaseValue: 1 });
    const body = renderComment(pushed());
    const result = await upsert(body, { api: commentsApi(octokit) });
    expect(result.action).toBe('updated');
    expect(server.state.comments(FULL, pr).map((comment) => comment.id)).toEqual([earlier.id]);
    expect(server.requests().find((request) => request.operation === 'users/get-authenticated')?.status).toBe(403);
  });
});

describe('comment-mode', () => {
  const green = () => renderComment(greenReport());
  const red = () => renderComment(failingReport());

  it('on-failure: nothing for a passing run without a comment; created when failing; a later pass updates it', async () => {
    expect(await upsert(green(), { mode: 'on-failure', failed: false })).toEqual({ action: 'skipped' });
    expect(writes()).toHaveLength(0);
    expect(await upsert(red(), { mode: 'on-failure', failed: true })).toMatchObject({ action: 'created' });
    expect(await upsert(green(), { mode: 'on-failure', failed: false })).toMatchObject({ action: 'updated' });
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toBe(green());
  });

  it('on-change: a new commit or run alone (footer) does not rewrite the comment; a changed result does', async () => {
    await upsert(red(), { mode: 'on-change', failed: true });
    const samePushed = renderComment(pushed(failingReport()));
    expect(samePushed).not.toBe(red());
    expect(await upsert(samePushed, { mode: 'on-change', failed: true })).toMatchObject({ action: 'unchanged' });
    expect(ours()[0].body).toBe(red());
    expect(await upsert(renderComment(pushed(greenReport())), { mode: 'on-change', failed: false })).toMatchObject({ action: 'updated' });
  });

  it('always: a footer-only change is still written', async () => {
    await upsert(red());
    expect(await upsert(renderComment(pushed(failingReport())))).toMatchObject({ action: 'updated' });
  });

  it('off: writes nothing, and deletes an earlier comment so no stale verdict remains', async () => {
    expect(await upsert(red(), { mode: 'off', failed: true })).toEqual({ action: 'skipped' });
    expect(writes()).toHaveLength(0);
    server.state.addComment(FULL, pr, { body: red(), user: 'testops-bot' });
    const foreign = server.state.addComment(FULL, pr, { body: `${commentMarker()}\nnot ours`, user: 'mallory' });
    expect(await upsert(red(), { mode: 'off', failed: true })).toEqual({ action: 'deleted' });
    expect(server.state.comments(FULL, pr).map((comment) => comment.id)).toEqual([foreign.id]);
  });
});

describe('pullHeadMatches (workflow_run follow-up)', () => {
  it('is true only for the PR whose head is the tested commit', async () => {
    const octokit = createClient({ token: 'write-token', baseUrl: server.url, retryAfterBaseValue: 1 });
    const other = server.state.addPull(FULL, {
      head: { ref: 'other', sha: 'd'.repeat(40), repoOwner: 'contributor' },
      base: { ref: 'main', sha: 'b'.repeat(40) },
    });
    expect(await pullHeadMatches(octokit, { owner: 'acme', repo: 'shop', pull: pr, sha: 'a'.repeat(40) })).toBe(true);
    // A report naming another PR (a forged prNumber) does not match the run's commit.
    expect(await pullHeadMatches(octokit, { owner: 'acme', repo: 'shop', pull: other.number, sha: 'a'.repeat(40) })).toBe(false);
    expect(await pullHeadMatches(octokit, { owner: 'acme', repo: 'shop', pull: 9999, sha: 'a'.repeat(40) })).toBe(false);
  });
});
