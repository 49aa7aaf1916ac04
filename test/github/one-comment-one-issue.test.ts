/**
 * One comment, one issue, whoever the token is — against the GitHub stand-in, through the real
 * client: the sticky marker counts only as the first line of a comment by testops' own identity
 * (a personal token's user, GITHUB_TOKEN's or a GitHub App's bot, learnt from GraphQL's viewer when
 * GET /user is refused), and runs that race to create the comment leave exactly one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeFlakiness, syncFlakyIssues } from '../../src/flaky/index.js';
import { testMarker } from '../../src/flaky/issue-body.js';
import { createClient } from '../../src/github/client.js';
import { commentMarker, commentsApi, upsertStickyComment } from '../../src/github/comments.js';
import { flakyIssuesApi } from '../../src/github/issues.js';
import { renderComment } from '../../src/render/index.js';
import { memoryLog } from '../../src/util/log.js';
import { event, flakyConfig, runsFile, suiteRun, testCase } from '../flaky/helpers.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import { failingReport } from '../render/fixtures/reports.js';

const REPO = 'acme/app';
const APP_BOT = 'testops-ci[bot]';
let server: GitHubServer;

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser({ login: 'testops-bot', token: 'personal-token' });
  server.state.addUser({ login: 'github-actions[bot]', token: 'ghs_workflow', app: true });
  // a GitHub App's installation token (actions/create-github-app-token): GET /user is refused
  server.state.addUser({ login: APP_BOT, token: 'ghs_app_installation', app: true });
  server.state.addUser({ login: 'mallory', token: 'mallory-token' });
  server.state.addRepo({ owner: 'acme', name: 'app' });
});

afterEach(async () => {
  try {
    server.assertNoViolations();
  } finally {
    await server.close();
  }
});

/** A client as one report step (one process) has: its own throttling limiters. */
let processes = 0;
const client = (token: string) =>
  createClient({ token, baseUrl: server.url, retryAfterBaseValue: 1, throttleId: `process-${++processes}` });
const newPull = () =>
  server.state.addPull(REPO, { head: { ref: 'feature', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } }).number;

function upsert(token: string, pull: number, body: string, commentId?: string) {
  return upsertStickyComment({
    api: commentsApi(client(token)),
    owner: 'acme',
    repo: 'app',
    issue: pull,
    body,
    ...(commentId ? { commentId } : {}),
    mode: 'always',
    failed: true,
    log: memoryLog(),
  });
}

describe('the identity of the token', () => {
  it.each([
    ['a personal token', 'personal-token', 'testops-bot'],
    ['GITHUB_TOKEN', 'ghs_workflow', 'github-actions[bot]'],
    ['a GitHub App installation token', 'ghs_app_installation', APP_BOT],
  ])('%s: its comments are found again as its own', async (_label, token, login) => {
    expect(await commentsApi(client(token)).login()).toBe(login);
    expect(await flakyIssuesApi(client(token)).login()).toBe(login);
  });

  it('an App token run three times leaves one comment and one issue per flaky test', async () => {
    const pull = newPull();
    const flakyTests = [testCase('saves the draft', 'fp'), testCase('loads the cart', 'fp')];
    const tests = [...flakyTests, testCase('steady', 'p')];
    for (const run of [1, 2, 3]) {
      // a fresh client per run, as each report step is its own process
      const octokit = client('ghs_app_installation');
      const at = new Date(Date.parse('2026-03-01T00:00:00Z') + run * 3_600_000);
      const runs = runsFile([suiteRun('unit', tests)], at.toISOString());
      const config = flakyConfig();
      const info = event({ runId: String(run), headSha: run.toString(16).padStart(40, 'a') });
      const entries = analyzeFlakiness({ runs, baseline: null, config, event: info });
      const result = await syncFlakyIssues({
        api: flakyIssuesApi(octokit),
        owner: 'acme',
        repo: 'app',
        entries,
        runs,
        baseline: null,
        event: info,
        config,
        now: at,
        log: memoryLog(),
      });
      expect(result.problems).toEqual([]);
      const body = renderComment({ ...failingReport(), flaky: entries });
      const log = memoryLog();
      await upsertStickyComment({
        api: commentsApi(octokit),
        owner: 'acme',
        repo: 'app',
        issue: pull,
        body,
        mode: 'always',
        failed: true,
        log,
      });
    }
    const comments = server.state.comments(REPO, pull);
    expect(comments.map((comment) => comment.user)).toEqual([APP_BOT]);
    const issues = server.state.issues(REPO);
    for (const test of flakyTests) {
      const mine = issues.filter((issue) => issue.body?.startsWith(testMarker(test.id)));
      expect(mine.map((issue) => [issue.user, issue.state])).toEqual([[APP_BOT, 'open']]);
    }
    expect(issues).toHaveLength(flakyTests.length);
    // GET /user was refused each time; GraphQL's viewer named the bot
    const asked = server.requests().filter((request) => request.login === APP_BOT);
    expect(asked.filter((request) => request.operation === 'users/get-authenticated').map((request) => request.status)).toEqual([
      403, 403, 403,
    ]);
    expect(asked.filter((request) => request.path === '/graphql' && JSON.stringify(request.body).includes('viewer')).length).toBe(3);
  }, 60_000);
});

