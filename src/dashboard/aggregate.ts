/**
 * The dashboard's figures from a history (records oldest first, src/history/read.ts): one pass over
 * the records, so a generator of records works as well as an array and 1,000 runs × 10,000 tests
 * never need to be in memory at once.
 *
 * Run-level series (pass rate, durations, coverage totals, suites, perf, selection) use every
 * record. Per-test figures (flaky rates, slowest tests) use the records that keep every test
 * (`testsKept: all` — the newest keep-runs records of a compacted history); compacted records only
 * name their failures, so a rate over them would be inflated. The latest record's own flaky list
 * (testops' estimate, state, issue) ranks the flaky table first.
 */
import { stepsOf } from '../gates/perf-rule.js';
import type { HistoryRecord } from '../history/record.js';
import { median as middle } from '../util/stats.js';

export interface DashboardOptions {
  title?: string;
  /** runs of a test's durations its "recent" median covers; default 20 */
  window?: number;
  /** rows of the flaky and slowest tables; default 100 */
  top?: number;
  /** perf charts at most; default 24 (the most recently run series first) */
  perfCharts?: number;
  now?: Date;
}

/** Per run, aligned arrays (index = run, oldest first). */
export interface RunSeries {
  /** epoch seconds */
  at: number[];
  id: string[];
  commit: string[];
  branch: Array<string | null>;
  url: Array<string | null>;
  /** 1 success, 0 failure */
  ok: number[];
  tests: number[];
  failed: number[];
  flaky: number[];
  skipped: number[];
  /** % of the run's non-skipped tests that passed; null when none ran */
  passRate: Array<number | null>;
  /** % of the run's non-skipped tests that were flaky */
  flakyRate: Array<number | null>;
  /** seconds, the whole run */
  duration: number[];
  /** seconds, summed over tests */
  testTime: number[];
  coverageLines: Array<number | null>;
  coverageBranches: Array<number | null>;
  /** seconds selection saved; null when unknown */
  saved: Array<number | null>;
  selected: number[];
  suites: number[];
}

export interface FlakyRow {
  id: string;
  suite: string;
  name: string;
  file: string | null;
  variant: string | null;
  /** testops' estimate in the latest record (0–1), when it lists the test */
  estimate: number | null;
  state: string | null;
  quarantined: boolean;
  issue: number | null;
  issueUrl: string | null;
  /** runs (keeping every test) where the test ran, was flaky, failed */
  runs: number;
  flakyRuns: number;
  failedRuns: number;
  /** flakyRuns ÷ runs */
  observed: number | null;
  /** epoch seconds of its last flaky or failed run */
  lastSeen: number | null;
}

export interface SlowRow {
  id: string;
  suite: string;
  name: string;
  file: string | null;
  variant: string | null;
  /** seconds: median of the recent runs, and the last run */
  median: number;
  last: number;
  runs: number;
}

export interface SuiteRow {
  name: string;
  status: string;
  /** seconds, the latest run (null when it did not run) */
  last: number | null;
  median: number | null;
  budget: number | null;
  /** last ÷ budget */
  ofBudget: number | null;
  tests: number;
}

export interface PackageRow {
  name: string;
  covered: number;
  total: number;
  pct: number | null;
  /** the same package in the first record with per-file coverage, for the change */
  firstPct: number | null;
  files: number;
}

export interface PerfSeries {
  series: string;
  metric: string;
  unit: string;
  biggerIsBetter: boolean;
  /** run indices (into RunSeries) where it was measured */
  run: number[];
  value: number[];
  /** the band of the previous `window` values since the last change point (min–max); null at the start */
  lo: Array<number | null>;
  hi: Array<number | null>;
  /** positions (into value) where a new level starts */
  steps: number[];
  status: Array<string | null>;
}

export interface DashboardData {
  title: string;
  generatedAt: string;
  /** how many records were read, and how many kept every test */
  records: number;
  fullRecords: number;
  window: number;
  runs: RunSeries;
  suiteNames: string[];
  /** per suite (same order as suiteNames), its duration in each run; null when it did not run */
  suiteDurations: Array<Array<number | null>>;
  suites: SuiteRow[];
  flaky: FlakyRow[];
  slowest: SlowRow[];
  coverageAt: number | null;
  packages: PackageRow[];
  perf: PerfSeries[];
  selection: { runs: number; known: number; savedSeconds: number; skippedSuites: number };
}

