/**
 * The types every stage shares. Everything here is plain JSON-serialisable data: plan.json,
 * runs.json, report.json and the baseline directory are these shapes written to disk.
 *
 * Units: durations are in seconds (floating point) unless a name says otherwise; percentages
 * are 0–100; rates (error rate, failure probability) are fractions 0–1; timestamps are ISO 8601.
 */

// ───────────────────────────── tests ─────────────────────────────

export type TestStatus = 'passed' | 'failed' | 'errored' | 'skipped';

/** One execution of one test: a retry, a rerun, a repeat or a re-run of the workflow. */
export interface Attempt {
  status: TestStatus;
  /** seconds; 0 when the report gave none */
  duration: number;
  /** first line / attribute message; kept only for attempts that did not pass */
  message?: string;
  /** full failure text / stack; kept only for attempts that did not pass */
  stack?: string;
  /** failure type (e.g. AssertionError) when the report names one */
  type?: string;
  /** captured system-out/system-err, trimmed; only for attempts that did not pass */
  output?: string;
  /** which suite attempt (0-based) of the runner produced this; absent when parsed standalone */
  run?: number;
}

export interface TestCase {
  /**
   * stable id: testIdOf(this) from src/util/id.ts — suite, suite path, file, classname, name,
   * occurrence and variant (docs/formats.md, "Test identity")
   */
  id: string;
  suite: string;
  /** names of the enclosing <testsuite> elements (or CTRF's suite list), outermost first */
  suitePath?: readonly string[];
  /** the k-th (k ≥ 1) test of the same identity inside one report of one attempt; absent for the first */
  occurrence?: number;
  /** the matrix leg: job and matrix values, or the runner OS (see src/util/variant.ts); absent when none */
  variant?: string;
  file?: string;
  line?: number;
  classname?: string;
  name: string;
  /** the final outcome: the last attempt's status (a pass after a failure is `passed` + flaky) */
  status: TestStatus;
  attempts: Attempt[];
  /** failed (or errored) and then passed within one run */
  flaky: boolean;
  /** outcome differed across `repeat` runs with the same seed */
  nondeterministic?: boolean;
  /**
   * early flake detection: its file was added or changed, so it ran `runs` times in this run (its
   * first attempt and each early repeat), `failed` of them failing. Its status stays the suite
   * run's; a failure and a pass among these runs make it flaky.
   */
  early?: { runs: number; failed: number };
  /** total seconds over all attempts */
  duration: number;
}

export interface TestTotals {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  attempts: number;
  /** seconds */
  duration: number;
}

export interface TestReport {
  kind: 'tests';
  /** junit | ctrf */
  format: string;
  /** path as given (relative to the repo root when possible) */
  file: string;
  tests: TestCase[];
  totals: TestTotals;
}

// ───────────────────────────── coverage ─────────────────────────────

export interface Ratio {
  covered: number;
  total: number;
  /** 0–100; null when total is 0: nothing measured is "no data" (shown as —), never 100% */
  pct: number | null;
}

export interface FileCoverage {
  /** relative to the repo root, forward slashes */
  path: string;
  /** [line, hits] sorted by line; one entry per coverable line */
  lines: [number, number][];
  /** [line, covered, total] sorted by line */
  branches: [number, number, number][];
  functions?: { covered: number; total: number };
  /**
   * The format's own counts, when its unit is not the line: Go statements, Istanbul
   * coverage-summary.json (which has no per-line data, so `lines` is empty there). When present,
   * totals use these instead of counting `lines`/`branches`; patch coverage still uses `lines`.
   */
  counts?: { lines: { covered: number; total: number }; branches: { covered: number; total: number } };
}

export interface CoverageTotals {
  lines: Ratio;
  branches: Ratio;
  functions: Ratio;
}

