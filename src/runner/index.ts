/**
 * The suite runner: runs the plan's selected suites (up to max-parallel at once, after the
 * suites they need), each in its own output group, and returns runs.json. A cancel stops what
 * runs and still returns everything gathered.
 */
import type { Config } from '../config/schema.js';
import type { ParsedReport, Plan, RunsFile, SuitePlan, SuiteRun, TestCase } from '../model.js';
import type { Clock } from '../util/clock.js';
import type { Log } from '../util/log.js';
import { totalsOf } from './combine.js';
import { recordingLog, SuiteOutput } from './output.js';
import { runSuite } from './suite.js';
import { formatSeconds } from '../render/format.js';

export { deriveSeed } from './seed.js';
export { fillTemplate, shellQuote } from './quote.js';

export interface RunInput {
  plan: Plan;
  config: Config;
  repoRoot: string;
  /** scratch dir for per-attempt report copies and service logs ($RUNNER_TEMP/testops/work) */
  workDir: string;
  log: Log;
  clock: Clock;
  /** aborted on SIGINT/SIGTERM: stop suites and services, return what was gathered (cancelled: true) */
  signal?: AbortSignal;
  parse: (
    file: string,
    options: { format?: string; kind?: 'tests' | 'coverage' | 'perf' | 'security'; repoRoot: string; suite: string },
  ) => Promise<ParsedReport>;
  mergeTests: (lists: TestCase[][]) => TestCase[];
  /** base environment (default process.env); credentials in it are not passed to suites */
  env?: NodeJS.ProcessEnv;
  /** called as each suite ends (skipped ones first), so runs.json can be written progressively */
  onSuiteDone?: (suite: SuiteRun) => void;
  /** milliseconds between SIGTERM and SIGKILL when stopping a suite or a service (default 10 000) */
  graceMs?: number;
  /** milliseconds between readiness probes (default 250) */
  pollMs?: number;
}

export const DEFAULT_GRACE_MS = 10_000;
export const DEFAULT_POLL_MS = 250;

function unrunSuite(plan: SuitePlan, config: Config, seed: string, status: 'skipped' | 'cancelled'): SuiteRun {
  const suite = config.suites[plan.name];
  return {
    name: plan.name,
    selected: plan.selected,
    reasons: plan.reasons,
    ...(suite?.level ? { level: suite.level } : {}),
    mode: suite?.mode ?? config.mode,
    seed,
    command: suite?.command ?? '',
    status,
    exitCode: null,
    duration: 0,
    ...(suite?.budget !== undefined ? { budget: suite.budget } : {}),
    attempts: [],
    services: [],
    tests: [],
    totals: totalsOf([]),
    perf: [],
    security: [],
    problems:
      status === 'cancelled'
        ? [{ kind: 'cancelled', suite: plan.name, message: 'not started: the run was cancelled before this suite began' }]
        : [],
  };
}

/**
 * For each suite, the suites it must wait for: its `needs` that also run here, minus any edge
 * that would close a cycle (a cycle would wait forever; running in config order is the best guess).
 */
export function dependencyOrder(names: readonly string[], needsOf: (name: string) => readonly string[]): Map<string, string[]> {
  const present = new Set(names);
  const result = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    state.set(name, 'visiting');
    const kept: string[] = [];
    for (const need of needsOf(name)) {
      if (!present.has(need) || state.get(need) === 'visiting') continue;
      if (!state.has(need)) visit(need);
      kept.push(need);
    }
    result.set(name, kept);
    state.set(name, 'done');
  };
  for (const name of names) if (!state.has(name)) visit(name);
  return result;
}

