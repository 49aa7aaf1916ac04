/**
 * Reporting: plan + runs + baseline → flakiness, gates, and the Report every renderer reads.
 * `readReportFacts` reads what the report needs besides plan and runs (the baseline directory,
 * git: the lines the change added, the suites' fingerprints); `buildReport` is pure and returns a
 * report that nothing changes afterwards (publishing merges its outcome into a new one,
 * src/pipeline/effects.ts).
 */
import { readBaseline } from '../baseline/index.js';
import type { Config } from '../config/schema.js';
import { analyzeFlakiness, quarantinedIds, suiteScopes } from '../flaky/index.js';
import { retryTime } from '../flaky/retry-time.js';
import { computePatchCoverage, evaluateGates, narrowRunsCoverage, partialRun, patchChanges } from '../gates/index.js';
import { runCoverage, testTotalsOf } from '../ingest/index.js';
import type { Baseline, BaselineInfo, CoverageReport, Plan, Problem, Report, RunsFile, SuiteRun, TestCase } from '../model.js';
import { retryRows, shardRows } from '../runner/replay.js';
import { fromSuiteDirectory } from '../runner/suite-paths.js';
import type { Clock } from '../util/clock.js';
import type { Git } from '../util/git.js';
import { VERSION } from '../version.js';
import { locateInStack } from './locate.js';
import { pushAll } from '../util/arrays.js';

/** Where the report's facts are read from. */
export interface ReportSource {
  plan: Plan;
  runs: RunsFile;
  config: Config;
  baselineDir: string;
  /** the cache key the baseline was restored from (restore step output) */
  baselineKey?: string;
  /** outcome of the restore step: 'failure' means the cache service could not be used */
  baselineOutcome?: string;
  /** what to say when the baseline directory is empty (the default speaks of the Actions cache; a laptop has none) */
  missingBaselineReason?: string;
  /** other RunsFiles of earlier attempts of this workflow run (same tree), for flaky evidence */
  previousAttempts?: RunsFile[];
  git?: Git;
  tree?: string;
  clock: Clock;
}

/** What the report is built from besides plan, runs and config: read once, then only read. */
export interface ReportFacts {
  baseline: Baseline | null;
  baselineInfo: BaselineInfo;
  /** the lines the change added, per file (for patch coverage); absent without a merge-base or coverage */
  changedLines?: Map<string, number[]>;
  /** why the changed lines could not be read */
  changedLinesProblem?: string;
  /** suite → fingerprint of what its tests reach at the head */
  scopes: Record<string, string>;
  tree?: string;
  previousAttempts?: RunsFile[];
  /** when the report is made (ISO) */
  createdAt: string;
}

export interface ReportInput extends ReportFacts {
  plan: Plan;
  runs: RunsFile;
  config: Config;
}

export interface ReportResult {
  report: Report;
  baseline: Baseline | null;
  /** suite → fingerprint of what its tests reach at the head (flaky evidence; stored in the baseline) */
  scopes: Record<string, string>;
  /** the run's coverage, merged once here for the baseline and the history record (not narrowed) */
  coverage?: CoverageReport;
}

/** When the run step produced nothing, every selected suite is an error — never a pass. */
export function runsForMissingResults(plan: Plan, reason: string, now: Date): RunsFile {
  const at = now.toISOString();
  const suites: SuiteRun[] = plan.suites.map((suite) => ({
    name: suite.name,
    selected: suite.selected,
    reasons: suite.reasons,
    mode: '',
    seed: plan.seed,
    command: '',
    status: suite.selected ? 'errored' : 'skipped',
    exitCode: null,
    duration: 0,
    attempts: [],
    services: [],
    tests: [],
    totals: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 },
    perf: [],
    security: [],
    problems: suite.selected ? [{ kind: 'crash', suite: suite.name, message: reason }] : [],
  }));
  return { version: 1, startedAt: at, finishedAt: at, cancelled: false, seed: plan.seed, suites };
}

function baselineFor(input: ReportSource): { baseline: Baseline | null; info: BaselineInfo } {
  const read = readBaseline(input.baselineDir, {
    maxAgeSeconds: input.config.baseline['max-age'],
    now: input.clock.now(),
    restoredKey: input.baselineKey || undefined,
  });
  if (read.info.status === 'missing' && input.baselineOutcome === 'failure')
    return {
      baseline: null,
      info: { status: 'unavailable', reason: 'no baseline: the cache service could not be reached, so nothing was restored' },
    };
  if (read.info.status === 'missing' && input.missingBaselineReason)
    return { baseline: null, info: { ...read.info, reason: input.missingBaselineReason } };
  return read;
}