export interface CoverageReport {
  kind: 'coverage';
  /** lcov | cobertura | jacoco | istanbul-summary | istanbul-final | go */
  format: string;
  file: string;
  files: FileCoverage[];
  /** computed from `files`, never trusted from the input */
  totals: CoverageTotals;
  /** what was read but left out (line numbers 0 or below …): said in the run's problems, not fatal */
  warnings?: string[];
}

// ───────────────────────────── perf ─────────────────────────────

/**
 * Canonical metric names: p50 p90 p95 p99 avg min max (milliseconds), throughput (per second),
 * error_rate (fraction 0–1). Any other name is a custom metric with its own unit/direction.
 */
export interface PerfMetric {
  value: number;
  unit: string;
  /** true when bigger is better (throughput); false for latencies, error rate, cost */
  biggerIsBetter: boolean;
  /** several measurements of the same metric (repeats, benchmark ranges) */
  samples?: number[];
}

export interface PerfScenario {
  name: string;
  metrics: Record<string, PerfMetric>;
  /** thresholds the tool itself reported as failed (k6) */
  failedThresholds?: string[];
}

export interface PerfReport {
  kind: 'perf';
  /** k6-summary-export | k6-handle-summary | locust | autocannon | benchmark */
  format: string;
  file: string;
  scenarios: PerfScenario[];
  /** what was read but left out: said in the run's problems, not fatal */
  warnings?: string[];
}

// ───────────────────────────── security ─────────────────────────────

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export interface Finding {
  /** stable identity: from SARIF fingerprints when present, else a hash of rule+location+message */
  fingerprint: string;
  tool: string;
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** SARIF baselineState when the tool gave one */
  baselineState?: string;
  suppressed?: boolean;
  /** e.g. the package name for npm audit */
  package?: string;
  url?: string;
}

export interface SecurityReport {
  kind: 'security';
  /** sarif | npm-audit */
  format: string;
  file: string;
  findings: Finding[];
}

export type ParsedReport = TestReport | CoverageReport | PerfReport | SecurityReport;
export type ReportKind = ParsedReport['kind'];

// ───────────────────────────── problems ─────────────────────────────

/** Something that went wrong and must be said in the report: never silent, never a pass. */
export interface Problem {
  kind:
    | 'parse-error'
    | 'missing-report'
    | 'no-report'
    | 'timeout'
    | 'crash'
    | 'service'
    | 'cancelled'
    | 'config'
    | 'baseline'
    | 'github'
    | 'other';
  message: string;
  suite?: string;
  file?: string;
  line?: number;
  column?: number;
}

// ───────────────────────────── plan ─────────────────────────────

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'changed';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** for renames/copies */
  previousPath?: string;
}

export interface EventInfo {
  /** pull_request | push | workflow_dispatch | schedule | local | … */
  name: string;
  repo?: { owner: string; repo: string };
  ref?: string;
  /** branch name of the run (head branch for PRs) */
  branch?: string;
  headSha: string;
  baseRef?: string;
  baseSha?: string;
  prNumber?: number;
  prLabels?: string[];
  defaultBranch?: string;
  isDefaultBranch: boolean;
  /** PR from a fork: the token is read-only */
  isFork: boolean;
  runId?: string;
  runAttempt?: number;
  /** GITHUB_JOB: the job that tested (its check run is named after it) */
  job?: string;
  serverUrl?: string;
  /**
   * pull_request runs check out a merge commit (headSha = GITHUB_SHA); this is the PR's own head
   * commit, the one its author pushed: links in the comment point at it.
   */
  prHeadSha?: string;
  /** local runs: what the head is ("the working tree: HEAD 1a2b3c4 and 2 uncommitted files", "commit 1a2b3c4 (--head v1)") */
  headLabel?: string;
}