export async function runSuites(input: RunInput): Promise<RunsFile> {
  const { plan, config, log, clock } = input;
  const startedAt = clock.now().toISOString();
  const baseEnv = input.env ?? process.env;
  const fenceCommands = baseEnv.GITHUB_ACTIONS === 'true';
  const shard = plan.shard ? `${plan.shard.index}/${plan.shard.total}` : undefined;
  const results = new Map<string, SuiteRun>();
  const done = (run: SuiteRun) => {
    results.set(run.name, run);
    input.onSuiteDone?.(run);
  };

  const selected = plan.suites.filter((suite) => suite.selected);
  log.info(`TEST_SEED=${plan.seed} — to reproduce locally: TEST_SEED=${plan.seed} <suite command>`);
  for (const suitePlan of plan.suites) {
    if (suitePlan.selected && !config.suites[suitePlan.name]) {
      const run = unrunSuite(suitePlan, config, plan.seed, 'skipped');
      run.status = 'errored';
      run.problems.push({
        kind: 'config',
        suite: suitePlan.name,
        message: `the plan names suite "${suitePlan.name}", which the config does not define`,
      });
      done(run);
    } else if (!suitePlan.selected) done(unrunSuite(suitePlan, config, plan.seed, 'skipped'));
  }
  const runnable = selected.filter((suite) => config.suites[suite.name]);
  const needs = dependencyOrder(
    runnable.map((suite) => suite.name),
    (name) => config.suites[name]?.needs ?? [],
  );
  const maxParallel = Math.max(1, config['max-parallel']);
  // With one suite at a time its output streams live; in parallel it is recorded and replayed whole.
  const buffered = maxParallel > 1 && runnable.length > 1;

  const finished = new Map<string, Promise<void>>();
  let slots = maxParallel;
  const waiting: Array<() => void> = [];
  const acquire = async () => {
    if (slots > 0) slots--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else slots++;
  };

  const start = (suitePlan: SuitePlan): Promise<void> => {
    const existing = finished.get(suitePlan.name);
    if (existing) return existing;
    const suite = config.suites[suitePlan.name] as Config['suites'][string];
    const promise = (async () => {
      // Suites it needs (and that run here) finish first.
      await Promise.all((needs.get(suitePlan.name) ?? []).map((need) => start(runnable.find((s) => s.name === need) as SuitePlan)));
      await acquire();
      try {
        if (input.signal?.aborted) {
          done(unrunSuite(suitePlan, config, plan.seed, 'cancelled'));
          return;
        }
        const target = buffered ? recordingLog() : undefined;
        const out = new SuiteOutput(target ?? log, fenceCommands);
        out.group(`suite ${suitePlan.name}`);
        let run: SuiteRun;
        try {
          run = await runSuite({
            plan: suitePlan,
            suite,
            config,
            repoRoot: input.repoRoot,
            workDir: input.workDir,
            seed: plan.seed,
            ...(shard ? { shard } : {}),
            baseEnv,
            out,
            clock,
            ...(input.signal ? { signal: input.signal } : {}),
            parse: input.parse,
            mergeTests: input.mergeTests,
            graceMs: input.graceMs ?? DEFAULT_GRACE_MS,
            pollMs: input.pollMs ?? DEFAULT_POLL_MS,
          });
        } catch (error) {
          // A bug or an I/O failure in the runner must not lose the other suites' results.
          run = unrunSuite(suitePlan, config, plan.seed, 'skipped');
          run.status = 'errored';
          run.problems.push({ kind: 'other', suite: suitePlan.name, message: `runner error: ${(error as Error).message}` });
          out.error(`${suitePlan.name}: runner error: ${(error as Error).message}`);
        }
        out.info(
          `${suitePlan.name}: ${run.status} in ${formatSeconds(run.duration)} (${run.totals.passed} passed, ${run.totals.failed + run.totals.errored} failed, ${run.totals.flaky} flaky)`,
        );
        if (run.budget !== undefined && run.duration > run.budget)
          out.info(`${suitePlan.name}: took ${formatSeconds(run.duration)}, over its budget of ${formatSeconds(run.budget)}`);
        out.endGroup();
        target?.replay(log);
        done(run);
      } finally {
        release();
      }
    })();
    finished.set(suitePlan.name, promise);
    return promise;
  };
  await Promise.all(runnable.map(start));

  const cancelled = input.signal?.aborted ?? false;
  if (cancelled) log.warning('testops: the run was cancelled; the results gathered so far are kept');
  return {
    version: 1,
    startedAt,
    finishedAt: clock.now().toISOString(),
    cancelled,
    ...(plan.shard ? { shard: plan.shard } : {}),
    seed: plan.seed,
    // In plan order, whatever order they finished in.
    suites: plan.suites.map((suitePlan) => results.get(suitePlan.name)).filter((run): run is SuiteRun => run !== undefined),
  };
}
