/**
 * Seeded simulation of the flaky-test estimator (npm run bench:flaky).
 *
 * 1,000 tests per simulation — stable, broken, and flaky at 2/5/10/20/40% per attempt — over
 * 500 runs on the default branch with 2 automatic retries, with occasional infrastructure runs
 * in which most of one suite fails and some retries pass. Every run goes through the real
 * analyzeFlakiness, and its observations are appended to a bounded baseline history (the window
 * the baseline keeps), exactly as the pipeline does.
 *
 * Options: --quick (1 simulation), --sims N (default 3), --seed S (default "testops"), --runs N (default 500),
 * --window N (baseline history-runs, default 50), --json.
 * FLAKY_SIM_FULL=1 runs 20 simulations.
 */
import seedrandom from 'seedrandom';
import { configSchema } from '../src/config/schema.js';
import { analyzeFlakiness } from '../src/flaky/index.js';
import type { Baseline, EventInfo, RunsFile, SuiteRun, TestCase, TestHistoryEntry } from '../src/model.js';

interface Options {
  sims: number;
  seed: string;
  runs: number;
  window: number;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sims: process.env.FLAKY_SIM_FULL ? 20 : 3, seed: 'testops', runs: 500, window: 50, json: false };
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
    else throw new Error(`unknown option ${arg}; expected --sims N, --seed S, --runs N, --window N, --quick or --json`);
  }
  for (const key of ['sims', 'runs', 'window'] as const)
    if (!Number.isInteger(options[key]) || options[key] < 1)
      throw new Error(`--${key}: expected a positive integer, got ${String(options[key])}`);
  return options;
}

type Kind = 'stable' | 'broken' | 'flaky';
interface SimTest {
  id: string;
  suite: string;
  kind: Kind;
  /** per-attempt failure probability */
  p: number;
  firstFlag?: number;
  firstQuarantine?: number;
  brokenSeen?: boolean;
}

export const FLAKE_RATES = [0.02, 0.05, 0.1, 0.2, 0.4];
const STABLE = 300;
const BROKEN = 50;
const PER_RATE = 130;
const SUITE_SIZE = 100;
const RETRIES = 2;
/** chance that a run hits an infrastructure failure in one suite */
const INFRA_CHANCE = 0.03;

function makeTests(): SimTest[] {
  const tests: SimTest[] = [];
  const add = (kind: Kind, p: number, count: number) => {
    for (let index = 0; index < count; index++) tests.push({ id: `t${tests.length}`, suite: '', kind, p });
  };
  add('stable', 0, STABLE);
  add('broken', 1, BROKEN);
  for (const rate of FLAKE_RATES) add('flaky', rate, PER_RATE);
  // Interleave kinds across suites so an infrastructure run hits a mix.
  tests.forEach((test, index) => {
    test.suite = `s${index % Math.ceil(tests.length / SUITE_SIZE)}`;
  });
  return tests;
}

const config = configSchema.parse({ version: 1, suites: { s: { command: 'true' } } }).flaky;

let infraRunCount = 0;

function simulate(seed: string, options: Options): SimTest[] {
  const random = seedrandom(seed);
  const tests = makeTests();
  const suites = [...new Set(tests.map((test) => test.suite))];
  const baseline: Baseline = {
    schemaVersion: 1,
    provenance: { commit: '0', branch: 'main', createdAt: new Date(0).toISOString(), schemaVersion: 1 },
    perf: {},
    tests: {},
    suiteDurations: {},
    totalDurations: [],
    findings: [],
  };
  for (let run = 1; run <= options.runs; run++) {
    const infraSuite = random() < INFRA_CHANCE ? suites[Math.floor(random() * suites.length)] : undefined;
    if (infraSuite) infraRunCount++;
    const at = new Date(Date.UTC(2026, 0, 1) + run * 3_600_000).toISOString();
    const commit = `c${run.toString(16).padStart(6, '0')}`;
    const bySuite = new Map<string, TestCase[]>();
    for (const test of tests) {
      const infra = test.suite === infraSuite;
      const attempts: TestCase['attempts'] = [];
      for (let attempt = 0; attempt <= RETRIES; attempt++) {
        // An infrastructure blip fails most first attempts; the retries see the infra recover.
        const failed = (infra && attempt === 0 && random() < 0.8) || random() < test.p;
        attempts.push(
          failed ? { status: 'failed', duration: 0.01, message: 'expected true to be false' } : { status: 'passed', duration: 0.01 },
        );
        if (!failed) break;
      }
      const status = attempts[attempts.length - 1].status;
      const testCase: TestCase = {
        id: test.id,
        suite: test.suite,
        name: test.id,
        status,
        attempts,
        flaky: status === 'passed' && attempts.length > 1,
        duration: 0.01 * attempts.length,
      };
      bySuite.set(test.suite, [...(bySuite.get(test.suite) ?? []), testCase]);
    }
    const runsFile: RunsFile = {
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
    const entries = analyzeFlakiness({ runs: runsFile, baseline, config, event, tree: commit });
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const test of tests) {
      const entry = byId.get(test.id);
      if (entry?.state === 'flaky' && test.firstFlag === undefined) test.firstFlag = run;
      if (entry?.state === 'flaky' && entry.quarantined && test.firstQuarantine === undefined) test.firstQuarantine = run;
      if (entry?.state === 'broken') test.brokenSeen = true;
    }
    // The baseline update: append this run's observation, keep the newest `window`.
    for (const suite of runsFile.suites) {
      const infra = suite.name === infraSuite;
      for (const testCase of suite.tests) {
        const failures = testCase.attempts.filter((attempt) => attempt.status === 'failed').length;
        const entry: TestHistoryEntry = {
          commit,
          tree: commit,
          runId: String(run),
          runAttempt: 1,
          branch: 'main',
          at,
          status: testCase.status,
          attempts: testCase.attempts.length,
          failures,
        };
        // Like the baseline writer, which judges infrastructure by final outcomes: a blip the
        // retries survived is not marked, and analyzeFlakiness must find it from the history.
        if (infra && testCaseFailedShare(suite) > 0.5) entry.infra = true;
        const record = (baseline.tests[testCase.id] ??= { suite: suite.name, name: testCase.name, history: [] });
        record.history.push(entry);
        if (record.history.length > options.window) record.history.splice(0, record.history.length - options.window);
      }
    }
  }
  return tests;
}