export interface SuitePlan {
  name: string;
  selected: boolean;
  /** why it was selected or skipped, one line each, e.g. "packages/api/src/db.ts → matched packages/api/**" */
  reasons: string[];
  /** for suites with files-arg: the test files to pass ({files}) on this shard */
  files?: string[];
  /** with `files`: how many test files the suite has in all ("12 of 109 test files") */
  testFiles?: number;
  /** historical duration from the baseline, seconds */
  estimatedDuration?: number;
  /** `testops run --failed`: only these tests of the suite run (through its `rerun:` preset) */
  replay?: ReplayTest[];
  /**
   * early flake detection (src/flaky/early.ts): the test files this change adds or modifies, run
   * `repeats` times in all (the suite's run counts as the first) within `budget` seconds of repeats
   */
  early?: {
    files: string[];
    repeats: number;
    /** seconds the repeats may add: early-budget % of the suite's baseline duration; absent without one (then of this run's first attempt) */
    budget?: number;
  };
}

/** A test to replay: failed (or errored) in a report, or flaky (failed, then passed on a retry). */
export interface ReplayTest {
  suite: string;
  name: string;
  classname?: string;
  file?: string;
  line?: number;
  status: 'failed' | 'errored' | 'flaky';
  message?: string;
}

export interface Plan {
  version: 1;
  createdAt: string;
  configPath: string;
  repoRoot: string;
  event: EventInfo;
  /** null on a full run where no diff was computed */
  changedFiles: ChangedFile[] | null;
  changedSource: 'api' | 'git' | 'none';
  full: boolean;
  fullReason?: string;
  /** the merge-base used for the diff (patch coverage uses it too) */
  mergeBase?: string;
  suites: SuitePlan[];
  shard?: { index: number; total: number };
  /** TEST_SEED for this run */
  seed: string;
  cache: { key: string; restoreKeys: string[] };
  /** problems found while planning (API fallback, shallow clone …) */
  problems: Problem[];
}

// ───────────────────────────── runs ─────────────────────────────

export type SuiteStatus = 'passed' | 'failed' | 'timeout' | 'errored' | 'skipped' | 'cancelled';

export interface ServiceRun {
  name: string;
  command: string;
  ready: boolean;
  /** seconds to readiness */
  readyAfter?: number;
  exitCode?: number | null;
  died?: boolean;
  /** last lines of its log, kept when the suite failed or the service died */
  logTail?: string[];
  /** faults applied to it, in time order (docs/resilience.md) */
  faults?: FaultEvent[];
  /** what each of its fault proxies did */
  proxies?: ProxyStats[];
}

/** One fault applied to a service, or its end. `at` is seconds from the start of the suite command. */
export interface FaultEvent {
  at: number;
  kind: 'kill' | 'restart' | 'ready' | 'not-ready' | 'pause' | 'resume' | 'partition' | 'heal';
  /** the service (and proxy port for proxy events) */
  target: string;
  /** the signal, the reason it was not ready … */
  detail?: string;
  /** on a kill: seconds until the service was ready again (absent while it never was) */
  recovery?: number;
}

export interface ProxyStats {
  listen: string;
  to: string;
  connections: number;
  /** closed at once without a reply */
  dropped: number;
  /** reset (TCP RST) after the request arrived */
  reset: number;
  /** could not reach the service */
  refused: number;
  bytesUp: number;
  bytesDown: number;
}

/** What a GOLDEN suite's cassettes looked like after the run. */
export interface CassetteAudit {
  /** cassette files matched by the globs */
  files: number;
  /** how reads were known: the manifest the suite wrote, access times, or not at all */
  readBy: 'manifest' | 'atime' | 'unknown';
  /** read by this run (when known) */
  read?: number;
  /** cassettes this run did not read (when known), at most 50 */
  unused: string[];
  unusedCount: number;
  /** cassettes last changed before the code they record, at most 50 */
  stale: Array<{ file: string; recordedAt: string; codeChangedAt: string; code: string }>;
  staleCount: number;
  /** why staleness could not be judged, when it could not */
  staleUnknown?: string;
}

