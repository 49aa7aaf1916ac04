/**
 * Seeded simulation of the flaky-test verdicts and the issue lifecycle (npm run bench:flaky).
 *
 * Histories as real repositories have them, each run through the project's own code — the verdicts
 * of assessLegs/summariseLegs (what analyzeFlakiness reports) and the pure issue plan
 * (planIssues), applied to an in-memory issue store:
 * - constant flakes at 2, 5, 10, 20 and 40% (per attempt, independent retries);
 * - correlated retries: a retry after a failure fails more often (shared state, a slow service);
 * - run-to-run effects: each run scales every flake rate by a heavy-tailed (log-normal) factor;
 * - infrastructure blips: in 3% of runs one suite fails 80% of its first attempts;
 * - breakages on the default branch after 10 to 60 clean runs, fixed 3 to 30 runs later;
 * - platform-only failures on a three-OS matrix (one leg fails every run);
 * - flaky tests fixed (and removed) mid-history, renamed tests, quarantined tests that break;
 * - breakages on pull-request branches only;
 * - what a test reaches changes in 15% of commits (the suite's scope), and always at a break or fix.
 *
 * Options: --quick (1 simulation), --sims N (default 3), --seed S (default "testops"),
 * --runs N (default 500), --window N (baseline history-runs, default 50), --json.
 * FLAKY_SIM_FULL=1 runs 10 simulations.
 * Split across processes (the simulations are independent): `--sim K --dump FILE` runs simulation
 * K alone and writes its tests and totals; `--merge FILE,FILE,…` reports over the dumps, the same
 * figures as one process running them in turn.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { configSchema } from '../src/config/schema.js';
import { assessLegs, summariseLegs } from '../src/flaky/analyze.js';
import { wilson } from '../src/flaky/estimate.js';
import { type IssueData, parseBody, testMarker } from '../src/flaky/issue-body.js';
import { currentObservations } from '../src/flaky/analyze.js';
import { planIssues } from '../src/flaky/issue-plan.js';
import { historyKey, isInfraSuite, issueIdOf } from '../src/flaky/observations.js';
import type { IssueRecord } from '../src/github/issues.js';
import { testIdOf } from '../src/util/id.js';
import type { Baseline, EventInfo, FlakyEntry, RunsFile, SuiteRun, TestCase, TestHistoryEntry } from '../src/model.js';

interface Options {
  sims: number;
  seed: string;
  runs: number;
  window: number;
  json: boolean;
  /** run only this simulation (its index) */
  sim?: number;
  dump?: string;
  merge?: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sims: process.env.FLAKY_SIM_FULL ? 10 : 3, seed: 'testops', runs: 500, window: 50, json: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg}: expected a value`);
      return next;
    };
    if (arg === '--sims') options.sims = Number(value());
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--window') options.window = Number(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.sims = 1;
    else if (arg === '--sim') options.sim = Number(value());
    else if (arg === '--dump') options.dump = value();
    else if (arg === '--merge') options.merge = value().split(',');
    else
      throw new Error(
        `unknown option ${arg}; expected --sims N, --seed S, --runs N, --window N, --quick, --json, --sim K --dump FILE or --merge FILE,…`,
      );
  }
  for (const key of ['sims', 'runs', 'window'] as const)
    if (!Number.isInteger(options[key]) || options[key] < 1)
      throw new Error(`--${key}: expected a positive integer, got ${String(options[key])}`);
  if (options.sim !== undefined && (!Number.isInteger(options.sim) || options.sim < 0))
    throw new Error(`--sim: expected a simulation index (0, 1, …), got ${String(options.sim)}`);
  if ((options.sim === undefined) !== (options.dump === undefined)) throw new Error('--sim K and --dump FILE go together');
  if (options.runs < 320) throw new Error('--runs: expected at least 320 (the scenarios place fixes and renames up to run 300)');
  return options;
}

export const FLAKE_RATES = [0.02, 0.05, 0.1, 0.2, 0.4];
const PER_RATE = 100;
const RETRIES = 2;
const SUITES = 10;
const LEGS = ['ubuntu-latest', 'windows-latest', 'macos-latest'];
/** chance that a run hits an infrastructure failure in one suite */
const INFRA_CHANCE = 0.03;
/** chance that a commit changes what a suite's tests reach */
const SCOPE_CHANGE = 0.15;
/** log-normal sigma of the run-to-run factor on flake rates (mean 1) */
const RUN_SIGMA = 0.6;
/** correlated-retry scenario: a retry after a failure fails with p + CORRELATION·(1 − p) */
const CORRELATION = 0.6;
const ISSUE_CLOSE_TARGET = 40;

type Kind = 'stable' | 'flake' | 'correlated' | 'breakage' | 'platform' | 'fixed' | 'removed' | 'renamed' | 'quarantine-break' | 'pr-break';

interface SimTest {
  key: string;
  id: string;
  name: string;
  file: string;
  suite: string;
  kind: Kind;
  /** per-attempt failure probability while flaky */
  p: number;
  /** retry correlation */
  c: number;
  legs: string[];
  /** deterministic failure on every leg from breakAt (inclusive) to fixAt (exclusive) */
  breakAt?: number;
  fixAt?: number;
  /** the flake ends (fixed) or the test leaves (removed) or gets a new name (renamed) at this run */
  changeAt?: number;
  failingLeg?: string;
  // observations
  firstFlag?: number;
  firstQuarantine?: number;
  everFlaky?: boolean;
  brokenAtRight?: boolean;
  fixedAtRight?: boolean;
  platformSaid?: boolean;
  excusedAfterBreak?: number;
  closedAfterChange?: number;
  openAtChange?: boolean;
  coverage?: { inside: number; total: number; insideOld: number };
}

function makeTests(random: () => number): SimTest[] {
  const tests: SimTest[] = [];
  const uniform = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const add = (kind: Kind, count: number, extra: (index: number) => Partial<SimTest> = () => ({})) => {
    for (let index = 0; index < count; index++) {
      const n = tests.length;
      const test: SimTest = {
        key: '',
        id: '',
        name: `${kind} test number ${n} handles the input`,
        file: `test/f${n % 97}.test.ts`,
        suite: `s${n % SUITES}`,
        kind,
        p: 0,
        c: 0,
        legs: [''],
        ...extra(index),
      };
      test.id = test.key = testIdOf(test);
      tests.push(test);
    }
  };
  add('stable', 300);
  for (const rate of FLAKE_RATES) add('flake', PER_RATE, () => ({ p: rate }));
  for (const rate of [0.05, 0.1, 0.2]) add('correlated', 60, () => ({ p: rate, c: CORRELATION }));
  add('breakage', 100, () => {
    const breakAt = uniform(11, 61);
    return { breakAt, fixAt: breakAt + uniform(3, 30) };
  });
  // A matrix suite: every test runs on three legs, and some fail on one leg only.
  add('platform', 50, (index) => ({
    suite: 'matrix',
    legs: LEGS,
    failingLeg: LEGS[1 + (index % 2)],
    breakAt: index % 2 === 0 ? 1 : uniform(11, 61),
  }));
  add('stable', 100, () => ({ suite: 'matrix', legs: LEGS }));
  add('fixed', 60, (index) => ({ p: [0.1, 0.2, 0.4][index % 3], changeAt: uniform(150, 300) }));
  add('removed', 40, (index) => ({ p: [0.1, 0.2][index % 2], changeAt: uniform(150, 300) }));
  add('renamed', 40, (index) => ({ p: [0.1, 0.2][index % 2], changeAt: uniform(150, 300) }));
  add('quarantine-break', 50, () => {
    const breakAt = uniform(200, 300);
    return { p: 0.3, breakAt, fixAt: breakAt + 20 };
  });
  add('pr-break', 50);
  return tests;
}

const baseConfig = configSchema.parse({ version: 1, suites: { s: { command: 'true' } } });
const config = baseConfig.flaky;

/** Mean of min(0.95, p·m) over the run factor: the true per-run first-attempt failure rate. */
function trueRunRate(p: number): number {
  const random = seedrandom(`true-rate-${p}`);
  let sum = 0;
  const n = 200_000;
  for (let index = 0; index < n; index++) sum += Math.min(0.95, p * runFactor(random));
  return sum / n;
}

function normal(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
const runFactor = (random: () => number) => Math.exp(RUN_SIGMA * normal(random) - (RUN_SIGMA * RUN_SIGMA) / 2);

interface Totals {
  retrySeconds: number;
  firstSeconds: number;
  duplicates: number;
  issuesCreated: number;
  reopened: number;
  prFlaky: number;
  prRuns: number;
  infraRuns: number;
  brokenIssues: number;
}

/** Lighter body for the simulation: the marker and the data block are all the plan reads back. */
const lightBody = (input: { test: { id: string }; data: IssueData }) =>
  `${testMarker(input.test.id)}\n<!-- testops:data\n${JSON.stringify(input.data)}\n-->`;

function simulate(seed: string, options: Options, totals: Totals, trueRates: Map<number, number>): SimTest[] {
  const random = seedrandom(seed);
  const tests = makeTests(random);
  const baseline: Baseline = {
    schemaVersion: 1,
    provenance: { commit: '0', branch: 'main', createdAt: new Date(0).toISOString(), schemaVersion: 1 },
    perf: {},
    tests: {},
    suiteDurations: {},
    totalDurations: [],
    findings: [],
  };
  const scopeVersion = new Map<string, number>();
  const issues = new Map<number, IssueRecord>();
  let nextIssue = 1;
  const issueCount = new Map<string, number>();
  const suiteNames = [...new Set(tests.map((test) => test.suite))];

  for (let run = 1; run <= options.runs; run++) {
    if (!options.json && run % 50 === 0) process.stderr.write(`  ${seed}: run ${run}\r`);
    const at = new Date(Date.UTC(2026, 0, 1) + run * 3_600_000).toISOString();
    const commit = `c${run.toString(16).padStart(7, '0')}${seed.length.toString(16)}`;
    const factor = runFactor(random);
    const infraSuite = random() < INFRA_CHANCE ? suiteNames[Math.floor(random() * suiteNames.length)] : undefined;
    if (infraSuite) totals.infraRuns++;
    for (const suite of suiteNames) if (random() < SCOPE_CHANGE) scopeVersion.set(suite, (scopeVersion.get(suite) ?? 0) + 1);
    // A break or a fix is a change to what the test reaches.
    for (const test of tests)
      if (run === test.breakAt || run === test.fixAt || (run === test.changeAt && test.kind === 'fixed'))
        scopeVersion.set(test.suite, (scopeVersion.get(test.suite) ?? 0) + 1);
    const scopes = Object.fromEntries(suiteNames.map((suite) => [suite, `${suite}:${scopeVersion.get(suite) ?? 0}`]));

    const bySuite = new Map<string, TestCase[]>();
    for (const test of tests) {
      if (test.kind === 'pr-break') {
        // steady on the default branch
      }
      if (test.kind === 'removed' && test.changeAt !== undefined && run >= test.changeAt) continue;
      if (test.kind === 'renamed' && test.changeAt !== undefined && run === test.changeAt) {
        test.name = `${test.name} correctly`;
        test.id = testIdOf(test);
      }
      for (const leg of test.legs) {
        const deterministic =
          (test.breakAt !== undefined &&
            run >= test.breakAt &&
            (test.fixAt === undefined || run < test.fixAt) &&
            test.kind !== 'platform') ||
          (test.kind === 'platform' && leg === test.failingLeg && run >= (test.breakAt ?? 1));
        const flaking = test.p > 0 && !(test.kind === 'fixed' && test.changeAt !== undefined && run >= test.changeAt);
        const p = flaking ? Math.min(0.95, test.p * factor) : 0;
        const infra = test.suite === infraSuite;
        const attempts: TestCase['attempts'] = [];
        for (let attempt = 0; attempt <= RETRIES; attempt++) {
          const chance = attempt === 0 ? p : p + test.c * (1 - p);
          const failed = deterministic || (infra && attempt === 0 && random() < 0.8) || random() < chance;
          const seconds = 0.5 * Math.exp(0.8 * normal(random));
          if (attempt === 0) totals.firstSeconds += seconds;
          else totals.retrySeconds += seconds;
          attempts.push(
            failed
              ? { status: 'failed', duration: seconds, message: 'expected true to be false' }
              : { status: 'passed', duration: seconds },
          );
          if (!failed) break;
        }
        const status = attempts[attempts.length - 1].status;
        const testCase: TestCase = {
          id: historyKey(test.id, leg || undefined),
          suite: test.suite,
          file: test.file,
          line: 10,
          name: test.name,
          status,
          attempts,
          flaky: status === 'passed' && attempts.length > 1,
          duration: attempts.reduce((sum, attempt) => sum + attempt.duration, 0),
          ...(leg ? { variant: leg } : {}),
        };
        bySuite.set(test.suite, [...(bySuite.get(test.suite) ?? []), testCase]);
      }
    }
    const runsFile = runsOf(bySuite, at, run);
    const event: EventInfo = {
      name: 'push',
      headSha: commit,
      branch: 'main',
      defaultBranch: 'main',
      isDefaultBranch: true,
      isFork: false,
      runId: String(run),
      runAttempt: 1,
    };
    const legs = assessLegs({ runs: runsFile, baseline, config, event, tree: commit, scopes });
    const entries = new Map<string, FlakyEntry>();
    for (const [id, verdicts] of legs) entries.set(id, summariseLegs(verdicts));

    for (const test of tests) {
      const entry = entries.get(test.id);
      if (!entry) continue;
      const verdicts = legs.get(test.id) ?? [];
      if (entry.state === 'flaky') {
        if (!test.everFlaky && process.env.FLAKY_SIM_DEBUG === test.kind)
          process.stderr.write(
            `\n${test.kind} ${test.id} flagged at run ${run}: ${JSON.stringify(entry, null, 1)}\n${JSON.stringify(baseline.tests[historyKey(test.id, entry.variants?.find((leg) => leg.state === 'flaky')?.variant)]?.history.slice(-12))}\n`,
          );
        test.everFlaky = true;
        test.firstFlag ??= run;
        if (entry.quarantined) test.firstQuarantine ??= run;
      }
      if (
        entry.state === 'broken' &&
        test.breakAt !== undefined &&
        entry.brokenAt === `c${test.breakAt.toString(16).padStart(7, '0')}${seed.length.toString(16)}`
      )
        test.brokenAtRight = true;
      if (test.fixAt !== undefined && entry.fixedAt === `c${test.fixAt.toString(16).padStart(7, '0')}${seed.length.toString(16)}`)
        test.fixedAtRight = true;
      if (test.kind === 'platform' && entry.evidence.some((line) => line.includes('a platform failure, not a flake')))
        test.platformSaid = true;
      if (
        test.kind === 'quarantine-break' &&
        test.breakAt !== undefined &&
        run >= test.breakAt &&
        run < (test.fixAt ?? Infinity) &&
        entry.quarantined
      )
        test.excusedAfterBreak = (test.excusedAfterBreak ?? 0) + 1;
      // Interval coverage of the true per-run rate, every 10 runs once the window has 20 runs,
      // for tests whose rate has not changed.
      if ((test.kind === 'flake' || test.kind === 'correlated') && run >= 20 && run % 10 === 0) {
        const truth = trueRates.get(test.p) as number;
        const assessment = verdicts[0].assessment;
        test.coverage ??= { inside: 0, total: 0, insideOld: 0 };
        test.coverage.total++;
        if (assessment.low <= truth && truth <= assessment.high) test.coverage.inside++;
        // the former method: Wilson over all attempts, retries counted as trials
        const old = wilson(assessment.failures, assessment.attempts, config.confidence);
        if (old.low <= truth && truth <= old.high) test.coverage.insideOld++;
      }
    }

    // The issue lifecycle: the pure plan, applied to an in-memory store.
    // (the constant flakes are left out of it: their issues only stay open)
    const lifecycle = new Set(['fixed', 'removed', 'renamed', 'breakage', 'platform', 'quarantine-break']);
    const lifecycleIds = new Set(tests.filter((test) => lifecycle.has(test.kind)).map((test) => test.id));
    const current = currentObservations({ runs: filterRuns(runsFile, lifecycleIds), event, tree: commit, scopes });
    const flaggedEntries = [...entries.values()].filter((entry) => lifecycleIds.has(entry.id) && entry.state !== 'stable');
    const plan = planIssues({
      issues: [...issues.values()],
      entries: flaggedEntries,
      current,
      baseline,
      event,
      config,
      links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'app' },
      now: at,
      render: lightBody,
    });
    for (const step of plan.steps) {
      if (step.kind === 'create') {
        const number = nextIssue++;
        issues.set(number, issueRecord(number, step.title, step.body, at));
        totals.issuesCreated++;
        issueCount.set(step.testId, (issueCount.get(step.testId) ?? 0) + 1);
        if (process.env.FLAKY_SIM_DEBUG === 'duplicate' && (issueCount.get(step.testId) ?? 0) > 1)
          process.stderr.write(
            `\nsecond issue for ${step.testId} at run ${run}: ${JSON.stringify([...issues.values()].filter((issue) => parseBody(issue.body).testId === step.testId).map((issue) => ({ ...issue, body: issue.body.slice(0, 300) })))}\n`,
          );
      } else if (step.kind === 'update') {
        const issue = issues.get(step.number) as IssueRecord;
        if (step.body !== undefined) issue.body = step.body;
        if (step.title !== undefined) issue.title = step.title;
        if (step.why === 'broken') totals.brokenIssues++;
      } else if (step.kind === 'reopen') {
        const issue = issues.get(step.number) as IssueRecord;
        Object.assign(issue, { body: step.body, state: 'open', stateReason: 'reopened', closedAt: null });
        totals.reopened++;
      } else if (step.kind === 'close') {
        const issue = issues.get(step.number) as IssueRecord;
        if (step.body !== undefined) issue.body = step.body;
        Object.assign(issue, { state: 'closed', stateReason: step.reason, closedAt: at });
      }
    }
    // When did each changed test's issue close?
    const openByTest = new Map<string, IssueRecord>();
    for (const issue of issues.values()) {
      const id = parseBody(issue.body).testId;
      if (id && issue.state === 'open') openByTest.set(id, issue);
    }
    for (const test of tests) {
      if (test.changeAt === undefined || test.kind === 'renamed') continue;
      const id = test.id;
      if (run === test.changeAt) test.openAtChange = openByTest.has(id);
      if (run > test.changeAt && test.openAtChange && test.closedAfterChange === undefined && !openByTest.has(id))
        test.closedAfterChange = run - test.changeAt;
      if (
        process.env.FLAKY_SIM_DEBUG === 'close' &&
        run === test.changeAt + 41 &&
        test.openAtChange &&
        test.closedAfterChange === undefined
      ) {
        const issue = openByTest.get(id) as IssueRecord;
        const data = parseBody(issue.body).data as IssueData;
        process.stderr.write(
          `\nnot closed: ${test.kind} ${id} p=${test.p} changeAt ${test.changeAt}: state ${data.state}; last history ${JSON.stringify(data.history.slice(-45).map((entry) => `${entry.failures}/${entry.attempts}${entry.scope}${entry.infra ? 'I' : ''}`))}\n`,
        );
      }
    }

    // A pull request that breaks a test and fixes it two pushes later; never in the baseline.
    if (run % 25 === 0) {
      const prTests = tests.filter((test) => test.kind === 'pr-break');
      for (let push = 0; push < 3; push++) {
        const prBySuite = new Map<string, TestCase[]>();
        for (const test of prTests) {
          const failing = push < 2;
          const attempts: TestCase['attempts'] = failing
            ? Array.from({ length: RETRIES + 1 }, () => ({ status: 'failed' as const, duration: 0.5, message: 'expected 2 to be 3' }))
            : [{ status: 'passed', duration: 0.5 }];
          const testCase: TestCase = {
            id: test.id,
            suite: test.suite,
            file: test.file,
            name: test.name,
            status: failing ? 'failed' : 'passed',
            attempts,
            flaky: false,
            duration: 0.5,
          };
          prBySuite.set(test.suite, [...(prBySuite.get(test.suite) ?? []), testCase]);
        }
        const prEvent: EventInfo = {
          ...event,
          name: 'pull_request',
          branch: `feature-${run}`,
          isDefaultBranch: false,
          headSha: `${commit}p${push}`,
          runId: `${run}-pr${push}`,
        };
        const prScopes = Object.fromEntries(suiteNames.map((suite) => [suite, `${scopes[suite]}-pr${push === 0 ? 0 : 1}`]));
        for (const verdicts of assessLegs({
          runs: runsOf(prBySuite, at, run),
          baseline,
          config,
          event: prEvent,
          tree: prEvent.headSha,
          scopes: prScopes,
        }).values()) {
          totals.prRuns++;
          if (summariseLegs(verdicts).state === 'flaky') totals.prFlaky++;
        }
      }
    }

    // The baseline update, as updateBaseline writes it: one history per test and leg.
    for (const suite of runsFile.suites) {
      const infra = isInfraSuite(suite);
      for (const testCase of suite.tests) {
        const failures = testCase.attempts.filter((attempt) => attempt.status === 'failed').length;
        const entry: TestHistoryEntry = {
          commit,
          tree: commit,
          scope: scopes[suite.name],
          runId: String(run),
          runAttempt: 1,
          branch: 'main',
          at,
          status: testCase.status,
          attempts: testCase.attempts.length,
          failures,
          ...(infra ? { infra: true } : {}),
        };
        const key = testCase.id;
        const record = (baseline.tests[key] ??= {
          suite: suite.name,
          name: testCase.name,
          file: testCase.file,
          ...(testCase.variant ? { variant: testCase.variant } : {}),
          history: [],
        });
        record.history.push(entry);
        if (record.history.length > options.window) record.history.splice(0, record.history.length - options.window);
      }
    }
  }
  for (const count of issueCount.values()) if (count > 1) totals.duplicates += count - 1;
  // A renamed test whose new name opened an issue of its own while the old one stayed open is a duplicate too.
  for (const test of tests)
    if (test.kind === 'renamed' && (issueCount.get(test.key) ?? 0) > 0 && (issueCount.get(test.id) ?? 0) > 0) totals.duplicates++;
  return tests;
}

function issueRecord(number: number, title: string, body: string, at: string): IssueRecord {
  return {
    number,
    title,
    body,
    state: 'open',
    stateReason: null,
    author: 'bot',
    labels: ['flaky-test'],
    url: `https://github.com/acme/app/issues/${number}`,
    createdAt: at,
    closedAt: null,
  };
}

