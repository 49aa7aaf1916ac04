/**
 * Merging one run into the baseline (default-branch runs). Every window is bounded: a test keeps
 * its last `historyRuns` outcomes, a perf metric and a duration series their last `perfSamples` runs.
 */
import { perfSeriesKey } from '../util/series.js';
import type { Baseline, CoverageReport, Provenance, RunsFile, TestCase, TestHistoryEntry } from '../model.js';
import { runCoverage } from '../ingest/coverage/totals.js';
import { isInfraSuite } from '../flaky/observations.js';
import { legacyTestId } from '../util/id.js';
import { BASELINE_SCHEMA_VERSION } from './format.js';
import { addPerfRun } from './perf-window.js';

export interface BaselineLimits {
  historyRuns: number;
  perfSamples: number;
}

/** Tests not seen for this long are dropped (renamed or deleted tests would otherwise pile up). */
const FORGET_AFTER_SECONDS = 90 * 86400;

const lastN = <T>(values: T[], n: number): T[] => (values.length > n ? values.slice(values.length - n) : values);

function historyEntry(test: TestCase, suite: string, provenance: Provenance, infra: boolean): TestHistoryEntry {
  const failures = test.attempts.filter((attempt) => attempt.status === 'failed' || attempt.status === 'errored');
  const message = failures[0]?.message;
  return {
    commit: provenance.commit,
    ...(provenance.tree ? { tree: provenance.tree } : {}),
    ...(provenance.scopes?.[suite] ? { scope: provenance.scopes[suite] } : {}),
    ...(provenance.runId !== undefined ? { runId: provenance.runId } : {}),
    ...(provenance.runAttempt !== undefined ? { runAttempt: provenance.runAttempt } : {}),
    branch: provenance.branch,
    at: provenance.createdAt,
    status: test.status,
    attempts: Math.max(1, test.attempts.length),
    failures: failures.length,
    ...(infra ? { infra: true } : {}),
    ...(message ? { message: message.slice(0, 200) } : {}),
  };
}

function emptyBaseline(provenance: Provenance): Baseline {
  return { schemaVersion: BASELINE_SCHEMA_VERSION, provenance, perf: {}, tests: {}, suiteDurations: {}, totalDurations: [], findings: [] };
}

export function updateBaseline(
  previous: Baseline | null,
  runs: RunsFile,
  provenance: Provenance,
  limits: BaselineLimits,
  /** the run's merged coverage when the caller has it (the report step does); merged here otherwise */
  coverage: CoverageReport | undefined = runCoverage(runs.suites.filter((suite) => suite.selected && suite.status !== 'skipped')),
): Baseline {
  const base = previous ?? emptyBaseline(provenance);
  const next: Baseline = {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    provenance: { ...provenance, schemaVersion: BASELINE_SCHEMA_VERSION },
    ...(base.coverage ? { coverage: base.coverage } : {}),
    perf: structuredClone(base.perf),
    tests: structuredClone(base.tests),
    suiteDurations: structuredClone(base.suiteDurations),
    fileDurations: structuredClone(base.fileDurations ?? {}),
    totalDurations: [...base.totalDurations],
    findings: [...base.findings],
  };
  const ran = runs.suites.filter((suite) => suite.selected && suite.status !== 'skipped');
  /** entries under pre-2026-12 ids taken over by tests of this run: dropped once all have adopted them */
  const adopted = new Set<string>();
  const current = new Set<string>();

  // tests
  for (const suite of ran) {
    // One definition of an infrastructure run for the baseline and the flaky estimator: more than
    // half of a suite's tests failed at least once (retries that survived an outage included).
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      // the id holds the variant: one history per matrix leg, a Windows job's never mixes with Linux's
      current.add(test.id);
      const key = test.id;
      const known = next.tests[key] ?? adoptLegacy(next.tests, test, adopted);
      const entry = historyEntry(test, suite.name, provenance, infra);
      if (known) {
        known.history = lastN([...known.history, entry], limits.historyRuns);
        known.name = test.name;
      } else
        next.tests[key] = {
          suite: test.suite,
          name: test.name,
          ...(test.file ? { file: test.file } : {}),
          ...(test.variant ? { variant: test.variant } : {}),
          history: [entry],
        };
    }
  }
  for (const id of adopted) if (!current.has(id)) delete next.tests[id];
  const now = Date.parse(provenance.createdAt);
  for (const [id, test] of Object.entries(next.tests)) {
    const newest = test.history.at(-1);
    if (!newest || now - Date.parse(newest.at) > FORGET_AFTER_SECONDS * 1000) delete next.tests[id];
  }

  // coverage: this run's when it has any, else the previous one stays
  if (coverage)
    next.coverage = {
      totals: coverage.totals,
      files: Object.fromEntries(
        coverage.files.map((file) => [file.path, { covered: file.lines.filter(([, hits]) => hits > 0).length, total: file.lines.length }]),
      ),
    };

  // perf: each run adds one entry (its repeats summarised) to the metric's window of runs
  for (const suite of ran) {
    for (const scenario of suite.perf) {
      const metrics = (next.perf[perfSeriesKey(suite.name, scenario.name)] ??= {});
      for (const [name, metric] of Object.entries(scenario.metrics)) {
        const series = addPerfRun(metrics[name], metric, provenance, limits.perfSamples);
        if (series) metrics[name] = series;
      }
    }
  }

  // durations
  const fileDurations = next.fileDurations ?? {};
  for (const suite of ran) {
    if (suite.status === 'passed' || suite.status === 'failed')
      next.suiteDurations[suite.name] = lastN([...(next.suiteDurations[suite.name] ?? []), suite.duration], limits.perfSamples);
    const perFile = new Map<string, number>();
    for (const test of suite.tests) if (test.file) perFile.set(test.file, (perFile.get(test.file) ?? 0) + test.duration);
    if (perFile.size === 0) continue;
    const files = (fileDurations[suite.name] ??= {});
    for (const [file, seconds] of perFile) files[file] = lastN([...(files[file] ?? []), seconds], limits.perfSamples);
  }
  next.fileDurations = fileDurations;
  const total = (Date.parse(runs.finishedAt) - Date.parse(runs.startedAt)) / 1000;
  if (Number.isFinite(total) && total >= 0 && !runs.cancelled)
    next.totalDurations = lastN([...next.totalDurations, total], limits.perfSamples);

  // known findings: replaced when a security scan ran, so fixed findings leave the baseline
  const scanned = ran.some((suite) => suite.level === 'security' || suite.security.length > 0);
  if (scanned) next.findings = [...new Set(ran.flatMap((suite) => suite.security.map((finding) => finding.fingerprint)))].sort();
  return next;
}

/**
 * History recorded before suite paths, occurrences and variants were part of a test's id
 * (docs/formats.md, "Test identity"): a test with no entry under its id takes a copy of the entry
 * under its old id, so its history continues. Every leg of a matrix takes its own copy (the old
 * history mixed the legs); the old entry is dropped after the run.
 */
function adoptLegacy(tests: Baseline['tests'], test: TestCase, adopted: Set<string>): Baseline['tests'][string] | undefined {
  // a later occurrence was merged into the first one under the old id: the history is the first's
  if (test.occurrence) return undefined;
  const legacy = legacyTestId(test);
  const entry = legacy === test.id ? undefined : tests[legacy];
  if (!entry) return undefined;
  adopted.add(legacy);
  tests[test.id] = { ...entry, history: [...entry.history] };
  return tests[test.id];
}