export interface SuiteAttempt {
  /** 0-based */
  index: number;
  /** early: a repeat of the test files a change added or modified (early flake detection) */
  kind: 'initial' | 'retry' | 'repeat' | 'early';
  command: string;
  exitCode: number | null;
  signal?: string | null;
  timedOut: boolean;
  /** seconds */
  duration: number;
  reportFiles: string[];
  /** processes still running when the command ended (daemons, background jobs): stopped by the runner */
  leaked?: string[];
  /** the whole output, when kept in a file (what was over the log limit is only there) */
  output?: { file: string; bytes: number; hiddenLines: number };
  /** a retry: why it ran ("2 failed tests", "exited with 1 and no failed test named") */
  reason?: string;
  /** a retry: the failed tests alone (through the rerun preset) or the whole suite again (and why) */
  scope?: string;
  /** the tests this attempt reported failed, and the first of them with its message */
  failed?: { count: number; first?: { name: string; message?: string } };
}

/** One retry of a run, for the report's Retries table. */
export interface RetryRow {
  suite: string;
  /** 1-based attempt number */
  attempt: number;
  reason: string;
  scope: string;
  /** "passed", "2 still failed", "timed out", "exited with 3" */
  result: string;
  /** the first test the retry still failed, with its message */
  failure?: { name: string; message?: string };
  /** seconds */
  duration: number;
}

/** One shard of a suite, for the report's Shards table: seconds expected by the plan and taken. */
export interface ShardRow {
  suite: string;
  /** "i/n" */
  shard: string;
  expected?: number;
  actual: number;
}

/** A file declared in `outputs:` that was not the same in every repeat. */
export interface OutputDifference {
  file: string;
  /** 1-based repeat that differed from the first */
  repeat: number;
  /** 1-based first differing line, when both repeats wrote the file */
  line?: number;
  /** that line in the first repeat and in this one (cut to 200 characters) */
  expected?: string;
  actual?: string;
  /** what differed: "content", "missing" (not written in this repeat), "extra" (only in this repeat) */
  kind: 'content' | 'missing' | 'extra';
}

export interface Determinism {
  repeats: number;
  identical: number;
  total: number;
  /** identical / total, 0–1 */
  ratio: number;
  /** with `outputs:`: the declared files compared byte for byte between repeats */
  outputs?: { total: number; identical: number; differences: OutputDifference[] };
  /** identical tests and output files over all compared, 0–1 (the suite's determinism score) */
  score?: number;
}

export type SuiteLevel =
  | 'smoke'
  | 'unit'
  | 'integration'
  | 'e2e'
  | 'performance'
  | 'security'
  | 'adversarial'
  | 'chaos'
  | 'contract'
  | 'other';

export interface SuiteRun {
  name: string;
  selected: boolean;
  reasons: string[];
  level?: SuiteLevel;
  mode: string;
  seed: string;
  shard?: string;
  command: string;
  status: SuiteStatus;
  /** last attempt's exit code */
  exitCode: number | null;
  /** seconds, wall clock over all attempts */
  duration: number;
  /** seconds */
  budget?: number;
  /** seconds the plan expected this suite (or this shard's part of it) to take, from the baseline */
  estimatedDuration?: number;
  /** after merging shards: each shard's expected and actual seconds for this suite */
  shards?: Array<{ shard: string; expected?: number; actual: number }>;
  startedAt?: string;
  attempts: SuiteAttempt[];
  services: ServiceRun[];
  /** merged over all attempts and report files: one TestCase per test, every attempt kept */
  tests: TestCase[];
  totals: TestTotals;
  coverage?: CoverageReport;
  perf: PerfScenario[];
  security: Finding[];
  determinism?: Determinism;
  /** early flake detection: the changed test files repeated, how often, and the time it took */
  early?: {
    files: string[];
    /** repeats run after the suite's own run */
    repeats: number;
    /** repeats planned after the suite's own run (early-repeats − 1) */
    planned: number;
    /** seconds the repeats took and the budget they had */
    seconds: number;
    budget: number;
    /** why fewer repeats ran than planned */
    stopped?: string;
  };
  /** the CHAOS_* variables it ran with (chaos suites) */
  chaos?: Record<string, string>;
  /** GOLDEN cassettes: used, unused, stale */
  cassettes?: CassetteAudit;
  problems: Problem[];
}