interface TestAcc {
  suite: string;
  name: string;
  file: string | null;
  variant: string | null;
  runs: number;
  flakyRuns: number;
  failedRuns: number;
  lastSeen: number | null;
  recent: Float64Array;
  recentCount: number;
  last: number;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const pctOf = (covered: number, total: number) => (total > 0 ? round((100 * covered) / total, 2) : null);

function median(values: ArrayLike<number>, count: number): number {
  return count === 0 ? 0 : middle(Array.from({ length: count }, (_, index) => values[index] as number));
}

/**
 * The package of a file: its directory up to two levels (`packages/cart/src/a.ts` → `packages/cart`,
 * `src/record/html.ts` → `src/record`, `main.go` → `.`).
 */
export function packageOf(path: string): string {
  const parts = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  parts.pop();
  return parts.length === 0 ? '.' : parts.slice(0, 2).join('/');
}

function packages(files: Record<string, [number, number]>): Map<string, { covered: number; total: number; files: number }> {
  const out = new Map<string, { covered: number; total: number; files: number }>();
  for (const [path, [covered, total]] of Object.entries(files)) {
    const name = packageOf(path);
    const entry = out.get(name) ?? { covered: 0, total: 0, files: 0 };
    entry.covered += covered;
    entry.total += total;
    entry.files++;
    out.set(name, entry);
  }
  return out;
}

export function aggregate(records: Iterable<HistoryRecord>, options: DashboardOptions = {}): DashboardData {
  const window = options.window ?? 20;
  const top = options.top ?? 100;
  const runs: RunSeries = {
    at: [],
    id: [],
    commit: [],
    branch: [],
    url: [],
    ok: [],
    tests: [],
    failed: [],
    flaky: [],
    skipped: [],
    passRate: [],
    flakyRate: [],
    duration: [],
    testTime: [],
    coverageLines: [],
    coverageBranches: [],
    saved: [],
    selected: [],
    suites: [],
  };
  const suiteIndex = new Map<string, number>();
  const suiteDurations: Array<Array<number | null>> = [];
  const suiteRecent = new Map<string, number[]>();
  const tests = new Map<string, TestAcc>();
  const perf = new Map<string, { row: PerfSeries; bigger: boolean | undefined }>();
  let latest: HistoryRecord | undefined;
  let firstPackages: Map<string, { covered: number; total: number; files: number }> | undefined;
  let lastFiles: { at: number; files: Record<string, [number, number]> } | undefined;
  let fullRecords = 0;
  const selection = { runs: 0, known: 0, savedSeconds: 0, skippedSuites: 0 };

  for (const record of records) {
    const index = runs.at.length;
    const at = Math.round(Date.parse(record.run.at) / 1000);
    const t = record.totals;
    const ran = t.tests - t.skipped;
    runs.at.push(at);
    runs.id.push(record.run.id);
    runs.commit.push(record.run.commit);
    runs.branch.push(record.run.branch ?? null);
    runs.url.push(record.run.url ?? null);
    runs.ok.push(record.run.conclusion === 'success' ? 1 : 0);
    runs.tests.push(t.tests);
    runs.failed.push(t.failed + t.errored);
    runs.flaky.push(t.flaky);
    runs.skipped.push(t.skipped);
    runs.passRate.push(ran > 0 ? round((100 * t.passed) / ran, 2) : null);
    runs.flakyRate.push(ran > 0 ? round((100 * t.flaky) / ran, 2) : null);
    runs.duration.push(round(record.run.duration, 1));
    runs.testTime.push(round(t.duration, 1));
    runs.coverageLines.push(record.coverage?.totals.lines.pct ?? null);
    runs.coverageBranches.push(record.coverage?.totals.branches.pct ?? null);
    runs.saved.push(record.selection.savedSeconds);
    runs.selected.push(record.selection.selected);
    runs.suites.push(record.selection.suites);
    selection.runs++;
    selection.skippedSuites += record.selection.skipped;
    if (record.selection.savedSeconds !== null) {
      selection.known++;
      selection.savedSeconds += record.selection.savedSeconds;
    }

    for (const suite of record.suites) {
      let at = suiteIndex.get(suite.name);
      if (at === undefined) {
        at = suiteDurations.push(new Array<number | null>(index).fill(null)) - 1;
        suiteIndex.set(suite.name, at);
      }
      const column = suiteDurations[at] as Array<number | null>;
      column[index] = suite.selected ? round(suite.duration, 1) : null;
      if (suite.selected) {
        const recent = suiteRecent.get(suite.name) ?? [];
        recent.push(suite.duration);
        if (recent.length > window) recent.shift();
        suiteRecent.set(suite.name, recent);
      }
    }
    for (const column of suiteDurations) if (column.length <= index) column.push(null);

    if (record.testsKept === 'all') {
      fullRecords++;
      for (const test of record.tests) {
        const key = test.variant ? `${test.id}\u0000${test.variant}` : test.id;
        let acc = tests.get(key);
        if (!acc) {
          acc = {
            suite: test.suite,
            name: test.name,
            file: test.file ?? null,
            variant: test.variant ?? null,
            runs: 0,
            flakyRuns: 0,
            failedRuns: 0,
            lastSeen: null,
            recent: new Float64Array(window),
            recentCount: 0,
            last: 0,
          };
          tests.set(key, acc);
        }
        if (test.status === 'skipped') continue;
        acc.runs++;
        acc.name = test.name;
        const flaky = test.flaky === true || (test.status === 'passed' && (test.failures ?? 0) > 0);
        const failed = test.status === 'failed' || test.status === 'errored';
        if (flaky) acc.flakyRuns++;
        if (failed) acc.failedRuns++;
        if (flaky || failed) acc.lastSeen = at;
        if (test.duration !== undefined) {
          acc.recent[acc.recentCount % window] = test.duration;
          acc.recentCount++;
          acc.last = test.duration;
        }
      }
    }

    if (record.coverage?.files) {
      lastFiles = { at, files: record.coverage.files };
      if (!firstPackages) firstPackages = packages(record.coverage.files);
    }

    for (const row of record.perf) {
      const key = `${row.series}\u0000${row.metric}`;
      let entry = perf.get(key);
      if (!entry) {
        entry = {
          row: {
            series: row.series,
            metric: row.metric,
            unit: row.unit,
            biggerIsBetter: false,
            run: [],
            value: [],
            lo: [],
            hi: [],
            steps: [],
            status: [],
          },
          bigger: row.biggerIsBetter,
        };
        perf.set(key, entry);
      }
      if (row.biggerIsBetter !== undefined) entry.bigger = row.biggerIsBetter;
      entry.row.run.push(index);
      entry.row.value.push(row.value);
      entry.row.status.push(row.status ?? null);
    }
    latest = record;
  }

  // perf: change points on each series, then the band of the values before each point since the last step
  const perfRows = [...perf.values()]
    .map(({ row, bigger }) => {
      row.biggerIsBetter = bigger ?? /throughput|rps|ops|per.?s/i.test(`${row.metric} ${row.unit}`);
      row.steps = stepsOf(row.value, row.biggerIsBetter);
      let segmentStart = 0;
      let step = 0;
      for (let at = 0; at < row.value.length; at++) {
        if (row.steps[step] === at) {
          segmentStart = at;
          step++;
        }
        const from = Math.max(segmentStart, at - window);
        if (at - from < 3) {
          row.lo.push(null);
          row.hi.push(null);
          continue;
        }
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let k = from; k < at; k++) {
          const value = row.value[k] as number;
          if (value < lo) lo = value;
          if (value > hi) hi = value;
        }
        row.lo.push(lo);
        row.hi.push(hi);
      }
      return row;
    })
    .sort((a, b) => (b.run.at(-1) ?? 0) - (a.run.at(-1) ?? 0) || a.series.localeCompare(b.series) || a.metric.localeCompare(b.metric))
    .slice(0, options.perfCharts ?? 24);

