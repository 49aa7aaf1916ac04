/**
 * Replaying a failed run: the failed and flaky tests of a report.json, each with its suite, the
 * run's seed and mode and the command that reproduces it (`testops failing`), and the plan that
 * reruns exactly those tests through the suites' `rerun:` presets (`testops run --failed`).
 * Also the report's Retries and Shards rows, read from runs.json.
 *
 * A report.json may come from another machine or from pull-request code: it is read as data,
 * every field checked, and its test names only ever reach a shell through the presets' escaping.
 * The commands themselves come from the config in the working tree, never from the report.
 */
import { InputError } from '../errors.js';
import { readFileSync } from 'node:fs';
import type { Config, SuiteConfig } from '../config/schema.js';
import type { Plan, ReplayTest, RetryRow, RunsFile, ShardRow, SuitePlan, TestCase } from '../model.js';

export type { ReplayTest } from '../model.js';
import { shellQuote } from './quote.js';
import { rerunCommand } from './rerun.js';

export interface Replay {
  /** the report file, as the user named it */
  source: string;
  seed: string;
  /** suite → the mode it ran in */
  modes: Record<string, string>;
  tests: ReplayTest[];
}

/** A report.json that cannot be replayed: a usage error (exit 2) naming the file and the field. */
export class ReplayError extends InputError {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function testsOf(list: unknown, field: string, source: string, flaky: boolean): ReplayTest[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new ReplayError(`${source}: ${field}: expected a list of tests, got ${typeof list}`);
  return list.map((entry, index) => {
    const at = `${source}: ${field}[${index}]`;
    if (!isRecord(entry)) throw new ReplayError(`${at}: expected an object with suite and name`);
    const suite = text(entry.suite);
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    if (!suite || name === undefined) throw new ReplayError(`${at}: expected string fields suite and name`);
    const status = flaky ? 'flaky' : entry.status === 'errored' ? 'errored' : 'failed';
    const classname = text(entry.classname);
    const file = text(entry.file);
    const message = text(entry.message);
    return {
      suite,
      name,
      status,
      ...(classname ? { classname } : {}),
      ...(file ? { file } : {}),
      ...(typeof entry.line === 'number' && Number.isInteger(entry.line) ? { line: entry.line } : {}),
      ...(message ? { message } : {}),
    };
  });
}

/** The failed and flaky tests, seed and modes of a report.json (`source` names it in errors). */
export function readReplay(path: string, source = path): Replay {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ReplayError(`${source}: no report there; run testops run first, or pass --report FILE (a report.json)`);
  }
  let report: unknown;
  try {
    report = JSON.parse(raw);
  } catch (error) {
    throw new ReplayError(`${source}: not valid JSON (${(error as Error).message}); expected a testops report.json`);
  }
  if (!isRecord(report) || report.version !== 1 || !Array.isArray(report.suites))
    throw new ReplayError(`${source}: not a testops report.json (expected an object with version 1 and suites)`);
  const seed = text(report.seed);
  if (!seed) throw new ReplayError(`${source}: seed: missing (a report written before testops kept it); pass --seed S`);
  const modes: Record<string, string> = {};
  for (const suite of report.suites)
    if (isRecord(suite) && text(suite.name) && text(suite.mode)) modes[suite.name as string] = suite.mode as string;
  return {
    source,
    seed,
    modes,
    tests: [...testsOf(report.failures, 'failures', source, false), ...testsOf(report.flakyTests, 'flakyTests', source, true)],
  };
}

/** A ReplayTest in the shape the rerun presets read. */
export function asTestCase(test: ReplayTest): TestCase {
  return {
    id: '',
    suite: test.suite,
    name: test.name,
    ...(test.classname ? { classname: test.classname } : {}),
    ...(test.file ? { file: test.file } : {}),
    status: test.status === 'flaky' ? 'passed' : test.status,
    attempts: [],
    flaky: test.status === 'flaky',
    duration: 0,
  };
}

export function bySuite(tests: readonly ReplayTest[]): Map<string, ReplayTest[]> {
  const groups = new Map<string, ReplayTest[]>();
  for (const test of tests) {
    const group = groups.get(test.suite);
    if (group) group.push(test);
    else groups.set(test.suite, [test]);
  }
  return groups;
}

/** The command that reruns `tests` of a suite (its rerun preset), and why it is the whole suite when it is. */
export function replayCommand(suite: SuiteConfig, tests: readonly ReplayTest[]): { command: string; fallback?: string } {
  return rerunCommand(suite.rerun, suite.command, tests.map(asTestCase));
}

export interface FailingEntry extends ReplayTest {
  seed: string;
  mode: string;
  /** the shell line that reproduces it: TEST_MODE, TEST_SEED and the suite's rerun command for this test */
  reproduce: string;
  /** why the reproduce command runs more than this test, when it does */
  note?: string;
}

