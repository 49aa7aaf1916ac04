// The issue lifecycle against the offline GitHub stand-in, through the real Octokit client
// (throttling + retry plugins) and the real FlakyIssuesApi.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeFlakiness, type IssueSyncResult, syncFlakyIssues } from '../../src/flaky/index.js';
import { parseBody, testMarker } from '../../src/flaky/issue-body.js';
import { createClient } from '../../src/github/client.js';
import { type FlakyIssuesApi, flakyIssuesApi } from '../../src/github/issues.js';
import type { Baseline, EventInfo, FlakyEntry, TestCase } from '../../src/model.js';
import { memoryLog } from '../../src/util/log.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import { baselineWith, event, flakyConfig, history, repeat, runsFile, suiteRun, testCase } from './helpers.js';

let server: GitHubServer;
const REPO = 'acme/app';

beforeEach(async () => {
  server = await startGitHubServer();
  server.state.addUser({ login: 'testops-bot', token: 'write-token' });
  server.state.addUser({ login: 'mallory', token: 'other-token' });
  server.state.addUser({ login: 'fork-bot', token: 'read-token', readOnly: true });
  server.state.addRepo({ owner: 'acme', name: 'app' });
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

const api = (token = 'write-token') => flakyIssuesApi(createClient({ token, baseUrl: server.url, retryAfterBaseValue: 1 }));

interface RunOptions {
  tests: TestCase[];
  suite?: string;
  run: number;
  event?: Partial<EventInfo>;
  baseline?: Baseline | null;
  mergeBaseAt?: string;
  token?: string;
  api?: FlakyIssuesApi;
  config?: Record<string, unknown>;
}

/** One run of the report step: analyse, then sync the issues. */
async function run(options: RunOptions): Promise<{ result: IssueSyncResult; entries: FlakyEntry[] }> {
  const at = new Date(Date.parse('2026-03-01T00:00:00Z') + options.run * 3_600_000).toISOString();
  const runs = runsFile([suiteRun(options.suite ?? 'unit', options.tests)], at);
  const config = flakyConfig({ labels: ['ci'], ...options.config });
  const info = event({ runId: String(options.run), headSha: options.run.toString(16).padStart(40, 'a'), ...options.event });
  const entries = analyzeFlakiness({ runs, baseline: options.baseline ?? null, config, event: info });
  const result = await syncFlakyIssues({
    api: options.api ?? api(options.token),
    owner: 'acme',
    repo: 'app',
    entries,
    runs,
    baseline: options.baseline ?? null,
    event: info,
    config,
    runUrl: `https://github.com/acme/app/actions/runs/${options.run}`,
    now: new Date(at),
    log: memoryLog(),
    ...(options.mergeBaseAt ? { mergeBaseAt: options.mergeBaseAt } : {}),
  });
  // the analysed entries are the report's: sync links them through result.links, never by changing them
  expect(entries.every((entry) => entry.issueNumber === undefined && entry.issueUrl === undefined)).toBe(true);
  const linked = entries.map((entry) => {
    const link = result.links[entry.id];
    return link ? { ...entry, issueNumber: link.number, issueUrl: link.url } : entry;
  });
  return { result, entries: linked };
}

const issues = () => [...server.state.repo(REPO).issues.values()];
const issuesFor = (test: TestCase) => issues().filter((issue) => issue.body?.includes(testMarker(test.id)));
const comments = (number: number) => server.state.comments(REPO, number).map((comment) => comment.body);
const flaky = testCase('saves the draft', 'fp', { message: 'Error: Test timed out in 5000ms' });
const clean = testCase('saves the draft', 'p');
const others = ['a', 'b', 'c'].map((name) => testCase(name, 'p'));

describe('flaky-test issue lifecycle', () => {
  it('creates one issue for a test that becomes flaky, with labels, marker, status and hints', async () => {
    const { result, entries } = await run({ tests: [flaky, ...others], run: 1 });
    expect(result).toMatchObject({ created: [expect.any(Number)], updated: [], reopened: [], closed: [], grouped: [], problems: [] });
    const [issue] = issuesFor(flaky);
    expect(issue).toMatchObject({ state: 'open', user: 'testops-bot', title: 'Flaky test: saves the draft (unit)' });
    expect(issue.labels.sort()).toEqual(['ci', 'flaky-test']);
    expect(issue.body).toContain('| Flake rate');
    expect(issue.body).toContain('**Timeout**');
    expect(issue.body).toContain('Error: Test timed out in 5000ms');
    expect(entries[0]).toMatchObject({ issueNumber: issue.number, issueUrl: `https://github.com/acme/app/issues/${issue.number}` });
  });

  it('updates the same issue with new evidence, without re-posting or commenting, and skips an unchanged body', async () => {
    const first = await run({ tests: [flaky, ...others], run: 1 });
    const second = await run({ tests: [flaky, ...others], run: 2 });
    expect(second.result.created).toEqual([]);
    expect(second.result.updated).toEqual(first.result.created);
    expect(issuesFor(flaky)).toHaveLength(1);
    expect(comments(first.result.created[0])).toEqual([]);
    expect(issuesFor(flaky)[0].body).toContain('[2](https://github.com/acme/app/actions/runs/2)');
    const writesBefore = server.requests().filter((request) => request.method !== 'GET').length;
    const again = await run({ tests: [flaky, ...others], run: 2 });
    expect(again.result.updated).toEqual([]);
    expect(server.requests().filter((request) => request.method !== 'GET').length).toBe(writesBefore);
  });

  it('ignores issues with the marker written by someone else', async () => {
    server.state.addIssue(REPO, { title: 'spoof', body: testMarker(flaky.id), labels: ['flaky-test'], user: 'mallory' });
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    expect(result.created).toHaveLength(1);
    expect(
      issuesFor(flaky)
        .map((issue) => issue.user)
        .sort(),
    ).toEqual(['mallory', 'testops-bot']);
  });

  it('keeps the history in the issue, so it closes the issue after a clean streak even with no baseline (cache evicted)', async () => {
    // Octokit's throttling spaces writes a second apart, so a looser clearing rule keeps this short:
    // with clear-below 30% the upper bound needs 9 clean runs (at the defaults it is 73, see assess.test.ts).
    const config = { 'clear-below': 30, 'stable-runs': 5 };
    const { result } = await run({ tests: [flaky, ...others], run: 1, config });
    const number = result.created[0];
    let closedAt = 0;
    for (let index = 2; index < 30 && !closedAt; index++) {
      const next = await run({ tests: [clean, ...others], run: index, baseline: null, config });
      if (next.result.closed.includes(number)) closedAt = index;
      else expect(next.result.updated).toEqual([number]);
    }
    expect(closedAt).toBe(10);
    const issue = server.state.repo(REPO).issues.get(number);
    expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(comments(number)).toEqual([expect.stringMatching(/^Closing: cleared: 9 clean runs since the last failure/)]);
    expect(parseBody(issue?.body).data?.history).toHaveLength(10);
  });

  it('reopens a closed issue when the test flakes again, but not from a branch older than the closing', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    const issue = server.state.repo(REPO).issues.get(number)!;
    issue.state = 'closed';
    issue.stateReason = 'completed';
    issue.closedAt = '2026-03-02T00:00:00Z';

    const pr = { isDefaultBranch: false, branch: 'feature', name: 'pull_request' };
    const stale = await run({ tests: [flaky, ...others], run: 40, event: pr, mergeBaseAt: '2026-03-01T12:00:00Z' });
    expect(stale.result).toMatchObject({ reopened: [], created: [], updated: [] });
    expect(issue.state).toBe('closed');

    const fresh = await run({ tests: [flaky, ...others], run: 41, event: pr, mergeBaseAt: '2026-03-02T06:00:00Z' });
    expect(fresh.result.reopened).toEqual([number]);
    expect(issue.state).toBe('open');
    expect(comments(number)).toEqual([
      expect.stringMatching(/^Reopened: the test flaked again in https:\/\/github.com\/acme\/app\/actions\/runs\/41/),
    ]);
    expect(issuesFor(flaky)).toHaveLength(1);
  });

  it('groups more than group-above tests of one suite that flake in one run into one issue, once per run', async () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      testCase(`flaky ${index}`, 'fp', { suite: 'int', message: 'connect ECONNREFUSED 127.0.0.1:5432' }),
    );
    const steady = Array.from({ length: 20 }, (_, index) => testCase(`steady ${index}`, 'p', { suite: 'int' }));
    const first = await run({ tests: [...many, ...steady], suite: 'int', run: 7 });
    expect(first.result.created).toEqual([]);
    expect(first.result.grouped).toHaveLength(1);
    expect(issues()).toHaveLength(1);
    const [group] = issues();
    expect(group.title).toBe('Flaky tests: 12 in suite int flaked in run 7');
    expect(group.body).toContain('**Network or connection** (12)');
    expect(first.entries.every((entry) => entry.issueNumber === group.number)).toBe(true);
    // A re-run of the same workflow run updates the same group issue.
    const rerun = await run({ tests: [...many, ...steady], suite: 'int', run: 7, event: { runAttempt: 2 } });
    expect(rerun.result.grouped).toEqual([group.number]);
    expect(issues()).toHaveLength(1);
  });

  it('creates no duplicates when two runs sync at the same moment', async () => {
    // Force the race: each run has listed the issues (and found none) before either creates.
    let arrived = 0;
    let release: () => void = () => {};
    const bothListed = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing = (): FlakyIssuesApi => {
      const real = api();
      return {
        ...real,
        async create(ref, issue) {
          if (++arrived === 2) release();
          await bothListed;
          return real.create(ref, issue);
        },
      };
    };
    const tests = [flaky, ...others];
    const [a, b] = await Promise.all([run({ tests, run: 1, api: racing() }), run({ tests, run: 1, api: racing() })]);
    expect(server.requests().filter((request) => request.operation === 'issues/create')).toHaveLength(2);
    const open = issuesFor(flaky).filter((issue) => issue.state === 'open');
    expect(open).toHaveLength(1);
    expect([...a.result.created, ...b.result.created]).toEqual([open[0].number]);
    const duplicate = issuesFor(flaky).find((issue) => issue.state === 'closed')!;
    expect(duplicate.number).toBeGreaterThan(open[0].number);
    expect(duplicate.stateReason).toBe('not_planned');
    expect(comments(duplicate.number)).toEqual([
      `Duplicate of #${open[0].number} (created by a parallel run); closing in favour of the older issue.`,
    ]);
    expect([...a.result.closed, ...b.result.closed]).toEqual([duplicate.number]);
    expect(a.entries[0].issueNumber).toBe(open[0].number);
    expect(b.entries[0].issueNumber).toBe(open[0].number);
  });

  it('closes a newer duplicate it finds on a later run', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const stray = server.state.addIssue(REPO, {
      title: 'dup',
      body: issuesFor(flaky)[0].body,
      labels: ['flaky-test'],
      user: 'testops-bot',
    });
    const next = await run({ tests: [flaky, ...others], run: 2 });
    expect(next.result.closed).toEqual([stray.number]);
    expect(
      issuesFor(flaky)
        .filter((issue) => issue.state === 'open')
        .map((issue) => issue.number),
    ).toEqual(result.created);
  });

  it('waits out a secondary rate limit on create and still creates exactly one issue', async () => {
    server.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/create', retryAfter: 1 });
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    expect(result.created).toHaveLength(1);
    expect(result.problems).toEqual([]);
    expect(issuesFor(flaky)).toHaveLength(1);
  });

  it('reports a read-only token (fork PR) as one clear problem instead of failing', async () => {
    const { result } = await run({
      tests: [flaky, ...others],
      run: 1,
      token: 'read-token',
      event: { isDefaultBranch: false, isFork: true },
    });
    expect(result.created).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^flaky-test issue for saves the draft \(unit\): create failed \(HTTP 403: /)]);
    expect(issues()).toEqual([]);
  });

  it('closes the issue of a test that has not run in 20 default-branch runs of its suite (removed or renamed)', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    // the suite ran 24 times since without the test, as the baseline records
    const since = history(repeat('p', 24), { start: Date.parse('2026-03-01T02:00:00Z') });
    const baseline = baselineWith(Object.fromEntries(others.map((test) => [test.id, { name: test.name, history: since }])));
    const later = await run({ tests: others, run: 30, baseline });
    expect(later.result.closed).toEqual([number]);
    expect(server.state.repo(REPO).issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(comments(number)).toEqual([
      expect.stringMatching(/^Closing: the test has not run in the last 25 default-branch runs of suite `unit` \(removed or renamed\)/),
    ]);
  });

  it("closes a removed test's issue when the tests that ran beside it only passed and have no past (the sync observes only those it needs)", async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    const since = history(repeat('p', 24), { start: Date.parse('2026-03-01T02:00:00Z') });
    const baseline = baselineWith(Object.fromEntries(others.map((test) => [test.id, { name: test.name, history: since }])));
    // the suite's tests were all replaced: new files, new names, nothing recorded for them, none failing
    const replaced = Array.from({ length: 50 }, (_, index) => testCase(`renders row ${index}`, 'p', { file: 'test/rows.test.ts' }));
    const later = await run({ tests: replaced, run: 30, baseline });
    expect(later.result).toMatchObject({ closed: [number], created: [], moved: [], reopened: [] });
    expect(server.state.repo(REPO).issues.get(number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
  });

  it('moves the issue to a renamed test (same file, similar name) instead of opening a second one', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    const renamed = testCase('saves the draft on blur', 'fp', { message: 'Error: Test timed out in 5000ms' });
    const next = await run({ tests: [renamed, ...others], run: 2 });
    expect(next.result).toMatchObject({ created: [], moved: [number] });
    expect(issues()).toHaveLength(1);
    const issue = server.state.repo(REPO).issues.get(number);
    expect(issue?.title).toBe('Flaky test: saves the draft on blur (unit)');
    expect(issue?.body).toContain(testMarker(renamed.id));
    expect(issue?.body).toContain('Formerly: **saves the draft**.');
    expect(parseBody(issue?.body).data?.history).toHaveLength(2);
    expect(comments(number)).toEqual([
      expect.stringMatching(/^The test was renamed: \*\*saves the draft\*\* is now \*\*saves the draft on blur\*\*/),
    ]);
    expect(next.entries[0]).toMatchObject({ issueNumber: number });
  });

  it('carries a closed issue over to a renamed test, left closed, and reopens it when the renamed test flakes again', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    const issue = server.state.repo(REPO).issues.get(number)!;
    issue.state = 'closed';
    issue.stateReason = 'completed';
    issue.closedAt = '2026-03-01T01:30:00Z';

    // renamed, passing: the issue follows the new name but stays closed
    const renamedClean = testCase('saves the draft on blur', 'p');
    const moved = await run({ tests: [renamedClean, ...others], run: 2 });
    expect(moved.result).toMatchObject({ created: [], moved: [number], reopened: [] });
    expect(issue).toMatchObject({ state: 'closed', title: 'Flaky test: saves the draft on blur (unit)' });
    expect(issue.body).toContain(testMarker(renamedClean.id));
    expect(issue.body).not.toContain(testMarker(flaky.id));
    expect(issue.body).toContain('Formerly: **saves the draft**.');

    // the renamed test flakes: the same issue reopens, no second one opens
    const renamedFlaky = testCase('saves the draft on blur', 'fp', { message: 'Error: Test timed out in 5000ms' });
    const again = await run({ tests: [renamedFlaky, ...others], run: 3 });
    expect(again.result).toMatchObject({ created: [], reopened: [number], grouped: [] });
    expect(issue.state).toBe('open');
    expect(issues()).toHaveLength(1);
    expect(again.entries.find((entry) => entry.id === renamedFlaky.id)).toMatchObject({ issueNumber: number });
    expect(comments(number)).toEqual([
      expect.stringMatching(/^The test was renamed: \*\*saves the draft\*\* is now \*\*saves the draft on blur\*\*/),
      expect.stringMatching(/^Reopened: the test flaked again in https:\/\/github.com\/acme\/app\/actions\/runs\/3/),
    ]);
  });

  it('says once, on the issue, when a flaky test becomes broken (every attempt failed in 3 runs in a row)', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1 });
    const number = result.created[0];
    const failing = testCase('saves the draft', 'fff', { message: 'TypeError: draft is undefined' });
    for (const index of [2, 3]) expect((await run({ tests: [failing, ...others], run: index })).result.updated).toEqual([number]);
    expect(comments(number)).toEqual([]);
    const third = await run({ tests: [failing, ...others], run: 4 });
    expect(third.result.updated).toEqual([number]);
    expect(comments(number)).toEqual([
      expect.stringMatching(/^Broken at [0-9a]{7}: broken, not flaky: failed every attempt in the last 3 runs/),
    ]);
    expect(server.state.repo(REPO).issues.get(number)?.body).toMatch(/\| Verdict +\| broken at [0-9a]{7}/);
    await run({ tests: [failing, ...others], run: 5 });
    expect(comments(number)).toHaveLength(1);
  });

  it('does nothing when issues are turned off', async () => {
    const { result } = await run({ tests: [flaky, ...others], run: 1, config: { issues: false } });
    expect(result).toEqual({ created: [], updated: [], reopened: [], closed: [], grouped: [], moved: [], problems: [], links: {} });
    expect(server.requests()).toEqual([]);
  });
});