/** The tests flaky in this run, the retries and the shards (the Retries and Shards tables), when there are any. */
function flakyAndRetries(lists: readonly (readonly TestCase[])[], runs: RunsFile): Pick<Report, 'flakyTests' | 'retries' | 'shards'> {
  const flakyTests: NonNullable<Report['flakyTests']> = [];
  for (const tests of lists)
    for (const test of tests) {
      if (!test.flaky || test.status !== 'passed') continue;
      const failing = test.attempts.find((attempt) => attempt.status === 'failed' || attempt.status === 'errored');
      flakyTests.push({
        id: test.id,
        suite: test.suite,
        name: test.name,
        ...(test.classname ? { classname: test.classname } : {}),
        ...(test.file ? { file: test.file } : {}),
        ...(test.line ? { line: test.line } : {}),
        ...(failing?.message ? { message: failing.message } : {}),
      });
    }
  const retries = retryRows(runs);
  const shards = shardRows(runs);
  return {
    ...(flakyTests.length > 0 ? { flakyTests } : {}),
    ...(retries.length > 0 ? { retries } : {}),
    ...(shards.length > 0 ? { shards } : {}),
  };
}

/** The report's facts: the baseline, the lines the change added, the suites' fingerprints. */
export async function readReportFacts(input: ReportSource): Promise<ReportFacts> {
  const { plan, runs, git } = input;
  const { baseline, info } = baselineFor(input);
  let changed: Pick<ReportFacts, 'changedLines' | 'changedLinesProblem'> = {};
  if (git && plan.mergeBase && runs.suites.some((suite) => suite.coverage)) {
    try {
      changed = { changedLines: await patchChanges(git, plan.mergeBase, plan.event.headSha) };
    } catch (error) {
      changed = { changedLinesProblem: (error as Error).message };
    }
  }
  return {
    baseline,
    baselineInfo: info,
    ...changed,
    scopes: git ? await suiteScopes(git, input.config.suites, plan.event.headSha) : {},
    ...(input.tree ? { tree: input.tree } : {}),
    ...(input.previousAttempts ? { previousAttempts: input.previousAttempts } : {}),
    createdAt: input.clock.now().toISOString(),
  };
}

/** Read the facts and build the report. */
export async function assembleReport(input: ReportSource): Promise<ReportResult> {
  const { plan, runs, config } = input;
  return buildReport({ plan, runs, config, ...(await readReportFacts(input)) });
}

