/**
 * The health check: what the history says about the last window (default a week) against the
 * targets in `health:`, compared with the window before it.
 *
 * - pass rate: share of the window's runs in which every test passed (after retries);
 * - execution time: the median run's duration against `health.sla`, and each suite's median
 *   against its budget;
 * - flaky rate: tests that flaked (failed, then passed on retry) in the window ÷ tests run;
 * - coverage: the line coverage of the newest run that measured it.
 *
 * Movers: tests that flaked this window and not the one before, tests whose median duration grew
 * by `slow-factor`, and files whose line coverage dropped. Each alert carries the war-room
 * catalogue's incident steps (src/record/catalogue.ts), so there is one place that says what to do.
 */
import type { HealthConfig } from '../config/sections/history.js';
import type { HistoryRecord } from '../history/record.js';
import { type AnomalyKind, CATALOGUE, type Priority } from '../record/catalogue.js';
import { maxOf, pushAll } from '../util/arrays.js';
import { medianOf } from '../util/stats.js';

export type MetricName = 'pass-rate' | 'execution-time' | 'flaky-rate' | 'coverage';
export type MetricStatus = 'ok' | 'watch' | 'alert' | 'unknown';

export interface Metric {
  name: MetricName;
  title: string;
  /** percent; null when the window has no data for it */
  value: number | null;
  /** the same over the window before, when known */
  previous: number | null;
  target: number;
  alert: number;
  /** higher is better (pass rate, coverage) or lower is (flaky rate, time against SLA) */
  higherIsBetter: boolean;
  status: MetricStatus;
  /** how it was measured, or why it could not be */
  detail: string;
}

export interface Alert {
  metric: MetricName;
  kind: AnomalyKind;
  title: string;
  priority: Priority;
  respondWithin: string;
  summary: string;
  steps: string[];
}

export interface FlakyMover {
  id: string;
  suite: string;
  name: string;
  variant?: string;
  /** runs of the window in which it flaked */
  flakes: number;
  runs: number;
}

export interface SlowMover {
  id: string;
  suite: string;
  name: string;
  variant?: string;
  before: number;
  now: number;
}

export interface CoverageMover {
  /** a file path, or null for the total */
  file: string | null;
  before: number;
  now: number;
}

export interface HealthReport {
  window: { from: string; to: string; runs: number; previousRuns: number };
  metrics: Metric[];
  alerts: Alert[];
  movers: { newFlaky: FlakyMover[]; newlySlow: SlowMover[]; coverageDrops: CoverageMover[] };
  /** the suites over their budget (part of execution time) */
  suitesOverBudget: Array<{ suite: string; median: number; budget: number; pct: number }>;
}

