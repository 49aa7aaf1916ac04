/**
 * Merging the runs.json of every shard into one, as if one machine had run them all: a suite
 * split over shards gets its tests concatenated, its durations summed, its totals recomputed.
 */
import { InputError } from '../errors.js';
import { coverageTotals, runCoverage } from '../ingest/coverage/totals.js';
import { testTotals } from '../ingest/tests.js';
import type { Finding, RunsFile, SuiteRun, SuiteStatus } from '../model.js';

export { coverageTotals, testTotals };

/** Worst first: the merged status of a suite is the worst of its shards. */
const STATUS_ORDER: SuiteStatus[] = ['failed', 'timeout', 'errored', 'cancelled', 'passed', 'skipped'];

function mergeSuite(runs: SuiteRun[]): SuiteRun {
  const ran = runs.filter((run) => run.selected);
  if (ran.length === 0) return runs[0];
  if (ran.length === 1) return ran[0];
  const first = ran[0];
  const tests = ran.flatMap((run) => run.tests);
  const status = STATUS_ORDER.find((candidate) => ran.some((run) => run.status === candidate)) ?? first.status;
  const findings = new Map<string, Finding>();
  for (const finding of ran.flatMap((run) => run.security))
    if (!findings.has(finding.fingerprint)) findings.set(finding.fingerprint, finding);
  const startedAt = ran
    .map((run) => run.startedAt)
    .filter((value): value is string => Boolean(value))
    .sort()[0];
  const budgets = ran.map((run) => run.budget).filter((value): value is number => value !== undefined);
  const merged: SuiteRun = {
    ...first,
    reasons: [...new Set(ran.flatMap((run) => run.reasons))],
    shard:
      ran
        .map((run) => run.shard)
        .filter(Boolean)
        .join(', ') || undefined,
    status,
    exitCode: ran.find((run) => run.exitCode !== 0)?.exitCode ?? first.exitCode,
    duration: ran.reduce((sum, run) => sum + run.duration, 0),
    attempts: ran.flatMap((run) => run.attempts),
    services: ran.flatMap((run) => run.services),
    tests,
    totals: testTotals(tests),
    perf: ran.flatMap((run) => run.perf),
    security: [...findings.values()],
    problems: ran.flatMap((run) => run.problems),
  };
  if (startedAt) merged.startedAt = startedAt;
  // expected (from the plan) beside actual, per shard: how well the split was balanced
  merged.shards = ran.map((run) => ({
    shard: run.shard ?? '?',
    ...(run.estimatedDuration !== undefined ? { expected: run.estimatedDuration } : {}),
    actual: run.duration,
  }));
  const expected = ran.map((run) => run.estimatedDuration).filter((value): value is number => value !== undefined);
  if (expected.length > 0) merged.estimatedDuration = expected.reduce((sum, value) => sum + value, 0);
  if (budgets.length > 0) merged.budget = budgets[0];
  // several shards' coverage of one suite: the ingest union (hits add up, branches keep the larger)
  const coverage = runCoverage(ran);
  if (coverage) merged.coverage = coverage;
  else delete merged.coverage;
  const determinism = ran.flatMap((run) => (run.determinism ? [run.determinism] : []));
  if (determinism.length > 0) {
    const identical = determinism.reduce((sum, value) => sum + value.identical, 0);
    const total = determinism.reduce((sum, value) => sum + value.total, 0);
    merged.determinism = { repeats: determinism[0].repeats, identical, total, ratio: total === 0 ? 1 : identical / total };
  }
  return merged;
}

/** One runs file from the shards' runs files (in any order). Throws when given none or an unknown version. */
export function mergeRuns(runs: RunsFile[]): RunsFile {
  if (runs.length === 0)
    throw new InputError('no runs.json to merge: expected the shard results (download them with actions/download-artifact)');
  for (const [index, run] of runs.entries())
    if (run?.version !== 1 || !Array.isArray(run.suites))
      throw new InputError(
        `runs file ${index + 1}: expected a runs.json with "version": 1 and "suites", got ${JSON.stringify(run?.version)}`,
      );
  const sorted = [...runs].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
  const byName = new Map<string, SuiteRun[]>();
  for (const run of sorted) {
    for (const suite of run.suites) {
      const list = byName.get(suite.name) ?? [];
      list.push(suite);
      byName.set(suite.name, list);
    }
  }
  return {
    version: 1,
    startedAt: sorted.map((run) => run.startedAt).sort()[0],
    finishedAt: sorted
      .map((run) => run.finishedAt)
      .sort()
      .at(-1) as string,
    cancelled: sorted.some((run) => run.cancelled),
    seed: sorted[0].seed,
    suites: [...byName.values()].map(mergeSuite),
  };
}
