import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthSchema } from '../../src/config/sections/history.js';
import { createClient } from '../../src/github/client.js';
import { flakyIssuesApi } from '../../src/github/issues.js';
import { assessHealth } from '../../src/health/assess.js';
import { syncHealthIssue } from '../../src/health/issue.js';
import { HEALTH_MARKER, healthMarkdown, healthTitle } from '../../src/health/render.js';
import type { HistoryRecord } from '../../src/history/record.js';
import { CATALOGUE } from '../../src/record/catalogue.js';
import { type GitHubServer, startGitHubServer } from '../github-server/server.js';
import { makeRecord } from '../history/store-fixture.js';

const NOW = new Date('2026-12-07T08:00:00Z');
const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

/** A run `daysAgo` with 10 tests; `failed`, `flaky` (test indices) and `slow` (test 3 takes 0.6 s) as asked. */
function run(
  id: number,
  daysAgo: number,
  options: { failed?: boolean; flaky?: number[]; coverage?: number; slow?: boolean; duration?: number } = {},
): HistoryRecord {
  const base = makeRecord(String(id), day(daysAgo), 10);
  const tests = base.tests.map((test, index) => ({
    ...test,
    status: options.failed && index === 0 ? ('failed' as const) : ('passed' as const),
    duration: index === 3 && options.slow ? 0.6 : 0.2,
    ...(options.flaky?.includes(index) ? { flaky: true as const, attempts: 2, failures: 1 } : {}),
  }));
  const covered = options.coverage ?? 80;
  return {
    ...base,
    run: { ...base.run, duration: options.duration ?? 100, conclusion: options.failed ? 'failure' : 'success' },
    totals: { ...base.totals, passed: options.failed ? 9 : 10, failed: options.failed ? 1 : 0 },
    tests,
    coverage: {
      totals: {
        ...(base.coverage?.totals as NonNullable<HistoryRecord['coverage']>['totals']),
        lines: { covered, total: 100, pct: covered },
      },
      files: { 'src/app.js': [covered === 80 ? 8 : 5, 10], 'src/util.js': [4, 4] },
    },
    suites: [{ ...base.suites[0], budget: 90, duration: options.duration ?? 100 }],
  };
}

// the week before: 7 green runs; this week: 10 runs, 2 failing, test 5 flaky twice (test 2 flaked last week too),
// coverage down to 60%, test 3 slow, runs at 160 s against a 100 s SLA
const history: HistoryRecord[] = [
  ...Array.from({ length: 7 }, (_, i) => run(i + 1, 13 - i, { flaky: i === 0 ? [2] : [] })),
  ...Array.from({ length: 10 }, (_, i) =>
    run(i + 20, 6.5 - i * 0.6, {
      failed: i === 2 || i === 7,
      flaky: i === 3 ? [5, 2] : i === 8 ? [5] : [],
      coverage: i >= 5 ? 60 : 80,
      slow: true,
      duration: 160,
    }),
  ),
  // a pull-request run never counts
  { ...run(99, 1, { failed: true }), run: { ...run(99, 1).run, event: 'pull_request', pr: 4 } },
];