const MOVERS_SHOWN = 10;
const ALERT_KIND: Record<MetricName, AnomalyKind> = {
  'pass-rate': 'failure-spike',
  'execution-time': 'perf-degradation',
  'flaky-rate': 'flaky-spike',
  coverage: 'coverage-drop',
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const pct = (part: number, whole: number) => (whole === 0 ? null : round1((part / whole) * 100));

const median = (values: number[]): number | null => medianOf(values) ?? null;

function status(value: number | null, target: number, alert: number, higherIsBetter: boolean): MetricStatus {
  if (value === null) return 'unknown';
  if (higherIsBetter) return value < alert ? 'alert' : value >= target ? 'ok' : 'watch';
  return value > alert ? 'alert' : value <= target ? 'ok' : 'watch';
}

const testKey = (test: { id: string }) => test.id;
const passedAll = (record: HistoryRecord) => record.totals.failed + record.totals.errored === 0;

function flakyTests(records: HistoryRecord[]): Map<string, { test: HistoryRecord['tests'][number]; flakes: number }> {
  const flaky = new Map<string, { test: HistoryRecord['tests'][number]; flakes: number }>();
  for (const record of records)
    for (const test of record.tests)
      if (test.flaky) {
        const known = flaky.get(testKey(test));
        if (known) known.flakes++;
        else flaky.set(testKey(test), { test, flakes: 1 });
      }
  return flaky;
}

function testsRun(records: HistoryRecord[]): number {
  const whole = records.filter((record) => record.testsKept === 'all');
  if (whole.length > 0) return new Set(whole.flatMap((record) => record.tests.map(testKey))).size;
  return maxOf(
    records.map((record) => record.totals.tests),
    0,
  );
}

function flakyRate(records: HistoryRecord[]): number | null {
  if (records.length === 0) return null;
  return pct(flakyTests(records).size, testsRun(records));
}

/** The newest coverage that measured lines (0 of 0 lines is no data). */
function latestCoverage(
  records: HistoryRecord[],
): { pct: number; covered: number; total: number; files?: Record<string, [number, number]> } | undefined {
  for (const record of [...records].reverse()) {
    const lines = record.coverage?.totals.lines;
    if (lines && typeof lines.pct === 'number' && lines.total > 0)
      return {
        pct: round1(lines.pct),
        covered: lines.covered,
        total: lines.total,
        ...(record.coverage?.files ? { files: record.coverage.files } : {}),
      };
  }
  return undefined;
}

/** Seconds per test id over whole records. */
function durations(records: HistoryRecord[]): Map<string, { test: HistoryRecord['tests'][number]; values: number[] }> {
  const out = new Map<string, { test: HistoryRecord['tests'][number]; values: number[] }>();
  for (const record of records)
    for (const test of record.tests) {
      if (test.duration === undefined || test.status === 'skipped') continue;
      const known = out.get(testKey(test));
      if (known) known.values.push(test.duration);
      else out.set(testKey(test), { test, values: [test.duration] });
    }
  return out;
}

function executionTime(
  records: HistoryRecord[],
  config: HealthConfig,
): { value: number | null; detail: string; suites: HealthReport['suitesOverBudget'] } {
  const suites: HealthReport['suitesOverBudget'] = [];
  const budgets = new Map<string, number>();
  const byName = new Map<string, number[]>();
  for (const record of records)
    for (const suite of record.suites) {
      if (!suite.selected || suite.status === 'skipped' || suite.status === 'cancelled') continue;
      if (suite.budget !== undefined) budgets.set(suite.name, suite.budget);
      byName.set(suite.name, [...(byName.get(suite.name) ?? []), suite.duration]);
    }
  for (const [suite, budget] of budgets) {
    const value = median(byName.get(suite) ?? []);
    if (value !== null && budget > 0) suites.push({ suite, median: round1(value), budget, pct: round1((value / budget) * 100) });
  }
  suites.sort((a, b) => b.pct - a.pct);
  const runMedian = median(records.map((record) => record.run.duration));
  if (config.sla !== undefined && runMedian !== null)
    return {
      value: round1((runMedian / config.sla) * 100),
      detail: `median run ${round1(runMedian)}s against the SLA of ${config.sla}s`,
      suites,
    };
  if (suites.length > 0)
    return {
      value: suites[0].pct,
      detail: `the slowest suite against its budget: ${suites[0].suite} (median ${suites[0].median}s, budget ${suites[0].budget}s)`,
      suites,
    };
  return {
    value: null,
    detail:
      runMedian === null ? 'no runs in the window' : `median run ${round1(runMedian)}s; no SLA set (health.sla) and no suite has a budget`,
    suites,
  };
}

function alertFor(metric: Metric, report: Omit<HealthReport, 'alerts'>): Alert {
  const kind = ALERT_KIND[metric.name];
  const entry = CATALOGUE[kind];
  const steps = [...entry.steps];
  if (metric.name === 'flaky-rate' && report.movers.newFlaky.length > 0)
    steps.push(`New this window: ${report.movers.newFlaky.map((test) => `${test.suite} › ${test.name}`).join(', ')}.`);
  if (metric.name === 'execution-time' && report.suitesOverBudget.length > 0)
    steps.push(`Over budget: ${report.suitesOverBudget.map((suite) => `${suite.suite} ${suite.pct}%`).join(', ')}.`);
  const comparison = metric.higherIsBetter ? `under the alert level of ${metric.alert}%` : `over the alert level of ${metric.alert}%`;
  return {
    metric: metric.name,
    kind,
    title: entry.title,
    priority: entry.priority,
    respondWithin: entry.respondWithin,
    summary: `${metric.title} is ${metric.value}%, ${comparison} (${metric.detail})`,
    steps,
  };
}

/** The health of the history's default-branch runs over the window ending at `now`. */
export function assessHealth(all: HistoryRecord[], config: HealthConfig, now: Date): HealthReport {
  const to = now.getTime();
  const from = to - config.window * 1000;
  const before = from - config.window * 1000;
  const defaultRuns = all.filter((record) => record.run.pr === undefined && !/^pull_request/.test(record.run.event));
  const at = (record: HistoryRecord) => Date.parse(record.run.at);
  const current = defaultRuns.filter((record) => at(record) > from && at(record) <= to);
  const previous = defaultRuns.filter((record) => at(record) > before && at(record) <= from);

  const passNow = pct(current.filter(passedAll).length, current.length);
  const passBefore = pct(previous.filter(passedAll).length, previous.length);
  const time = executionTime(current, config);
  const timeBefore = executionTime(previous, config);
  const coverageNow = latestCoverage(current);
  const coverageBefore = latestCoverage(previous);
  const metric = (
    name: MetricName,
    title: string,
    value: number | null,
    prev: number | null,
    band: { target: number; alert: number },
    higherIsBetter: boolean,
    detail: string,
  ): Metric => ({
    name,
    title,
    value,
    previous: prev,
    target: band.target,
    alert: band.alert,
    higherIsBetter,
    status: status(value, band.target, band.alert, higherIsBetter),
    detail,
  });
  const flakyNow = flakyTests(current);
  const metrics: Metric[] = [
    metric(
      'pass-rate',
      'Pass rate',
      passNow,
      passBefore,
      config['pass-rate'],
      true,
      current.length === 0 ? 'no runs in the window' : `${current.filter(passedAll).length} of ${current.length} runs passed every test`,
    ),
    metric(
      'execution-time',
      'Execution time against SLA',
      time.value,
      timeBefore.value,
      { target: 100, alert: config['time-alert'] },
      false,
      time.detail,
    ),
    metric(
      'flaky-rate',
      'Flaky rate',
      flakyRate(current),
      flakyRate(previous),
      config['flaky-rate'],
      false,
      current.length === 0 ? 'no runs in the window' : `${flakyNow.size} of ${testsRun(current)} tests flaked`,
    ),
    metric(
      'coverage',
      'Coverage (lines)',
      coverageNow?.pct ?? null,
      coverageBefore?.pct ?? null,
      config.coverage,
      true,
      coverageNow
        ? `${coverageNow.covered} of ${coverageNow.total} lines in the newest run that measured it`
        : 'no run in the window measured coverage',
    ),
  ];

  // movers
  const flakyBefore = flakyTests(previous);
  const newFlaky: FlakyMover[] = [...flakyNow.values()]
    .filter(({ test }) => !flakyBefore.has(testKey(test)))
    .map(({ test, flakes }) => ({
      id: test.id,
      suite: test.suite,
      name: test.name,
      ...(test.variant ? { variant: test.variant } : {}),
      flakes,
      runs: current.length,
    }))
    .sort((a, b) => b.flakes - a.flakes || a.name.localeCompare(b.name));
  const slowBefore = durations(previous);
  const newlySlow: SlowMover[] = [];
  for (const [id, { test, values }] of durations(current)) {
    const was = median(slowBefore.get(id)?.values ?? []);
    const is = median(values);
    // a tenth of a second at least: a 2 ms test that takes 4 ms is noise, not news
    if (was === null || is === null || is < was * config['slow-factor'] || is - was < 0.1) continue;
    newlySlow.push({
      id,
      suite: test.suite,
      name: test.name,
      ...(test.variant ? { variant: test.variant } : {}),
      before: Math.round(was * 1000) / 1000,
      now: Math.round(is * 1000) / 1000,
    });
  }
  newlySlow.sort((a, b) => b.now - b.before - (a.now - a.before));
  const coverageDrops: CoverageMover[] = [];
  if (coverageNow && coverageBefore) {
    const total = { before: coverageBefore.pct, now: coverageNow.pct };
    if (total.now < total.before) coverageDrops.push({ file: null, ...total });
    const files: CoverageMover[] = [];
    for (const [file, [covered, coverable]] of Object.entries(coverageNow.files ?? {})) {
      const was = coverageBefore.files?.[file];
      if (!was || was[1] === 0 || coverable === 0) continue;
      const beforePct = round1((was[0] / was[1]) * 100);
      const nowPct = round1((covered / coverable) * 100);
      if (beforePct - nowPct >= 1) files.push({ file, before: beforePct, now: nowPct });
    }
    files.sort((a, b) => b.before - b.now - (a.before - a.now) || (a.file ?? '').localeCompare(b.file ?? ''));
    pushAll(coverageDrops, files.slice(0, MOVERS_SHOWN));
  }
  const partial: Omit<HealthReport, 'alerts'> = {
    window: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), runs: current.length, previousRuns: previous.length },
    metrics,
    movers: { newFlaky: newFlaky.slice(0, MOVERS_SHOWN), newlySlow: newlySlow.slice(0, MOVERS_SHOWN), coverageDrops },
    suitesOverBudget: time.suites.filter((suite) => suite.pct > 100),
  };
  return { ...partial, alerts: metrics.filter((one) => one.status === 'alert').map((one) => alertFor(one, partial)) };
}