function filterRuns(runs: RunsFile, ids: Set<string>): RunsFile {
  return { ...runs, suites: runs.suites.map((suite) => ({ ...suite, tests: suite.tests.filter((test) => ids.has(issueIdOf(test))) })) };
}

function runsOf(bySuite: Map<string, TestCase[]>, at: string, run: number): RunsFile {
  return {
    version: 1,
    startedAt: at,
    finishedAt: at,
    cancelled: false,
    seed: String(run),
    suites: [...bySuite.entries()].map(
      ([name, suiteTests]): SuiteRun => ({
        name,
        selected: true,
        reasons: [],
        mode: 'MOCK',
        seed: String(run),
        command: 'true',
        status: 'passed',
        exitCode: 0,
        duration: 1,
        attempts: [],
        services: [],
        tests: suiteTests,
        totals: { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 },
        perf: [],
        security: [],
        problems: [],
      }),
    ),
  };
}

/** New tests run early-repeats times before they merge: the chance a flaky one is caught. */
function earlyCatch(random: () => number, p: number, repeats: number, trials = 20_000): number {
  let caught = 0;
  for (let trial = 0; trial < trials; trial++) {
    let sawFail = false;
    let sawPass = false;
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (let attempt = 0; attempt <= RETRIES; attempt++) {
        const failed = random() < Math.min(0.95, p * runFactor(random));
        if (failed) sawFail = true;
        else {
          sawPass = true;
          break;
        }
      }
    }
    if (sawFail && sawPass) caught++;
  }
  return caught / trials;
}