  // flaky: testops' latest estimates first, then what the window observed
  const latestFlaky = new Map((latest?.flaky ?? []).map((entry) => [entry.id, entry]));
  const flaky: FlakyRow[] = [];
  const listed = new Set<string>();
  for (const [key, acc] of tests) {
    const id = key.split('\u0000')[0] as string;
    const known = latestFlaky.get(id);
    if (acc.flakyRuns === 0 && !(known && known.state !== 'stable' && known.state !== 'cleared')) continue;
    listed.add(id);
    flaky.push({
      id,
      suite: acc.suite,
      name: acc.name,
      file: acc.file,
      variant: acc.variant,
      estimate: known ? known.rate : null,
      state: known ? known.state : null,
      quarantined: known?.quarantined ?? false,
      issue: known?.issue ?? null,
      issueUrl: known?.url ?? null,
      runs: acc.runs,
      flakyRuns: acc.flakyRuns,
      failedRuns: acc.failedRuns,
      observed: acc.runs > 0 ? acc.flakyRuns / acc.runs : null,
      lastSeen: acc.lastSeen,
    });
  }
  for (const entry of latest?.flaky ?? [])
    if (!listed.has(entry.id) && entry.state !== 'stable' && entry.state !== 'cleared')
      flaky.push({
        id: entry.id,
        suite: entry.suite,
        name: entry.name,
        file: null,
        variant: null,
        estimate: entry.rate,
        state: entry.state,
        quarantined: entry.quarantined,
        issue: entry.issue ?? null,
        issueUrl: entry.url ?? null,
        runs: 0,
        flakyRuns: 0,
        failedRuns: 0,
        observed: null,
        lastSeen: null,
      });
  flaky.sort(
    (a, b) =>
      (b.estimate ?? -1) - (a.estimate ?? -1) ||
      (b.observed ?? 0) - (a.observed ?? 0) ||
      b.flakyRuns - a.flakyRuns ||
      a.name.localeCompare(b.name),
  );