export interface RunsFile {
  version: 1;
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
  shard?: { index: number; total: number };
  seed: string;
  suites: SuiteRun[];
}

// ───────────────────────────── baseline ─────────────────────────────

export interface Provenance {
  commit: string;
  /** git tree id of the commit: history entries carry it so same-content runs are recognised */
  tree?: string;
  /** suite name → fingerprint of the files its paths match (see src/flaky/scope.ts) */
  scopes?: Record<string, string>;
  branch: string;
  runId?: string;
  runAttempt?: number;
  createdAt: string;
  schemaVersion: number;
}

export interface TestHistoryEntry {
  commit: string;
  /** git tree id: the same content under different commits */
  tree?: string;
  /**
   * fingerprint of what the test can reach (the files of its suite's paths): equal scopes are the
   * same code for the test, so a failure that passes again under the same scope is a flake
   */
  scope?: string;
  /** the matrix leg, where one list holds several (an issue's history block) */
  variant?: string;
  runId?: string;
  runAttempt?: number;
  branch?: string;
  at: string;
  /** final status */
  status: TestStatus;
  /** number of attempts; attempts > 1 with status passed = flaky evidence */
  attempts: number;
  /** failed attempts in this run */
  failures: number;
  /** infrastructure run (> 50% of tests failed): excluded from rates */
  infra?: boolean;
  message?: string;
  /** early flake detection in this run: runs of the changed test file and how many failed */
  early?: { runs: number; failed: number };
}

/** One default-branch run of a perf metric: the unit of evidence (repeats in one job share its machine). */
export interface PerfRunEntry {
  /** the run's value: the trimmed mean of its repeats */
  value: number;
  /** robust spread of its repeats ÷ value; absent with fewer than 3 repeats */
  spread?: number;
  repeats: number;
  commit?: string;
  at?: string;
}

export interface PerfSeries {
  unit: string;
  biggerIsBetter: boolean;
  /** one value per run (the runs' values), newest last; kept for readers of older baselines */
  samples: number[];
  /** the window of default-branch runs, newest last (absent in baselines written before runs were kept) */
  runs?: PerfRunEntry[];
  /** step changes found in the series (the level moved and stayed), newest last, for dashboards */
  steps?: Array<{ commit?: string; at?: string; change: number }>;
}

export interface Baseline {
  schemaVersion: 1;
  provenance: Provenance;
  coverage?: {
    totals: CoverageTotals;
    /** per-file line coverage pct, for "files that lost the most" */
    files: Record<string, { covered: number; total: number }>;
  };
  /** scenario → metric → recent samples (a bounded window, newest last) */
  perf: Record<string, Record<string, PerfSeries>>;
  /** test id → recent outcomes (bounded window, newest last) */
  /** key: the test id, with `@variant` for a matrix leg (src/flaky/observations.ts historyKey) */
  tests: Record<string, { suite: string; name: string; file?: string; variant?: string; history: TestHistoryEntry[] }>;
  /** suite → recent durations in seconds (newest last) */
  suiteDurations: Record<string, number[]>;
  /** suite → test file → recent durations (for sharding files) */
  fileDurations?: Record<string, Record<string, number[]>>;
  /** total run durations, seconds, newest last */
  totalDurations: number[];
  /** fingerprints of known security findings */
  findings: string[];
}

// ───────────────────────────── verdicts & report ─────────────────────────────

