/**
 * One history record: what one run leaves behind for trends — every test's outcome and duration
 * (by id and variant), suites and their durations, coverage totals and per file, perf run values,
 * security counts, what selection saved, and where the run came from (commit, branch, time, run id).
 *
 * The same shape is the file on the data branch (docs/history.md), the lines of its compacted
 * archive, and what `readHistory` returns to the dashboard and the health check. Records are
 * checked with zod when read: a damaged or foreign file is named with the field at fault.
 */
import { z } from 'zod';
import { runCoverage } from '../ingest/coverage/totals.js';
import type { CoverageReport, Plan, Report, RunsFile, Severity, TestCase, TestStatus } from '../model.js';
import { perfSeriesKey } from '../util/series.js';
import { testTotalsSchema } from '../util/artifacts.js';
import { stableHash, testNaming } from '../util/id.js';

export const HISTORY_RECORD_VERSION = 1;

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 time');
const count = z.number().int().min(0);
const seconds = z.number().min(0);
const ratio = z.object({ covered: z.number().min(0), total: z.number().min(0), pct: z.number().nullable() });
const testStatus = z.enum(['passed', 'failed', 'errored', 'skipped']);

/** One test in one run. Optional fields are left out when they hold their usual value, to keep records small. */
export const historyTestSchema = z.object({
  id: z.string().min(1),
  suite: z.string(),
  name: z.string(),
  file: z.string().optional(),
  /** the matrix leg (job and matrix values, or the runner OS); absent when none */
  variant: z.string().optional(),
  status: testStatus,
  /** seconds over all attempts; absent when the source had only the failure (report.json alone) */
  duration: seconds.optional(),
  /** attempts, when more than one */
  attempts: z.number().int().min(2).optional(),
  /** failed attempts, when any */
  failures: z.number().int().min(1).optional(),
  /** failed then passed within the run */
  flaky: z.literal(true).optional(),
});

export const historySuiteSchema = z.object({
  name: z.string(),
  selected: z.boolean(),
  status: z.enum(['passed', 'failed', 'timeout', 'errored', 'skipped', 'cancelled']),
  duration: seconds,
  budget: seconds.optional(),
  level: z.string().optional(),
  tests: count,
  failed: count,
  skipped: count,
  flaky: count,
});

export const historyPerfSchema = z.object({
  /** the baseline's series key: the suite, or "suite › scenario" */
  series: z.string(),
  metric: z.string(),
  unit: z.string(),
  /** absent when the source did not say (report.json alone) */
  biggerIsBetter: z.boolean().optional(),
  /** the run's value (the gate's head value: the trimmed mean of its repeats) */
  value: z.number(),
  /** the repeats' values, when there were several */
  samples: z.array(z.number()).optional(),
  /** the baseline value the gate compared with, when it had one */
  base: z.number().nullable().optional(),
  status: z.enum(['pass', 'warn', 'fail', 'skipped']).optional(),
});

export const historyFlakySchema = z.object({
  id: z.string(),
  suite: z.string(),
  name: z.string(),
  state: z.enum(['flaky', 'broken', 'stable', 'cleared']),
  /** estimated failure probability 0–1 */
  rate: z.number().min(0).max(1),
  runs: count,
  quarantined: z.boolean(),
  issue: z.number().int().optional(),
  url: z.string().optional(),
});

const severityCounts = z.object({ critical: count, high: count, medium: count, low: count, info: count });

export const historyRecordSchema = z.object({
  version: z.literal(HISTORY_RECORD_VERSION),
  run: z.object({
    /** unique per run attempt: "<run id>-<attempt>" in Actions, a content hash for imported reports */
    id: z.string().regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, ".", "_" or "-"'),
    commit: z.string(),
    branch: z.string().optional(),
    /** push | pull_request | schedule | local | … */
    event: z.string(),
    pr: z.number().int().optional(),
    /** when the report was made */
    at: isoTime,
    url: z.string().optional(),
    conclusion: z.enum(['success', 'failure']),
    /** seconds, the whole run */
    duration: seconds,
  }),
  totals: testTotalsSchema,
  suites: z.array(historySuiteSchema),
  /**
   * `all`: every test of the run is in `tests`; `failures`: only the failed and flaky ones (the
   * source was report.json without runs.json, or the record was compacted).
   */
  tests: z.array(historyTestSchema),
  testsKept: z.enum(['all', 'failures']),
  /** set when compaction dropped the passing tests and the per-file coverage of an old record */
  compacted: z.literal(true).optional(),
  coverage: z
    .object({
      totals: z.object({ lines: ratio, branches: ratio, functions: ratio }),
      /** path → [covered lines, coverable lines]; absent when the source had no per-file data */
      files: z.record(z.string(), z.tuple([count, count])).optional(),
    })
    .optional(),
  perf: z.array(historyPerfSchema),
  security: z.object({
    counts: severityCounts,
    new: count,
    existing: count,
    /** every finding's fingerprint, when known: rebuilds the baseline's known findings */
    fingerprints: z.array(z.string()).optional(),
  }),
  selection: z.object({
    /** suites in the config, selected, and skipped by impact analysis */
    suites: count,
    selected: count,
    skipped: count,
    changedFiles: count.nullable(),
    full: z.boolean(),
    /** seconds the skipped suites took in the baseline; null when unknown */
    savedSeconds: seconds.nullable(),
  }),
  flaky: z.array(historyFlakySchema),
});