/** share of a suite's tests whose final outcome failed (what the baseline writer looks at) */
const testCaseFailedShare = (suite: SuiteRun) =>
  suite.tests.filter((test) => test.status === 'failed').length / Math.max(1, suite.tests.length);

const within = (values: Array<number | undefined>, limit: number) => values.filter((value) => value !== undefined && value <= limit).length;
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const pctText = (count: number, total: number) => `${((100 * count) / total).toFixed(1)}%`;

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
  const all: SimTest[] = [];
  for (let sim = 0; sim < options.sims; sim++) all.push(...simulate(`${options.seed}-${sim}`, options));
  const seconds = (performance.now() - started) / 1000;

  const rows = FLAKE_RATES.map((rate) => {
    const group = all.filter((test) => test.kind === 'flaky' && test.p === rate);
    const flags = group.map((test) => test.firstFlag);
    const quarantines = group.map((test) => test.firstQuarantine);
    return {
      rate,
      tests: group.length,
      flagged62: within(flags, 62) / group.length,
      flagged100: within(flags, 100) / group.length,
      flaggedAll: within(flags, options.runs) / group.length,
      medianRunsToFlag: median(flags.filter((value): value is number => value !== undefined)),
      quarantined100: within(quarantines, 100) / group.length,
      quarantinedAll: within(quarantines, options.runs) / group.length,
      medianRunsToQuarantine: median(quarantines.filter((value): value is number => value !== undefined)),
    };
  });
  const stable = all.filter((test) => test.kind === 'stable');
  const broken = all.filter((test) => test.kind === 'broken');
  const falseFlags = stable.filter((test) => test.firstFlag !== undefined).length;
  const brokenAsFlaky = broken.filter((test) => test.firstFlag !== undefined).length;
  const brokenRecognised = broken.filter((test) => test.brokenSeen).length;
  const five = rows.find((row) => row.rate === 0.05)!;
  const twenty = rows.find((row) => row.rate === 0.2)!;
  const targets = [
    { target: 'no false flags among stable tests', value: `${falseFlags} of ${stable.length}`, met: falseFlags === 0 },
    {
      target: '5% flaky flagged within 62 runs in >= 95%',
      value: pctText(five.flagged62 * five.tests, five.tests),
      met: five.flagged62 >= 0.95,
    },
    {
      target: '20% flaky quarantined within 100 runs in >= 85%',
      value: pctText(twenty.quarantined100 * twenty.tests, twenty.tests),
      met: twenty.quarantined100 >= 0.85,
    },
  ];
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ options, seconds, infraRuns: infraRunCount, rows, falseFlags, brokenAsFlaky, brokenRecognised, targets }, null, 2)}\n`,
    );
  } else {
    const out: string[] = [];
    out.push(
      `flaky simulation: ${options.sims} simulations × 1000 tests × ${options.runs} runs, ${RETRIES} retries, baseline window ${options.window}, seed "${options.seed}" (${seconds.toFixed(1)} s)`,
    );
    out.push('');
    out.push(
      'flake rate | tests | flagged ≤62 runs | ≤100 | ≤500 | median runs to flag | quarantined ≤100 | ≤500 | median runs to quarantine',
    );
    for (const row of rows)
      out.push(
        `${`${row.rate * 100}%`.padStart(10)} | ${String(row.tests).padStart(5)} | ${pctText(row.flagged62 * row.tests, row.tests).padStart(16)} | ${pctText(row.flagged100 * row.tests, row.tests).padStart(6)} | ${pctText(row.flaggedAll * row.tests, row.tests).padStart(6)} | ${String(row.medianRunsToFlag ?? '-').padStart(18)} | ${pctText(row.quarantined100 * row.tests, row.tests).padStart(16)} | ${pctText(row.quarantinedAll * row.tests, row.tests).padStart(6)} | ${String(row.medianRunsToQuarantine ?? '-').padStart(25)}`,
      );
    out.push('');
    out.push(
      `stable tests falsely flagged: ${falseFlags} of ${stable.length} (with ${infraRunCount} infrastructure runs, one suite of 100 tests each)`,
    );
    out.push(
      `broken tests flagged as flaky: ${brokenAsFlaky} of ${broken.length}; recognised as broken: ${brokenRecognised} of ${broken.length}`,
    );
    out.push('');
    for (const target of targets) out.push(`${target.met ? 'MET ' : 'MISS'}  ${target.target}: ${target.value}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (targets.some((target) => !target.met)) process.exitCode = 1;
}

main();