/** Each failed and flaky test with what reproduces it, from the config's commands. */
export function failingEntries(replay: Replay, config: Config, seedOverride?: string): FailingEntry[] {
  const seed = seedOverride ?? replay.seed;
  return replay.tests.map((test) => {
    const suite = config.suites[test.suite];
    const mode = replay.modes[test.suite] ?? suite?.mode ?? config.mode;
    const env = `TEST_MODE=${shellQuote(mode)} TEST_SEED=${shellQuote(seed)}`;
    if (!suite)
      return {
        ...test,
        seed,
        mode,
        reproduce: `npx testops run --failed --report ${shellQuote(replay.source)}`,
        note: `the config has no suite "${test.suite}" any more`,
      };
    const { command, fallback } = replayCommand(suite, [test]);
    const cwd = suite['working-directory'] ? `cd ${shellQuote(suite['working-directory'])} && ` : '';
    return {
      ...test,
      seed,
      mode,
      reproduce: `${cwd}${env} ${command}`,
      ...(fallback ? { note: `runs the whole suite: ${fallback}` } : {}),
    };
  });
}

/**
 * The plan of `testops run --failed`: only the suites with failed or flaky tests, each rerunning
 * exactly those (SuitePlan.replay), in the mode they ran in. Suites the config no longer has are
 * left out and said.
 */
export function replayPlan(plan: Plan, config: Config, replay: Replay): { plan: Plan; config: Config; missing: string[] } {
  const groups = bySuite(replay.tests);
  const suites: Config['suites'] = { ...config.suites };
  const missing = [...groups.keys()].filter((name) => !config.suites[name]);
  const planned = new Set(plan.suites.map((suite) => suite.name));
  const suitePlans: SuitePlan[] = plan.suites.map((suitePlan) => {
    const tests = groups.get(suitePlan.name);
    const suite = config.suites[suitePlan.name];
    if (!tests || !suite) return { name: suitePlan.name, selected: false, reasons: [`no failed or flaky test of it in ${replay.source}`] };
    const mode = replay.modes[suitePlan.name];
    if (mode && mode !== (suite.mode ?? config.mode)) suites[suitePlan.name] = { ...suite, mode: mode as SuiteConfig['mode'] };
    const failed = tests.filter((test) => test.status !== 'flaky').length;
    const flaky = tests.length - failed;
    const { fallback } = replayCommand(suite, tests);
    return {
      name: suitePlan.name,
      selected: true,
      reasons: [
        `replays ${[failed ? `${failed} failed` : '', flaky ? `${flaky} flaky` : ''].filter(Boolean).join(' and ')} test(s) of ${replay.source}${fallback ? ` (the whole suite: ${fallback})` : ''}`,
      ],
      replay: tests,
    };
  });
  for (const name of groups.keys()) if (!planned.has(name) && config.suites[name]) missing.push(`${name} (not in this plan)`);
  return { plan: { ...plan, suites: suitePlans }, config: { ...config, suites }, missing };
}

/** The retries of a run, one row per retry attempt: why it ran, what it ran, how it ended. */
export function retryRows(runs: RunsFile): RetryRow[] {
  const rows: RetryRow[] = [];
  for (const suite of runs.suites) {
    for (const attempt of suite.attempts) {
      if (attempt.kind !== 'retry') continue;
      const result = attempt.timedOut
        ? 'timed out'
        : attempt.failed && attempt.failed.count > 0
          ? `${attempt.failed.count} still failed`
          : attempt.exitCode === 0
            ? 'passed'
            : `exited with ${attempt.exitCode ?? attempt.signal ?? 'a signal'}`;
      rows.push({
        suite: suite.name,
        attempt: attempt.index + 1,
        reason: attempt.reason ?? 'the previous attempt failed',
        scope: attempt.scope ?? 'suite',
        result,
        ...(attempt.failed?.first ? { failure: attempt.failed.first } : {}),
        duration: attempt.duration,
      });
    }
  }
  return rows;
}

/** Each shard's expected and actual seconds per suite (merged runs), or this shard's own. */
export function shardRows(runs: RunsFile): ShardRow[] {
  const rows: ShardRow[] = [];
  for (const suite of runs.suites) {
    if (suite.shards && suite.shards.length > 0) {
      for (const shard of suite.shards)
        rows.push({
          suite: suite.name,
          shard: shard.shard,
          ...(shard.expected !== undefined ? { expected: shard.expected } : {}),
          actual: shard.actual,
        });
    } else if (suite.shard && suite.selected && suite.status !== 'skipped') {
      rows.push({
        suite: suite.name,
        shard: suite.shard,
        ...(suite.estimatedDuration !== undefined ? { expected: suite.estimatedDuration } : {}),
        actual: suite.duration,
      });
    }
  }
  return rows;
}