export type HistoryRecord = z.output<typeof historyRecordSchema>;
export type HistoryTest = z.output<typeof historyTestSchema>;
export type HistorySuite = z.output<typeof historySuiteSchema>;
export type HistoryPerf = z.output<typeof historyPerfSchema>;
export type HistoryFlaky = z.output<typeof historyFlakySchema>;

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const failing = (status: TestStatus) => status === 'failed' || status === 'errored';
const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

function testRow(test: TestCase): HistoryTest {
  const failures = test.attempts.filter((attempt) => failing(attempt.status)).length;
  return {
    ...testNaming(test),
    status: test.status,
    duration: round(test.duration),
    ...(test.attempts.length > 1 ? { attempts: test.attempts.length } : {}),
    ...(failures > 0 ? { failures } : {}),
    ...(test.flaky ? { flaky: true as const } : {}),
  };
}

/** A run id safe in a file name: the Actions run id and attempt, else a hash of what identifies the report. */
export function recordRunId(report: Report): string {
  const { runId, runAttempt } = report.event;
  if (runId && /^[A-Za-z0-9._-]+$/.test(runId)) return `${runId}-${runAttempt ?? 1}`;
  return `local-${stableHash(report.createdAt, report.event.headSha, report.event.name, JSON.stringify(report.totals))}`;
}

function coverageFiles(coverage: CoverageReport): Record<string, [number, number]> {
  return Object.fromEntries(
    coverage.files.map((file) => {
      const counts = file.counts?.lines;
      return [file.path, counts ? [counts.covered, counts.total] : [file.lines.filter(([, hits]) => hits > 0).length, file.lines.length]];
    }),
  );
}

function perfRows(report: Report, runs: RunsFile | undefined): HistoryPerf[] {
  const gated = new Map(report.perf.map((row) => [`${row.scenario}\u0000${row.metric}`, row]));
  if (!runs)
    return report.perf.map((row) => ({
      series: row.scenario,
      metric: row.metric,
      unit: row.unit,
      value: row.head,
      ...(row.base !== null ? { base: row.base } : {}),
      status: row.status,
    }));
  const rows: HistoryPerf[] = [];
  for (const suite of runs.suites)
    for (const scenario of suite.perf) {
      const series = perfSeriesKey(suite.name, scenario.name);
      for (const [metric, value] of Object.entries(scenario.metrics)) {
        const gate = gated.get(`${series}\u0000${metric}`);
        rows.push({
          series,
          metric,
          unit: value.unit,
          biggerIsBetter: value.biggerIsBetter,
          value: gate?.head ?? value.value,
          ...(value.samples && value.samples.length > 1 ? { samples: value.samples } : {}),
          ...(gate && gate.base !== null ? { base: gate.base } : {}),
          ...(gate ? { status: gate.status } : {}),
        });
      }
    }
  return rows;
}

function selection(report: Report, plan: Plan | undefined): HistoryRecord['selection'] {
  const skipped = report.suites.filter((suite) => !suite.selected);
  const known = plan ? plan.suites.filter((suite) => !suite.selected) : [];
  const estimates = known.map((suite) => suite.estimatedDuration);
  return {
    suites: report.suites.length,
    selected: report.suites.length - skipped.length,
    skipped: skipped.length,
    changedFiles: report.changedFiles,
    full: plan ? plan.full : skipped.length === 0,
    // unknown unless every skipped suite had a duration in the baseline (a partial sum would understate)
    savedSeconds:
      skipped.length === 0
        ? 0
        : plan && estimates.length === skipped.length && estimates.every((value) => value !== undefined)
          ? round(estimates.reduce<number>((sum, value) => sum + (value ?? 0), 0))
          : null,
  };
}

/**
 * The record of one run. `report` alone gives the failures, suites, coverage totals, perf values
 * and counts; with the run's `runs` (runs.json) every test and per-file coverage are kept; with
 * its `plan` (plan.json) the time selection saved is known.
 */