export type GateStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/**
 * What a verdict's number measures. render/ alone turns a Quantity into words (src/render/quantity.ts):
 * `percent` 0–100, `ratio` a fraction 0–1 shown as a percentage, `seconds` a duration, `count` a
 * whole number, `points` percentage points (a coverage drop); any other unit is a perf metric's own, as its tool wrote it ("ms", "/s").
 */
export type QuantityUnit = 'percent' | 'ratio' | 'seconds' | 'count' | 'points';

export interface Quantity {
  value: number;
  unit: QuantityUnit | (string & {});
  /** a count out of a whole: "20/30 passed" */
  of?: number;
  /** what a count counts ("passed", "new", "stale", "high+") */
  label?: string;
}

/** A value that is not a number: a branch name, a state. */
export interface TextFigure {
  text: string;
}

/** Counts side by side: "1 new, 2 known" */
export interface PartsFigure {
  parts: Quantity[];
}

export type Figure = Quantity | PartsFigure | TextFigure;

/**
 * One limit of a threshold. With a `status`, the value gets that status when it is `op` the limit
 * ("fail < 80%"); without one, the value must be `op` the limit to pass ("< 1%").
 */
export interface Limit {
  op: '<' | '<=' | '>' | '>=';
  value: Quantity;
  status?: 'warn' | 'fail';
}

export interface Threshold {
  /** absolute limits, worst last: "warn < 80%, fail < 70%" */
  limits?: Limit[];
  /** a relative limit on the change against the baseline, a fraction: +0.15 = 15 % up, −0.05 = 5 % down (perf) */
  change?: number;
  /** the limits are on the change against the baseline (percent), shown signed: "warn > +25%" */
  relative?: boolean;
  /** a rule given in words (a policy, a load tool's threshold expression) */
  text?: string;
}

/** The baseline value a verdict compared with, and where it came from. */
export interface BaselineFigure {
  value: Figure;
  /** the baseline's commit and when it was made (ISO); the renderer says how old it is */
  commit?: string;
  createdAt?: string;
  /** the baseline was taken over just the files this run measured (how many) */
  files?: number;
}

export interface Verdict {
  /** coverage | patch-coverage | perf | security | flakiness | pass-rate | duration | tests | … */
  gate: string;
  /** optional sub-subject: a scenario/metric, a suite */
  subject?: string;
  status: GateStatus;
  /** numbers with their units, never preformatted text (render/ formats them) */
  value: Figure | null;
  baseline: BaselineFigure | null;
  threshold: Threshold | null;
  /** one line: why this status */
  reason: string;
  /** whether this verdict can fail the job (fail-on) */
  blocking?: boolean;
  /** which rule decided (perf noise model etc.) */
  rule?: string;
}

export interface FlakyEntry {
  id: string;
  suite: string;
  name: string;
  file?: string;
  line?: number;
  /** estimated failure probability 0–1 and its interval */
  rate: number;
  low: number;
  high: number;
  runs: number;
  quarantined: boolean;
  state: 'flaky' | 'broken' | 'stable' | 'cleared';
  evidence: string[];
  /** commit of the first run of the breakage the test is in (state broken) */
  brokenAt?: string;
  /** commit where its latest breakage ended */
  fixedAt?: string;
  /** per matrix leg, when the test ran on more than one or on a named one */
  variants?: Array<{ variant: string; state: FlakyEntry['state']; rate: number; runs: number; quarantined: boolean; brokenAt?: string }>;
  issueUrl?: string;
  issueNumber?: number;
}

export interface BaselineInfo {
  status: 'ok' | 'missing' | 'corrupt' | 'too-old' | 'unavailable';
  reason?: string;
  provenance?: Provenance;
  /** cache key it was restored from */
  key?: string;
}