describe('a quoted marker takes over nothing', () => {
  it('a comment by testops that quotes another id’s marker below its first line, or one by someone else with the marker first, is not the sticky comment', async () => {
    const pull = newPull();
    const marker = commentMarker();
    // testops' own comment for comment-id "unit", whose failure text quotes the default marker
    const unit = server.state.addComment(REPO, pull, {
      body: `${commentMarker('unit')}\nFailure:\n${marker}\n> ${marker}`,
      user: 'testops-bot',
    });
    // a person pasting a whole testops comment
    const pasted = server.state.addComment(REPO, pull, { body: `${marker}\ncopied`, user: 'mallory' });
    const result = await upsert('personal-token', pull, 'the default job’s report');
    expect(result.action).toBe('created');
    const comments = server.state.comments(REPO, pull);
    expect(comments.map((comment) => [comment.id, comment.user, comment.body])).toEqual([
      [unit.id, 'testops-bot', unit.body],
      [pasted.id, 'mallory', pasted.body],
      [expect.any(Number), 'testops-bot', `${marker}\nthe default job’s report`],
    ]);
    // and the next run updates its own, still leaving the others alone
    expect((await upsert('personal-token', pull, 'second')).action).toBe('updated');
    expect(server.state.comments(REPO, pull).map((comment) => comment.body)).toEqual([unit.body, pasted.body, `${marker}\nsecond`]);
  });

  it('a failure message quoting the marker is rendered without it', async () => {
    const report = failingReport();
    report.failures[0]!.message = `expected <!-- testops:sticky id=default --> to equal x`;
    report.failures[0]!.name = '<!-- testops:sticky id=default -->';
    const body = renderComment(report, { commentId: 'unit' });
    expect(body.split('<!-- testops:sticky').length).toBe(2);
    expect(body.startsWith(`${commentMarker('unit')}\n`)).toBe(true);
  });
});

describe('racing runs', () => {
  it('five concurrent report steps leave exactly one comment, in each of 20 repetitions', async () => {
    const REPEATS = Number(process.env.RACE_REPEATS ?? 20);
    const RUNNERS = 5;
    const PARALLEL = 5;
    let raced = 0;
    const started = Date.now();
    // Repetitions run five at a time, each on its own PR (its runners are separate "processes" with
    // their own limiters, so they share nothing but the server), which keeps the test within a minute.
    const repetition = async (index: number) => {
      const pull = newPull();
      const results = await Promise.all(
        Array.from({ length: RUNNERS }, (_, runner) => upsert('personal-token', pull, `report of runner ${runner}`)),
      );
      const created = server
        .requests()
        .filter((request) => request.operation === 'issues/create-comment' && request.path.endsWith(`/issues/${pull}/comments`)).length;
      if (created > 1) raced++;
      const left = server.state.comments(REPO, pull);
      expect(left, `repetition ${index}: ${JSON.stringify(results)}`).toHaveLength(1);
      expect(left[0]?.user).toBe('testops-bot');
      expect(left[0]?.body.startsWith(`${commentMarker()}\n`)).toBe(true);
      // every runner that reports a URL reports the comment that stayed
      for (const result of results) if (result.url) expect(result.url).toContain(`#issuecomment-${left[0]?.id}`);
    };
    for (let wave = 0; wave < REPEATS; wave += PARALLEL)
      await Promise.all(Array.from({ length: Math.min(PARALLEL, REPEATS - wave) }, (_, offset) => repetition(wave + offset)));
    // the race is real: several runners created a comment before seeing the others'
    expect(raced).toBeGreaterThan(0);
    console.log(
      `racing runs: ${raced} of ${REPEATS} repetitions made more than one comment; one left in each (${Date.now() - started} ms)`,
    );
  }, 90_000);
});