describe('assessHealth', () => {
  const config = healthSchema.parse({ sla: '100s' });

  it('measures the four metrics over the window against the targets, compared with the window before', () => {
    const report = assessHealth(history, config, NOW);
    expect(report.window).toMatchObject({ runs: 10, previousRuns: 7 });
    const metrics = Object.fromEntries(report.metrics.map((metric) => [metric.name, [metric.value, metric.previous, metric.status]]));
    expect(metrics).toEqual({
      'pass-rate': [80, 100, 'alert'],
      'execution-time': [160, 100, 'alert'],
      'flaky-rate': [20, 10, 'alert'],
      coverage: [60, 80, 'alert'],
    });
    expect(report.metrics.find((metric) => metric.name === 'pass-rate')?.detail).toBe('8 of 10 runs passed every test');
  });

  it('each alert carries the war-room steps of its kind', () => {
    const report = assessHealth(history, config, NOW);
    expect(report.alerts.map((alert) => [alert.metric, alert.kind, alert.priority])).toEqual([
      ['pass-rate', 'failure-spike', 'high'],
      ['execution-time', 'perf-degradation', 'medium'],
      ['flaky-rate', 'flaky-spike', 'medium'],
      ['coverage', 'coverage-drop', 'low'],
    ]);
    for (const alert of report.alerts)
      expect(alert.steps.slice(0, CATALOGUE[alert.kind].steps.length)).toEqual(CATALOGUE[alert.kind].steps);
    expect(report.alerts[0].summary).toBe('Pass rate is 80%, under the alert level of 90% (8 of 10 runs passed every test)');
    expect(report.alerts[2].steps.at(-1)).toBe('New this window: unit › test 5.');
    expect(report.alerts[1].steps.at(-1)).toBe('Over budget: unit 177.8%.');
  });

  it("the window's movers: new flaky tests, newly slow tests, coverage drops (total and per file)", () => {
    const report = assessHealth(history, config, NOW);
    expect(report.movers.newFlaky).toEqual([{ id: expect.any(String), suite: 'unit', name: 'test 5', flakes: 2, runs: 10 }]);
    expect(report.movers.newlySlow).toEqual([{ id: expect.any(String), suite: 'unit', name: 'test 3', before: 0.2, now: 0.6 }]);
    expect(report.movers.coverageDrops).toEqual([
      { file: null, before: 80, now: 60 },
      { file: 'src/app.js', before: 80, now: 50 },
    ]);
  });

  it('thresholds are configurable; between target and alert is "watch"; no data is "unknown", not an alert', () => {
    const lenient = healthSchema.parse({
      'pass-rate': { target: 95, alert: 75 },
      coverage: { target: 70, alert: 50 },
      'flaky-rate': { alert: 25 },
    });
    const report = assessHealth(history, lenient, NOW);
    expect(report.metrics.map((metric) => [metric.name, metric.status])).toEqual([
      ['pass-rate', 'watch'],
      ['execution-time', 'alert'], // no sla: the suite against its 90 s budget
      ['flaky-rate', 'watch'],
      ['coverage', 'watch'],
    ]);
    expect(report.metrics[1].detail).toBe('the slowest suite against its budget: unit (median 160s, budget 90s)');
    const empty = assessHealth([], lenient, NOW);
    expect(empty.metrics.every((metric) => metric.status === 'unknown')).toBe(true);
    expect(empty.alerts).toEqual([]);
  });

  it('renders one markdown body: the table, the alerts with their steps, the movers; untrusted names escaped', () => {
    const odd = history.map((record) => ({
      ...record,
      tests: record.tests.map((test) => (test.name === 'test 5' ? { ...test, name: 'a | b <img> @alice' } : test)),
    }));
    const report = assessHealth(odd, config, NOW);
    const body = healthMarkdown(report);
    expect(
      body.startsWith(`${HEALTH_MARKER}\n## testops health: 4 alerts (failure spike, performance degradation, flaky spike, coverage drop)`),
    ).toBe(true);
    expect(body).toContain('| Pass rate | 80% | 100% (-20) | ≥ 95% | < 90% | 🔴 ALERT |');
    expect(body).toContain('| Flaky rate | 20% | 10% (+10) | ≤ 2% | > 5% | 🔴 ALERT |');
    expect(body).toContain('#### Failure spike — high, respond immediately');
    expect(body).toContain(`1. ${CATALOGUE['failure-spike'].steps[0].replace(/[`*_[\]|~]/g, (c) => `\\${c}`)}`);
    expect(body).toContain('| unit › a \\| b &lt;img&gt; @\u200balice | 2 of 10 runs |');
    expect(body).toContain('| `src/app.js` | 80% | 50% |');
    expect(healthTitle(assessHealth(history.slice(0, 7), config, new Date(day(6))))).toBe('testops health: on target');
  });
});

describe('the health issue against the GitHub stand-in', () => {
  let server: GitHubServer;
  const REPO = { owner: 'acme', repo: 'app' };
  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.addUser({ login: 'testops-bot', token: 'write-token' });
    server.state.addUser({ login: 'mallory', token: 'other-token' });
    server.state.addRepo({ owner: 'acme', name: 'app' });
  });
  afterEach(async () => {
    server.assertNoViolations();
    await server.close();
  });
  const api = () => flakyIssuesApi(createClient({ token: 'write-token', baseUrl: server.url, retryAfterBaseValue: 1 }));
  const issues = () => server.state.issues('acme/app');
  const config = healthSchema.parse({ sla: '100s' });

  it('is created once, then updated in place; a closed one is reopened for an alert; a spoof is ignored', async () => {
    // someone else's issue with the label and the marker is not ours to update
    server.state.addIssue('acme/app', { title: 'spoof', body: HEALTH_MARKER, labels: ['testops-health'], user: 'mallory' });
    const first = assessHealth(history, config, NOW);
    const created = await syncHealthIssue(api(), REPO, {
      title: healthTitle(first),
      body: healthMarkdown(first),
      label: 'testops-health',
      alerts: first.alerts.length,
    });
    expect(created.action).toBe('created');
    // the next morning: fewer runs in the window, the same issue holds the new report
    const later = assessHealth(history, config, new Date(NOW.getTime() + 3 * 86_400_000));
    const updated = await syncHealthIssue(api(), REPO, {
      title: healthTitle(later),
      body: healthMarkdown(later),
      label: 'testops-health',
      alerts: later.alerts.length,
    });
    expect(updated).toMatchObject({ action: 'updated', number: created.number });
    const ours = issues().filter((issue) => issue.user === 'testops-bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ state: 'open', labels: ['testops-health'] });
    expect(ours[0].body).toBe(healthMarkdown(later));
    expect(server.requests().filter((request) => request.operation === 'issues/create')).toHaveLength(1);

    // a person closes it; the next check with an alert reopens it, one on target leaves it closed
    await api().update(REPO, created.number, { state: 'closed', stateReason: 'completed' });
    const quiet = assessHealth(history.slice(0, 7), config, new Date(day(6)));
    expect(quiet.alerts).toEqual([]);
    expect(
      await syncHealthIssue(api(), REPO, { title: healthTitle(quiet), body: healthMarkdown(quiet), label: 'testops-health', alerts: 0 }),
    ).toMatchObject({ action: 'updated' });
    expect(server.state.repo('acme/app').issues.get(created.number)).toMatchObject({ state: 'closed', title: 'testops health: on target' });
    expect(
      await syncHealthIssue(api(), REPO, { title: healthTitle(first), body: healthMarkdown(first), label: 'testops-health', alerts: 4 }),
    ).toMatchObject({
      action: 'reopened',
      number: created.number,
    });
    expect(server.state.repo('acme/app').issues.get(created.number)?.state).toBe('open');
    expect(issues().filter((issue) => issue.user === 'testops-bot')).toHaveLength(1);
  });
});