/** The report of a run. Pure: the same input gives the same report, and nothing is read or written. */
export function buildReport(input: ReportInput): ReportResult {
  const { plan, runs, config, baseline, baselineInfo: info, scopes } = input;
  const problems: Problem[] = [...plan.problems];
  if (info.status !== 'ok') problems.push({ kind: 'baseline', message: info.reason ?? `baseline ${info.status}` });

  // test files narrowed by imports: coverage and patch coverage are judged over the files those tests cover
  const partial = partialRun(plan);
  const judged = narrowRunsCoverage(runs, partial);
  const measured = runCoverage(runs.suites);
  const coverage = judged === runs ? measured : runCoverage(judged.suites);
  const patch = coverage && input.changedLines ? computePatchCoverage(input.changedLines, coverage) : undefined;
  if (coverage && input.changedLinesProblem)
    problems.push({ kind: 'other', message: `patch coverage could not be computed: ${input.changedLinesProblem}` });

  const flaky = analyzeFlakiness({
    runs,
    baseline,
    config: config.flaky,
    event: plan.event,
    scopes,
    ...(input.tree ? { tree: input.tree } : {}),
    ...(input.previousAttempts ? { previousAttempts: input.previousAttempts } : {}),
  });
  const gates = evaluateGates({ runs: judged, coverage, baseline, baselineInfo: info, config, patch, flaky, partial });

  // per suite, never one joined list: a run may hold millions of tests
  const testLists = runs.suites.map((suite) => suite.tests);
  const quarantined = quarantinedIds(flaky);
  for (const suite of runs.suites) pushAll(problems, suite.problems);
  if (runs.cancelled) problems.push({ kind: 'cancelled', message: 'the run was cancelled; the report holds what was gathered before' });
  if (plan.event.isFork)
    problems.push({
      kind: 'github',
      message: 'fork PR: the token is read-only, so the report goes to the job summary and report.json only',
    });

  const started = Date.parse(runs.startedAt);
  const finished = Date.parse(runs.finishedAt);
  const event = plan.event;
  const addedByRetries = retryTime(runs);
  const report: Report = {
    version: 1,
    conclusion: gates.conclusion,
    createdAt: input.createdAt,
    event,
    gates: gates.verdicts,
    suites: runs.suites.map((suite) => ({
      name: suite.name,
      selected: suite.selected,
      reasons: suite.reasons,
      status: suite.status,
      duration: suite.duration,
      exitCode: suite.exitCode,
      ...(suite.mode ? { mode: suite.mode } : {}),
      ...(suite.level ? { level: suite.level } : {}),
      ...(suite.budget !== undefined ? { budget: suite.budget } : {}),
      ...(suite.early ? { early: suite.early } : {}),
      tests: suite.totals,
      problems: suite.problems,
      ...withHistory(baseline?.suiteDurations?.[suite.name]?.slice(-CHART_HISTORY)),
    })),
    seed: runs.seed || plan.seed,
    totals: testTotalsOf(testLists),
    failures: testLists
      .flatMap((tests) => tests.filter((test) => test.status === 'failed' || test.status === 'errored'))
      .map((test) => {
        const failing = [...test.attempts].reverse().find((attempt) => attempt.status === 'failed' || attempt.status === 'errored');
        // a suite that runs in its working-directory names files from there: annotations need repository paths
        const suite = config.suites[test.suite] ?? {};
        const testFile = test.file === undefined ? undefined : fromSuiteDirectory(suite, test.file);
        const found = test.file && test.line ? undefined : locateInStack(failing?.stack, plan.repoRoot);
        const located = found && (found.relative ? { ...found, file: fromSuiteDirectory(suite, found.file) } : found);
        const file = testFile ?? located?.file;
        const line = test.line ?? (located && (!testFile || located.file === testFile) ? located.line : undefined);
        return {
          id: test.id,
          suite: test.suite,
          name: test.name,
          status: test.status,
          ...(test.classname ? { classname: test.classname } : {}),
          ...(file ? { file } : {}),
          ...(line ? { line } : {}),
          ...(failing?.message || failing?.stack ? { message: failing.message || failing.stack } : {}),
          ...(quarantined.has(test.id) ? { quarantined: true } : {}),
        };
      }),
    ...(gates.coverage ? { coverage: gates.coverage } : {}),
    perf: gates.perf.map((entry) => ({ ...entry, ...withHistory(perfHistory(baseline, entry.scenario, entry.metric)) })),
    security: gates.security,
    ...(gates.levels.length > 0 ? { levels: gates.levels } : {}),
    flaky,
    ...flakyAndRetries(testLists, runs),
    determinism: runs.suites.flatMap((suite) => (suite.determinism ? [{ suite: suite.name, ...suite.determinism }] : [])),
    baseline: info,
    problems,
    changedFiles: plan.changedFiles ? plan.changedFiles.length : null,
    duration: Number.isFinite(finished - started) ? Math.max(0, (finished - started) / 1000) : 0,
    ...(addedByRetries ? { retryTime: addedByRetries } : {}),
    ...(event.runId && event.repo
      ? { runUrl: `${event.serverUrl ?? 'https://github.com'}/${event.repo.owner}/${event.repo.repo}/actions/runs/${event.runId}` }
      : {}),
    version_testops: VERSION,
  };
  return { report, baseline, scopes, ...(measured ? { coverage: measured } : {}) };
}

/** How many default-branch values the comment's charts show (src/render/mermaid.ts). */
export const CHART_HISTORY = 20;

const withHistory = <T>(history: T[] | undefined): { history?: T[] } => (history && history.length > 0 ? { history } : {});

/** A metric's last default-branch values: its runs (with their commits), or the bare samples of older baselines. */
function perfHistory(baseline: Baseline | null, scenario: string, metric: string): Array<{ value: number; commit?: string }> | undefined {
  const series = baseline?.perf?.[scenario]?.[metric];
  if (!series) return undefined;
  const runs = series.runs?.length
    ? series.runs.map((run) => ({ value: run.value, ...(run.commit ? { commit: run.commit } : {}) }))
    : series.samples.map((value) => ({ value }));
  return runs.filter((run) => Number.isFinite(run.value)).slice(-CHART_HISTORY);
}