export function recordFromReport(
  report: Report,
  /** `coverage`: the run's merged coverage when the report step has it (merged from `runs` otherwise) */
  more: { runs?: RunsFile; plan?: Plan; coverage?: CoverageReport } = {},
): HistoryRecord {
  const { runs, plan } = more;
  const event = report.event;
  const allTests = runs?.suites.flatMap((suite) => suite.tests);
  const tests: HistoryTest[] = allTests
    ? allTests.map(testRow)
    : report.failures.map((test) => ({
        id: test.id,
        suite: test.suite,
        name: test.name,
        ...(test.file ? { file: test.file } : {}),
        status: test.status,
      }));
  const merged = more.coverage ?? (runs ? runCoverage(runs.suites) : undefined);
  const coverage = report.coverage
    ? { totals: report.coverage.totals, ...(merged ? { files: coverageFiles(merged) } : {}) }
    : merged
      ? { totals: merged.totals, files: coverageFiles(merged) }
      : undefined;
  const fingerprints = runs
    ? [...new Set(runs.suites.flatMap((suite) => suite.security.map((finding) => finding.fingerprint)))].sort()
    : undefined;
  return {
    version: HISTORY_RECORD_VERSION,
    run: {
      id: recordRunId(report),
      commit: event.headSha,
      ...(event.branch ? { branch: event.branch } : {}),
      event: event.name,
      ...(event.prNumber !== undefined ? { pr: event.prNumber } : {}),
      at: report.createdAt,
      ...(report.runUrl ? { url: report.runUrl } : {}),
      conclusion: report.conclusion,
      duration: round(report.duration),
    },
    totals: { ...report.totals, duration: round(report.totals.duration) },
    suites: report.suites.map((suite) => ({
      name: suite.name,
      selected: suite.selected,
      status: suite.status,
      duration: round(suite.duration),
      ...(suite.budget !== undefined ? { budget: suite.budget } : {}),
      ...(suite.level ? { level: suite.level } : {}),
      tests: suite.tests.tests,
      failed: suite.tests.failed + suite.tests.errored,
      skipped: suite.tests.skipped,
      flaky: suite.tests.flaky,
    })),
    tests,
    testsKept: allTests ? 'all' : 'failures',
    ...(coverage ? { coverage } : {}),
    perf: perfRows(report, runs),
    security: {
      counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, report.security.counts[severity] ?? 0])) as Record<
        Severity,
        number
      >,
      new: report.security.newFindings.length,
      existing: report.security.existing,
      ...(fingerprints ? { fingerprints } : {}),
    },
    selection: selection(report, plan),
    flaky: report.flaky.map((entry) => ({
      id: entry.id,
      suite: entry.suite,
      name: entry.name,
      state: entry.state,
      rate: entry.rate,
      runs: entry.runs,
      quarantined: entry.quarantined,
      ...(entry.issueNumber !== undefined ? { issue: entry.issueNumber } : {}),
      ...(entry.issueUrl ? { url: entry.issueUrl } : {}),
    })),
  };
}

/**
 * What compaction keeps of an old record: everything about the run, the tests that did not pass
 * (or were flaky), and the coverage totals — the passing tests and per-file coverage go.
 */
export function compactRecord(record: HistoryRecord): HistoryRecord {
  const { files: _files, ...coverage } = record.coverage ?? {};
  return {
    ...record,
    tests: record.tests.filter((test) => test.status !== 'passed' || test.flaky || test.failures),
    testsKept: 'failures',
    compacted: true,
    ...(record.coverage ? { coverage: coverage as NonNullable<HistoryRecord['coverage']> } : {}),
  };
}

/** One line naming what is wrong with a record: the field at fault and what was expected. */
export function parseRecord(value: unknown, where: string): { record: HistoryRecord } | { problem: string } {
  const version = (value as { version?: unknown } | null)?.version;
  if (version !== HISTORY_RECORD_VERSION)
    return { problem: `${where}: history record version ${JSON.stringify(version) ?? 'none'}, expected ${HISTORY_RECORD_VERSION}` };
  const parsed = historyRecordSchema.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${where}: ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}` };
}

/** A record as written: JSON with one test per line, so git's deltas between records stay small. */
export function serializeRecord(record: HistoryRecord): string {
  const { tests, ...rest } = record;
  const head = JSON.stringify({ ...rest, tests: [] });
  const lines = tests.map((test) => JSON.stringify(test));
  return tests.length === 0 ? `${head}\n` : `${head.slice(0, -3)}[\n${lines.join(',\n')}\n]}\n`;
}
