/**
 * A synthetic history for the dashboard's tests and bench: `runs` records of `tests` tests, one
 * every 6 hours, produced one at a time (a generator), deterministic. What it holds, so tests can
 * expect exact figures:
 *
 * - six suites (unit, integration, e2e, api, contract, load); unit, integration and e2e have budgets
 *   and e2e runs over its budget from the middle of the history on;
 * - test i is flaky in a run when i % 500 === 1 and (i + run) % 10 === 0 (about 10% of its runs);
 *   test 7 fails in runs 40–44 (a breakage); tests with i % 1000 === 999 take 5 s or more;
 * - the latest record's flaky list names test 1 (flaky, issue #101) and test 501 (quarantined,
 *   an issue URL that is not http(s));
 * - coverage of 8 packages (packages/pkg-N, 10 files each), improving with the runs;
 * - perf: "load › checkout" p95 steps from ~100 ms to ~130 ms at 60% of the runs, throughput
 *   (bigger is better) flat;
 * - selection skips 2 suites (420 s saved) in every third run, unknown savings in every 10th;
 * - hostile text: test 0's name and one suite's name hold markup and a script end tag.
 */
import type { HistoryRecord, HistoryTest } from '../../src/history/record.js';

export const HOSTILE = '</script><img src=x onerror="window.__pwned=1">';
export const SUITES = ['unit', 'integration', 'e2e', 'api', `contract <b>${HOSTILE}</b>`, 'load'] as const;
const BUDGETS: Record<string, number> = { unit: 300, integration: 600, e2e: 900 };

export interface SyntheticOptions {
  runs: number;
  tests: number;
  start?: Date;
  /**
   * Runs older than the newest `keepWhole` come out as compaction leaves them (compactRecord: the
   * tests that did not pass, no per-file coverage), made directly so a large history is cheap to
   * build. Default: every run whole.
   */
  keepWhole?: number;
}