  // slowest: median of the recent durations, the top N kept with a bounded selection
  const slowest: SlowRow[] = [];
  for (const [key, acc] of tests) {
    if (acc.recentCount === 0) continue;
    const value = median(acc.recent, Math.min(acc.recentCount, window));
    if (slowest.length >= top && value <= (slowest[slowest.length - 1] as SlowRow).median) continue;
    const row: SlowRow = {
      id: key.split('\u0000')[0] as string,
      suite: acc.suite,
      name: acc.name,
      file: acc.file,
      variant: acc.variant,
      median: round(value),
      last: round(acc.last),
      runs: acc.runs,
    };
    let at = slowest.length;
    while (at > 0 && (slowest[at - 1] as SlowRow).median < row.median) at--;
    slowest.splice(at, 0, row);
    if (slowest.length > top) slowest.pop();
  }

  const suites: SuiteRow[] = (latest?.suites ?? []).map((suite) => {
    const recent = suiteRecent.get(suite.name) ?? [];
    const last = suite.selected ? suite.duration : null;
    return {
      name: suite.name,
      status: suite.selected ? suite.status : 'skipped',
      last: last === null ? null : round(last, 1),
      median: recent.length ? round(median(recent, recent.length), 1) : null,
      budget: suite.budget ?? null,
      ofBudget: last !== null && suite.budget ? round(last / suite.budget, 3) : null,
      tests: suite.tests,
    };
  });
  suites.sort((a, b) => (b.ofBudget ?? -1) - (a.ofBudget ?? -1) || (b.last ?? 0) - (a.last ?? 0));

  const packageRows: PackageRow[] = lastFiles
    ? [...packages(lastFiles.files)]
        .map(([name, entry]) => {
          const first = firstPackages?.get(name);
          return {
            name,
            covered: entry.covered,
            total: entry.total,
            pct: pctOf(entry.covered, entry.total),
            firstPct: first ? pctOf(first.covered, first.total) : null,
            files: entry.files,
          };
        })
        .sort((a, b) => (a.pct ?? 101) - (b.pct ?? 101) || a.name.localeCompare(b.name))
    : [];

  return {
    title: options.title ?? 'testops dashboard',
    generatedAt: (options.now ?? new Date()).toISOString(),
    records: runs.at.length,
    fullRecords,
    window,
    runs,
    suiteNames: [...suiteIndex.keys()],
    suiteDurations,
    suites,
    flaky: flaky.slice(0, top),
    slowest,
    coverageAt: lastFiles?.at ?? null,
    packages: packageRows,
    perf: perfRows,
    selection: { ...selection, savedSeconds: round(selection.savedSeconds, 1) },
  };
}
