import { describe, expect, it } from 'vitest';
import { aggregate, packageOf, renderDashboard } from '../../src/dashboard/index.js';
import { compactRecord } from '../../src/history/record.js';
import { HOSTILE, isFlakyIn, syntheticHistory, testName } from './synthetic.js';

const RUNS = 60;
const TESTS = 1000;

describe('aggregate', () => {
  const data = aggregate(syntheticHistory({ runs: RUNS, tests: TESTS }), { now: new Date('2026-12-02T00:00:00Z') });

  it('one point per run: pass and flaky rates over the tests that ran, coverage, durations, savings', () => {
    expect(data.records).toBe(RUNS);
    expect(data.fullRecords).toBe(RUNS);
    expect(data.runs.at).toHaveLength(RUNS);
    expect(data.runs.at[1]! - data.runs.at[0]!).toBe(6 * 3600);
    // 4 skipped (i % 250 === 3), test 7 failing in runs 40–44: 995 of 996 passed
    expect(data.runs.passRate[40]).toBe(99.9);
    expect(data.runs.passRate[39]).toBe(100);
    expect(data.runs.ok[40]).toBe(0);
    // run 9: tests 1 and 501 flaky → 2 of 996
    expect(data.runs.flakyRate[9]).toBe(0.2);
    expect(data.runs.coverageLines[0]).toBeGreaterThan(60);
    expect(data.runs.coverageLines[RUNS - 1]).toBeGreaterThan(data.runs.coverageLines[0]!);
    // every third run skips 2 suites (420 s), unknown in runs 0 and 30
    expect(data.runs.saved[3]).toBe(420);
    expect(data.runs.saved[30]).toBeNull();
    expect(data.selection).toEqual({ runs: RUNS, known: RUNS - 2, savedSeconds: 18 * 420, skippedSuites: 40 });
    // a suite that did not run is a gap in its duration series
    const api = data.suiteNames.indexOf('api');
    expect(data.suiteDurations[api]![3]).toBeNull();
    expect(data.suiteDurations[api]![4]).toBeGreaterThan(0);
  });

  it('ranks flaky tests by the latest estimate, with observed counts, state and issue', () => {
    const flakyRuns = (index: number) => Array.from({ length: RUNS }, (_, run) => isFlakyIn(index, run)).filter(Boolean).length;
    expect(data.flaky.map((row) => row.id)).toEqual(['t1', 't501']);
    expect(data.flaky[0]).toMatchObject({
      name: testName(1),
      state: 'flaky',
      estimate: 0.1,
      issue: 101,
      runs: RUNS,
      flakyRuns: flakyRuns(1),
      failedRuns: 0,
    });
    expect(data.flaky[0]!.observed).toBeCloseTo(flakyRuns(1) / RUNS);
    expect(data.flaky[1]).toMatchObject({ quarantined: true, issueUrl: 'javascript:alert(1)' });
    // test 7 broke and was fixed: failed runs, never flaky, stable in the latest record → not listed
    expect(data.flaky.some((row) => row.id === 't7')).toBe(false);
  });

  it('slowest tests by their recent median, suites against their budgets', () => {
    expect(data.slowest[0]!.id).toBe('t999');
    expect(data.slowest[0]!.median).toBeGreaterThanOrEqual(10);
    const medians = data.slowest.map((row) => row.median);
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
    expect(data.slowest).toHaveLength(100);
    expect(data.suites[0]).toMatchObject({ name: 'e2e', budget: 900 });
    expect(data.suites[0]!.ofBudget).toBeGreaterThan(1);
    expect(data.suites.find((suite) => suite.name === 'load')).toMatchObject({ budget: null, ofBudget: null });
  });

  it('coverage per package, lowest first, with the change since the first run', () => {
    expect(data.packages.map((row) => row.name)).toEqual(Array.from({ length: 8 }, (_, index) => `packages/pkg-${index}`));
    expect(data.packages[0]!.files).toBe(10);
    expect(data.packages[0]!.pct).toBeGreaterThan(data.packages[0]!.firstPct!);
  });

  it('perf series with a change point where p95 stepped up, and the band since it', () => {
    const p95 = data.perf.find((row) => row.metric === 'p95')!;
    expect(p95.steps).toEqual([Math.floor(RUNS * 0.6)]);
    expect(p95.lo[RUNS - 1]).toBeGreaterThanOrEqual(130);
    expect(p95.lo[Math.floor(RUNS * 0.6)]).toBeNull();
    expect(p95.hi[Math.floor(RUNS * 0.6) - 1]).toBeLessThan(105);
    const throughput = data.perf.find((row) => row.metric === 'throughput')!;
    expect(throughput).toMatchObject({ biggerIsBetter: true, steps: [] });
  });

  it('per-test figures come from the records that keep every test; compacted ones still give the trends', () => {
    const records = [...syntheticHistory({ runs: RUNS, tests: 200 })].map((record, index) => (index < 30 ? compactRecord(record) : record));
    const mixed = aggregate(records);
    expect(mixed.records).toBe(RUNS);
    expect(mixed.fullRecords).toBe(30);
    expect(mixed.runs.passRate[0]).toBe(100);
    expect(mixed.flaky[0]).toMatchObject({ id: 't1', runs: 30 });
  });

  it('an empty history gives empty figures', () => {
    const empty = aggregate([]);
    expect(empty).toMatchObject({ records: 0, flaky: [], slowest: [], suites: [], packages: [], perf: [] });
    expect(renderDashboard(empty)).toContain('0 runs (no runs yet)');
  });
});

describe('packageOf', () => {
  it('takes a file’s directory two levels deep', () => {
    expect(packageOf('packages/cart/src/total.ts')).toBe('packages/cart');
    expect(packageOf('src/record/html.ts')).toBe('src/record');
    expect(packageOf('lib/a.py')).toBe('lib');
    expect(packageOf('./main.go')).toBe('.');
    expect(packageOf('pkg\\win\\x\\y.cs')).toBe('pkg/win');
  });
});

describe('renderDashboard', () => {
  it('embeds the figures so no name can close a script element; inlines uPlot; loads nothing', () => {
    const html = renderDashboard(aggregate(syntheticHistory({ runs: 5, tests: 50 }), { title: `CI <i>${HOSTILE}</i>` }));
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain('<title>CI &lt;i&gt;&lt;/script&gt;');
    expect(html).toContain('var uPlot=');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
});