const within = (values: Array<number | undefined>, limit: number) => values.filter((value) => value !== undefined && value <= limit).length;
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const pct = (count: number, total: number) => (total === 0 ? '—' : `${((100 * count) / total).toFixed(1)}%`);

function main() {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench:flaky: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const trueRates = new Map([...FLAKE_RATES, 0.3].map((p) => [p, trueRunRate(p)]));
  const totals: Totals = {
    retrySeconds: 0,
    firstSeconds: 0,
    duplicates: 0,
    issuesCreated: 0,
    reopened: 0,
    prFlaky: 0,
    prRuns: 0,
    infraRuns: 0,
    brokenIssues: 0,
  };
  let all: SimTest[] = [];
  let seconds: number;
  if (options.merge) {
    // dumps of single simulations: tests concatenated, totals added, CPU seconds summed
    seconds = 0;
    for (const file of options.merge) {
      const dump = JSON.parse(readFileSync(file, 'utf8')) as { options: Options; totals: Totals; tests: SimTest[]; seconds: number };
      for (const key of ['seed', 'runs', 'window'] as const)
        if (dump.options[key] !== options[key])
          throw new Error(`--merge ${file}: --${key} ${String(dump.options[key])} differs from ${String(options[key])}`);
      all = all.concat(dump.tests);
      for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += dump.totals[key];
      seconds += dump.seconds;
    }
    options.sims = options.merge.length;
  } else if (options.sim !== undefined) {
    all = simulate(`${options.seed}-${options.sim}`, options, totals, trueRates);
    seconds = (performance.now() - started) / 1000;
    writeFileSync(options.dump as string, JSON.stringify({ options, totals, tests: all, seconds }));
    process.stderr.write(`bench:flaky: simulation ${options.sim} written to ${options.dump} (${seconds.toFixed(0)} s)\n`);
    return;
  } else {
    for (let sim = 0; sim < options.sims; sim++) all.push(...simulate(`${options.seed}-${sim}`, options, totals, trueRates));
    seconds = (performance.now() - started) / 1000;
  }
  const of = (kind: Kind) => all.filter((test) => test.kind === kind);

  const rows = FLAKE_RATES.map((rate) => {
    const group = of('flake').filter((test) => test.p === rate);
    const flags = group.map((test) => test.firstFlag);
    const quarantines = group.map((test) => test.firstQuarantine);
    return {
      rate,
      tests: group.length,
      flagged62: within(flags, 62) / group.length,
      flagged100: within(flags, 100) / group.length,
      medianRunsToFlag: median(flags.filter((value): value is number => value !== undefined)),
      quarantined100: within(quarantines, 100) / group.length,
      quarantinedAll: within(quarantines, options.runs) / group.length,
    };
  });
  const coverage = (group: SimTest[]) => {
    let inside = 0;
    let insideOld = 0;
    let total = 0;
    for (const test of group) {
      inside += test.coverage?.inside ?? 0;
      insideOld += test.coverage?.insideOld ?? 0;
      total += test.coverage?.total ?? 0;
    }
    return { now: inside / total, old: insideOld / total };
  };
  const constantCoverage = coverage(of('flake'));
  const correlatedCoverage = coverage(of('correlated'));
  const correlatedByRate = [0.05, 0.1, 0.2].map((rate) => ({ rate, ...coverage(of('correlated').filter((test) => test.p === rate)) }));
  const stable = of('stable');
  const breakages = of('breakage');
  const platform = of('platform');
  const changed = [...of('fixed'), ...of('removed')].filter((test) => test.openAtChange);
  const closedInTime = changed.filter((test) => test.closedAfterChange !== undefined && test.closedAfterChange <= ISSUE_CLOSE_TARGET);
  const closeTimes = changed.map((test) => test.closedAfterChange ?? Infinity);
  const quarantineBreak = of('quarantine-break').filter(
    (test) => test.firstQuarantine !== undefined && test.firstQuarantine < (test.breakAt ?? 0),
  );
  const excused = quarantineBreak.map((test) => test.excusedAfterBreak ?? 0);
  const five = rows.find((row) => row.rate === 0.05) as (typeof rows)[number];
  const twenty = rows.find((row) => row.rate === 0.2) as (typeof rows)[number];
  const minCoverage = Math.min(constantCoverage.now, correlatedCoverage.now, ...correlatedByRate.map((row) => row.now));
  const early = [0.05, 0.1, 0.2, 0.4].map((p) => ({ p, caught: earlyCatch(seedrandom(`${options.seed}-early-${p}`), p, 3) }));

  const targets = [
    {
      target: 'breakages called flaky: 0',
      value: `${breakages.filter((test) => test.everFlaky).length} of ${breakages.length}`,
      met: breakages.every((test) => !test.everFlaky),
    },
    {
      target: 'platform-only failures called flaky: 0',
      value: `${platform.filter((test) => test.everFlaky).length} of ${platform.length}`,
      met: platform.every((test) => !test.everFlaky),
    },
    {
      target: 'stable tests flagged: 0',
      value: `${stable.filter((test) => test.everFlaky).length} of ${stable.length}`,
      met: stable.every((test) => !test.everFlaky),
    },
    { target: 'PR-branch breakages called flaky: 0', value: `${totals.prFlaky} of ${totals.prRuns} verdicts`, met: totals.prFlaky === 0 },
    { target: '5% flake flagged within 62 runs: ≥ 95%', value: pct(five.flagged62 * five.tests, five.tests), met: five.flagged62 >= 0.95 },
    {
      target: '20% flake quarantined within 100 runs: ≥ 85%',
      value: pct(twenty.quarantined100 * twenty.tests, twenty.tests),
      met: twenty.quarantined100 >= 0.85,
    },
    {
      target: 'interval coverage with correlated retries: ≥ 93%',
      value: `${pct(minCoverage, 1)} (lowest group; the former per-attempt interval: ${pct(Math.min(correlatedCoverage.old, ...correlatedByRate.map((row) => row.old)), 1)})`,
      met: minCoverage >= 0.93,
    },
    {
      target: `issues closed within ${ISSUE_CLOSE_TARGET} default-branch runs of the fix or removal: 100%`,
      value: `${closedInTime.length} of ${changed.length} (median ${median(closeTimes.filter(Number.isFinite)) ?? '—'}, max ${Math.max(0, ...closeTimes)} runs)`,
      met: closedInTime.length === changed.length,
    },
    { target: 'duplicate issues: 0', value: String(totals.duplicates), met: totals.duplicates === 0 },
    {
      target: 'quarantined tests that break: excused at most 2 runs (broken on the 3rd)',
      value: `max ${Math.max(0, ...excused)} runs over ${quarantineBreak.length} tests`,
      met: excused.every((count) => count <= 2),
    },
  ];
  const facts = {
    breakagesBrokenAtRightCommit: `${breakages.filter((test) => test.brokenAtRight).length} of ${breakages.filter((test) => (test.fixAt ?? 0) - (test.breakAt ?? 0) >= 3).length}`,
    breakagesFixedAtRightCommit: `${breakages.filter((test) => test.fixedAtRight).length} of ${breakages.length}`,
    platformFailuresSaidSo: `${platform.filter((test) => test.platformSaid).length} of ${platform.length}`,
    retryTimeShare: pct(totals.retrySeconds, totals.firstSeconds),
    issuesCreated: totals.issuesCreated,
    issuesReopened: totals.reopened,
    brokenWhileTrackedComments: totals.brokenIssues,
    renamedTestsThatKeptTheirIssue: `${of('renamed').filter((test) => test.everFlaky).length} flagged, ${totals.duplicates} duplicates`,
    infrastructureRuns: totals.infraRuns,
    earlyRepeatsCatch: early,
  };
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ options, seconds, rows, constantCoverage, correlatedCoverage, correlatedByRate, facts, targets }, null, 2)}\n`,
    );
  } else {
    const out: string[] = [];
    out.push(
      `flaky simulation: ${options.sims} simulations × ${all.length / options.sims} tests × ${options.runs} default-branch runs, retries ${RETRIES}, baseline window ${options.window}, seed "${options.seed}" (${seconds.toFixed(1)} s)`,
    );
    out.push('');
    out.push('flake rate | tests | flagged ≤62 runs | ≤100 | median runs to flag | quarantined ≤100 | ≤500 | interval coverage');
    for (const row of rows) {
      const cover = coverage(of('flake').filter((test) => test.p === row.rate));
      out.push(
        `${`${row.rate * 100}%`.padStart(10)} | ${String(row.tests).padStart(5)} | ${pct(row.flagged62 * row.tests, row.tests).padStart(16)} | ${pct(row.flagged100 * row.tests, row.tests).padStart(6)} | ${String(row.medianRunsToFlag ?? '-').padStart(19)} | ${pct(row.quarantined100 * row.tests, row.tests).padStart(16)} | ${pct(row.quarantinedAll * row.tests, row.tests).padStart(6)} | ${pct(cover.now, 1)} (former ${pct(cover.old, 1)})`,
      );
    }
    out.push('');
    out.push(`correlated retries (a retry after a failure fails with p + ${CORRELATION}·(1 − p)): interval coverage`);
    for (const row of correlatedByRate)
      out.push(`  ${row.rate * 100}%: ${pct(row.now, 1)} per run from first attempts; former per-attempt Wilson ${pct(row.old, 1)}`);
    out.push('');
    out.push(
      `breakages recognised as broken at their first failing commit: ${facts.breakagesBrokenAtRightCommit} (those of 3+ runs); fixed at the right commit: ${facts.breakagesFixedAtRightCommit}`,
    );
    out.push(`platform-only failures said to be platform failures: ${facts.platformFailuresSaidSo}`);
    out.push(`issues: ${facts.issuesCreated} created, ${facts.issuesReopened} reopened, ${facts.brokenWhileTrackedComments} said broken`);
    out.push(`time retries added to test time: ${facts.retryTimeShare} (retries ${RETRIES}, only failed tests retried)`);
    out.push(`infrastructure runs: ${facts.infrastructureRuns}`);
    out.push(
      `early flake detection (a new test run 3 times, retries ${RETRIES}): ${early.map((row) => `${row.p * 100}% caught ${pct(row.caught, 1)}`).join(', ')}`,
    );
    out.push('');
    for (const target of targets) out.push(`${target.met ? 'MET ' : 'MISS'}  ${target.target} — ${target.value}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (targets.some((target) => !target.met)) process.exitCode = 1;
}

main();