/** A test level's row: its suites, pass rate against its policy, time against its SLA, flaky rate. */
export interface LevelRow {
  /** the level, or "level › suite" for a suite with its own policy */
  subject: string;
  suites: string[];
  /** tests counted (not skipped; quarantined left out unless the level must pass) */
  tests: number;
  failed: number;
  /** 0–100, null without tests */
  passRate: number | null;
  /** the policy in words: "≤ 15% failed", "pass rate ≥ 95%", "must pass" */
  policy: string;
  /** seconds, the level's suites together */
  seconds: number;
  /** seconds, the level's SLA */
  budget?: number;
  /** 0–100, null without tests */
  flakyRate: number | null;
  status: GateStatus;
  /** what decided, in one line */
  reason: string;
}

export interface Report {
  version: 1;
  conclusion: 'success' | 'failure';
  createdAt: string;
  event: EventInfo;
  gates: Verdict[];
  suites: Array<
    Pick<SuiteRun, 'name' | 'selected' | 'reasons' | 'status' | 'duration' | 'level' | 'budget' | 'exitCode' | 'early'> & {
      /** TEST_MODE it ran in (`testops run --failed` replays in it) */
      mode?: string;
      tests: TestTotals;
      problems: Problem[];
      /** the suite's last (up to 20) default-branch durations from the baseline, seconds, newest last */
      history?: number[];
    }
  >;
  /** TEST_SEED of the run (absent in reports written before it was kept) */
  seed?: string;
  totals: TestTotals;
  failures: Array<
    Pick<TestCase, 'id' | 'suite' | 'name' | 'classname' | 'file' | 'line' | 'status'> & { message?: string; quarantined?: boolean }
  >;
  coverage?: {
    totals: CoverageTotals;
    baseline?: CoverageTotals;
    patch?: {
      covered: number;
      total: number;
      pct: number | null;
      files: Array<{ path: string; covered: number; total: number; missing: number[] }>;
    };
    /** files whose line coverage dropped the most against the baseline */
    drops: Array<{ path: string; before: number; after: number }>;
  };
  perf: Array<{
    scenario: string;
    metric: string;
    unit: string;
    base: number | null;
    head: number;
    /** (head − base) ÷ base: the value's own change, negative when it fell (whichever direction is worse) */
    change: number | null;
    status: GateStatus;
    rule?: string;
    /** the worsening the gate catches 80 % of the time at this metric's noise (a fraction) */
    detectable?: number | null;
    /** baseline runs compared with (since the latest step) and in the window */
    runs?: { used: number; window: number };
    /** a step change in the baseline window: runs ago and the level's relative change */
    step?: { runsAgo: number; change: number };
    /** the last (up to 20) default-branch values from the baseline, newest last: the comment's chart */
    history?: Array<{ value: number; commit?: string }>;
  }>;
  security: { newFindings: Finding[]; existing: number; counts: Record<Severity, number> };
  /** one row per test level that ran (src/gates/levels.ts); absent when no suite has a level */
  levels?: LevelRow[];
  flaky: FlakyEntry[];
  /** tests that failed and then passed on a retry in this run (what `testops failing` lists beside the failures) */
  flakyTests?: Array<Pick<TestCase, 'id' | 'suite' | 'name' | 'classname' | 'file' | 'line'> & { message?: string }>;
  /** every retry of the run: why, what it reran and how it ended */
  retries?: RetryRow[];
  /** each shard's expected and actual time per split suite */
  shards?: ShardRow[];
  determinism: Array<{ suite: string } & Determinism>;
  baseline: BaselineInfo;
  problems: Problem[];
  changedFiles: number | null;
  /** seconds */
  duration: number;
  /** the time retries added (src/flaky/retry-time.ts); absent when nothing was retried */
  retryTime?: {
    seconds: number;
    /** of the selected suites' total duration, 0–1 */
    share: number;
    commands: number;
    tests: number;
    suites: Array<{ suite: string; seconds: number; commands: number; tests: number }>;
  };
  runUrl?: string;
  version_testops: string;
}