/** 0 ≤ x < 1, a fixed function of its inputs */
function noise(a: number, b: number): number {
  const x = Math.sin(a * 12.9898 + b * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

export const testName = (index: number) => (index === 0 ? `renders ${HOSTILE}` : `computes totals for basket ${index}`);
export const isFlakyIn = (index: number, run: number) => index % 500 === 1 && (index + run) % 10 === 0;

export function* syntheticHistory(options: SyntheticOptions): Generator<HistoryRecord> {
  const { runs, tests } = options;
  const start = (options.start ?? new Date('2026-06-01T00:00:00Z')).getTime();
  const ids = Array.from({ length: tests }, (_, index) => `t${index}`);
  const names = Array.from({ length: tests }, (_, index) => testName(index));
  const files = Array.from({ length: tests }, (_, index) => `packages/pkg-${index % 8}/test/file-${index % 50}.test.ts`);
  const step = Math.floor(runs * 0.6);
  for (let run = 0; run < runs; run++) {
    const at = new Date(start + run * 6 * 3600_000).toISOString();
    const whole = options.keepWhole === undefined || run >= runs - options.keepWhole;
    const rows: HistoryTest[] = [];
    const perSuite = SUITES.map(() => ({ tests: 0, failed: 0, flaky: 0, skipped: 0, duration: 0 }));
    let passed = 0;
    let failed = 0;
    let flaky = 0;
    let skipped = 0;
    let testTime = 0;
    for (let index = 0; index < tests; index++) {
      const suite = index % SUITES.length;
      const slow = index % 1000 === 999;
      const duration =
        Math.round((slow ? 5 + (index % 7) + noise(index, run) : ((index % 97) / 100) * (0.9 + 0.2 * noise(index, run))) * 1000) / 1000;
      const isFlaky = isFlakyIn(index, run);
      const isFailed = index === 7 && run >= 40 && run < 45;
      const isSkipped = index % 250 === 3;
      const counts = perSuite[suite] as (typeof perSuite)[number];
      const seconds = isSkipped ? 0 : duration;
      counts.tests++;
      if (isSkipped) {
        skipped++;
        counts.skipped++;
      } else if (isFailed) {
        failed++;
        counts.failed++;
      } else passed++;
      if (isFlaky) {
        flaky++;
        counts.flaky++;
      }
      counts.duration += seconds;
      testTime += seconds;
      if (!whole && !isFlaky && !isFailed) continue;
      const row: HistoryTest = {
        id: ids[index] as string,
        suite: SUITES[suite] as string,
        name: names[index] as string,
        file: files[index] as string,
        status: isSkipped ? 'skipped' : isFailed ? 'failed' : 'passed',
        duration: seconds,
      };
      if (isFlaky) {
        row.flaky = true;
        row.attempts = 2;
        row.failures = 1;
      }
      if (isFailed) row.failures = 1;
      rows.push(row);
    }
    const skipSuites = run % 3 === 0;
    const coverageFiles: Record<string, [number, number]> = {};
    // (per-file coverage is computed for every run: the totals come from it)
    let covered = 0;
    let total = 0;
    for (let pkg = 0; pkg < 8; pkg++)
      for (let file = 0; file < 10; file++) {
        const lines = 100 + file * 10;
        const hit = Math.min(lines, Math.round(lines * (0.55 + pkg * 0.05 + (0.05 * run) / runs)));
        coverageFiles[`packages/pkg-${pkg}/src/file-${file}.ts`] = [hit, lines];
        covered += hit;
        total += lines;
      }
    const p95 = (run >= step ? 130 : 100) + 4 * noise(run, 1);
    yield {
      version: 1,
      run: {
        id: `${1000 + run}-1`,
        commit: (run * 7919).toString(16).padStart(40, '0'),
        branch: 'main',
        event: 'push',
        at,
        url: `https://github.com/acme/shop/actions/runs/${1000 + run}`,
        conclusion: failed > 0 ? 'failure' : 'success',
        duration: Math.round(testTime / 4),
      },
      totals: { tests, passed, failed, errored: 0, skipped, flaky, attempts: tests + flaky, duration: Math.round(testTime * 1000) / 1000 },
      suites: SUITES.map((name, index) => {
        const counts = perSuite[index] as (typeof perSuite)[number];
        const selected = !(skipSuites && (name === 'api' || name === 'load'));
        const wall = name === 'e2e' ? (run >= runs / 2 ? 1000 : 800) + 20 * noise(run, 2) : counts.duration / 3;
        return {
          name,
          selected,
          status: selected ? (counts.failed ? 'failed' : 'passed') : 'skipped',
          duration: selected ? Math.round(wall * 10) / 10 : 0,
          ...(BUDGETS[name] !== undefined ? { budget: BUDGETS[name] } : {}),
          tests: counts.tests,
          failed: counts.failed,
          skipped: counts.skipped,
          flaky: counts.flaky,
        };
      }),
      tests: rows,
      testsKept: whole ? 'all' : 'failures',
      ...(whole ? {} : { compacted: true as const }),
      coverage: {
        totals: {
          lines: { covered, total, pct: Math.round((10000 * covered) / total) / 100 },
          branches: { covered: Math.round(covered * 0.8), total, pct: Math.round((8000 * covered) / total) / 100 },
          functions: { covered: 0, total: 0, pct: null },
        },
        ...(whole ? { files: coverageFiles } : {}),
      },
      perf: [
        { series: 'load › checkout', metric: 'p95', unit: 'ms', biggerIsBetter: false, value: Math.round(p95 * 10) / 10, status: 'pass' },
        {
          series: 'load › checkout',
          metric: 'throughput',
          unit: 'req/s',
          biggerIsBetter: true,
          value: 1000 + Math.round(20 * noise(run, 3)),
          status: 'pass',
        },
      ],
      security: { counts: { critical: 0, high: 0, medium: 1, low: 2, info: 0 }, new: 0, existing: 3 },
      selection: {
        suites: SUITES.length,
        selected: skipSuites ? SUITES.length - 2 : SUITES.length,
        skipped: skipSuites ? 2 : 0,
        changedFiles: 3,
        full: !skipSuites,
        savedSeconds: !skipSuites ? 0 : run % 10 === 0 ? null : 420,
      },
      flaky:
        run === runs - 1
          ? [
              {
                id: 't1',
                suite: SUITES[1] as string,
                name: names[1] as string,
                state: 'flaky',
                rate: 0.1,
                runs: 50,
                quarantined: false,
                issue: 101,
                url: 'https://github.com/acme/shop/issues/101',
              },
              {
                id: 't501',
                suite: SUITES[501 % SUITES.length] as string,
                name: names[501] ?? 'computes totals for basket 501',
                state: 'flaky',
                rate: 0.08,
                runs: 50,
                quarantined: true,
                issue: 102,
                url: 'javascript:alert(1)',
              },
              { id: 't7', suite: SUITES[1] as string, name: names[7] as string, state: 'stable', rate: 0, runs: 50, quarantined: false },
            ]
          : [],
    };
  }
}
