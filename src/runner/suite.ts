/**
 * One suite, start to end: services up and ready, the command run (with retries and repeats),
 * each attempt's reports copied and parsed, results merged, services stopped, status decided.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { compactStoreOf } from '../ingest/test-list.js';
import type { Config, SuiteConfig } from '../config/schema.js';
import type {
  Attempt,
  CoverageReport,
  Finding,
  ParsedReport,
  PerfReport,
  Problem,
  SuiteAttempt,
  SuitePlan,
  SuiteRun,
  TestCase,
  TestReport,
} from '../model.js';
import type { Clock } from '../util/clock.js';
import { OutputCapture } from './capture.js';
import { combineCoverage, combineFindings, combinePerf, totalsOf } from './combine.js';
import { measureDeterminism, outcomesOf, type RepeatOutcomes, settleRepeats } from './determinism.js';
import { suiteEnv } from './env.js';
import type { SuiteOutput } from './output.js';
import { compareOutputs, describeDifference, type RepeatFiles } from './outputs.js';
import { runInGroup } from './process.js';
import { fillTemplate, shellQuote } from './quote.js';
import { coverageFromSuiteDirectory, filesFromSuiteDirectory } from './suite-paths.js';
import { foldEarlyRepeats } from '../flaky/early.js';
import { collectReports, ensureReportDirs, type ReportSpec, reportSpecs, stampReports } from './reports.js';
import { createGit } from '../util/git.js';
import { type CassetteSession, openCassettes } from './cassettes.js';
import { chaosEnv } from './chaos.js';
import { armFaults, startServiceWithFaults } from './faults.js';
import { asTestCase } from './replay.js';
import { rerunCommand } from './rerun.js';
import type { RunningService } from './services.js';
import { redactor } from '../util/redact.js';
import { formatSeconds } from '../render/format.js';

export type ParseFn = (
  file: string,
  options: { format?: string; kind?: 'tests' | 'coverage' | 'perf' | 'security'; repoRoot: string; suite: string },
) => Promise<ParsedReport>;
export type MergeFn = (lists: TestCase[][]) => TestCase[];

export interface SuiteContext {
  plan: SuitePlan;
  suite: SuiteConfig;
  config: Config;
  repoRoot: string;
  workDir: string;
  seed: string;
  /** "index/total" or undefined */
  shard?: string;
  baseEnv: NodeJS.ProcessEnv;
  out: SuiteOutput;
  clock: Clock;
  signal?: AbortSignal;
  parse: ParseFn;
  mergeTests: MergeFn;
  graceMs: number;
  pollMs: number;
}

/** The command of the first attempt: the files-arg template when the plan picked files. */
export function initialCommand(suite: SuiteConfig, plan: SuitePlan): string {
  if (plan.replay && plan.replay.length > 0) return rerunCommand(suite.rerun, suite.command, plan.replay.map(asTestCase)).command;
  if (suite['files-arg'] && plan.files && plan.files.length > 0)
    return fillTemplate(suite['files-arg'], { files: filesFromSuiteDirectory(suite, plan.files) });
  return suite.command;
}

/** The command of a retry: only the failed tests when the `rerun` preset or template can name them, else the first command again. */
export function retryCommand(suite: SuiteConfig, fullCommand: string, failed: readonly TestCase[]): string {
  return rerunCommand(suite.rerun, fullCommand, failed).command;
}

const isFailure = (status: string) => status === 'failed' || status === 'errored';

interface AttemptOutcome {
  attempt: SuiteAttempt;
  tests: TestCase[];
  testReports: number;
  coverage: CoverageReport[];
  perf: PerfReport[];
  findings: Finding[];
  cancelled: boolean;
  spawnError?: string;
  /** files of `outputs:` this attempt wrote (repo-relative → copy), for repeats */
  outputs?: RepeatFiles;
}

/**
 * Problem for a parser error, naming the repo-relative file and the line/column the error gives.
 * The parser was handed the absolute path, so that path is replaced in its message.
 */
export function parseProblem(suite: string, file: string, absolute: string, error: unknown): Problem {
  const detail = error as { message?: string; line?: number; column?: number };
  const message = ((detail.message ?? String(error)).split('\n')[0] as string).split(absolute).join(file);
  return {
    kind: 'parse-error',
    suite,
    file,
    ...(typeof detail.line === 'number' ? { line: detail.line } : {}),
    ...(typeof detail.column === 'number' ? { column: detail.column } : {}),
    message: message.includes(file) ? message : `${file}${detail.line ? `:${detail.line}` : ''}: ${message}`,
  };
}

export async function runSuite(context: SuiteContext): Promise<SuiteRun> {
  const { suite, plan, config, out, clock } = context;
  const name = plan.name;
  const mode = suite.mode ?? config.mode;
  const timeout = suite.timeout ?? config.timeout;
  const retries = suite.retries ?? config.retries;
  const command = initialCommand(suite, plan);
  const startedAt = clock.now().toISOString();
  const started = clock.monotonic();
  const problems: Problem[] = [];
  const attempts: SuiteAttempt[] = [];
  const run: SuiteRun = {
    name,
    selected: true,
    reasons: plan.reasons,
    ...(suite.level ? { level: suite.level } : {}),
    mode,
    seed: context.seed,
    ...(context.shard ? { shard: context.shard } : {}),
    command,
    status: 'passed',
    exitCode: null,
    duration: 0,
    ...(suite.budget !== undefined ? { budget: suite.budget } : {}),
    ...(plan.estimatedDuration !== undefined ? { estimatedDuration: plan.estimatedDuration } : {}),
    startedAt,
    attempts,
    services: [],
    tests: [],
    totals: totalsOf([]),
    perf: [],
    security: [],
    problems,
  };
  const finish = (status: SuiteRun['status']): SuiteRun => {
    run.status = status;
    run.duration = (clock.monotonic() - started) / 1000;
    return run;
  };

  const cwd = resolve(context.repoRoot, suite['working-directory'] ?? '.');
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    problems.push({
      kind: 'config',
      suite: name,
      message: `suites.${name}.working-directory: "${suite['working-directory']}" is not a directory in the repository`,
    });
    out.error(`${name}: working-directory ${suite['working-directory']} does not exist`);
    return finish('errored');
  }
  const chaos = chaosEnv(suite, name, context.seed);
  if (Object.keys(chaos).length > 0) run.chaos = chaos;
  const cassettes: CassetteSession | undefined = suite.cassettes
    ? await openCassettes(suite.cassettes, {
        repoRoot: context.repoRoot,
        manifest: join(context.workDir, name, 'cassettes-read.txt'),
        git: createGit(context.repoRoot),
        now: () => clock.now().getTime(),
      })
    : undefined;
  const env = suiteEnv(context.baseEnv, {
    mode,
    seed: context.seed,
    suite: name,
    shard: context.shard ?? '',
    extra: { ...chaos, ...cassettes?.env, ...suite.env },
  });
  // a secret the suite is given must not come back in its report, log or failure messages
  redactor.addEnv(env);
  out.info(`TEST_MODE=${mode} TEST_SEED=${context.seed}${context.shard ? ` TESTOPS_SHARD=${context.shard}` : ''}`);
  const inDirectory = suite['working-directory'] ? `cd ${shellQuote(suite['working-directory'])} && ` : '';
  out.info(`reproduce: ${inDirectory}TEST_MODE=${mode} TEST_SEED=${context.seed} sh -c ${shellQuote(command)}`);

  // Services: started in order, each ready before the next (a later one may need an earlier one).
  const services: RunningService[] = [];
  const stopServices = async (includeTail: boolean) => {
    await Promise.all(services.map((service) => service.stop()));
    run.services = services.map((service) => service.record(includeTail));
    for (const service of run.services) {
      if (service.logTail && service.logTail.length > 0) {
        out.info(`last ${service.logTail.length} lines of service ${service.name}:`);
        for (const line of service.logTail) out.processLine(line);
      }
    }
  };
  for (const [index, serviceConfig] of suite.services.entries()) {
    const service = startServiceWithFaults(
      serviceConfig,
      {
        cwd: resolve(context.repoRoot, serviceConfig['working-directory'] ?? suite['working-directory'] ?? '.'),
        env: { ...env, ...serviceConfig.env },
        logFile: join(context.workDir, name, 'services', `${index}-${serviceConfig.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`),
        graceMs: context.graceMs,
        pollMs: context.pollMs,
        signal: context.signal,
      },
      { seed: context.seed, suite: name, now: () => clock.monotonic() },
    );
    services.push(service);
    const ready = await service.ready;
    if (!ready.ready) {
      const cancelled = context.signal?.aborted ?? false;
      if (!cancelled) {
        problems.push({ kind: 'service', suite: name, message: `service ${service.name} ${ready.reason}` });
        out.error(`${name}: service ${service.name} ${ready.reason}`);
      }
      await stopServices(!cancelled);
      if (cancelled) problems.push({ kind: 'cancelled', suite: name, message: 'cancelled while starting services' });
      return finish(cancelled ? 'cancelled' : 'errored');
    }
    out.info(`service ${service.name} ready after ${formatSeconds(ready.afterSeconds)}`);
  }

  // Fault timelines (kill, pause, partition) count from the start of the suite command.
  armFaults(services);
  const specs = reportSpecs(suite);
  const declaresTests = specs.some((spec) => spec.kind === 'tests');
  const outputSpecs: ReportSpec[] = suite.outputs ? [{ kind: 'tests', format: 'auto', patterns: suite.outputs }] : [];
  const logBudget = { left: suite['log-limit'] ?? config['log-limit'] };
  const outcomes: AttemptOutcome[] = [];
  const repeatOutcomes: RepeatOutcomes[] = [];
  const repeatFiles: RepeatFiles[] = [];
  /** runner attempt index → its repeat */
  const repeatOfAttempt: number[] = [];
  let stop = false;
  // a replay (`run --failed`) ran a selection already: its retries select from the suite's own command
  const rerunBase = plan.replay && plan.replay.length > 0 ? suite.command : command;
  let retryWhy: { reason: string; scope: string } | undefined;
  for (let repeat = 0; repeat < suite.repeat && !stop; repeat++) {
    let attemptCommand = command;
    for (let retry = 0; retry <= retries; retry++) {
      if (context.signal?.aborted) {
        stop = true;
        break;
      }
      const kind: SuiteAttempt['kind'] = retry > 0 ? 'retry' : repeat > 0 ? 'repeat' : 'initial';
      const outcome = await runAttempt(
        context,
        {
          index: attempts.length,
          kind,
          command: attemptCommand,
          cwd,
          env,
          timeout,
          // coverage comes from the first attempt that produced any: a retry of a few tests writes
          // theirs alone (often an empty file), which is not read once an earlier attempt had coverage
          specs:
            retry > 0 && outcomes.some((earlier) => earlier.coverage.length > 0) ? specs.filter((spec) => spec.kind !== 'coverage') : specs,
          outputSpecs: retry === 0 && suite.repeat > 1 ? outputSpecs : [],
          logBudget,
        },
        problems,
      );
      if (retry > 0 && retryWhy) Object.assign(outcome.attempt, retryWhy);
      outcomes.push(outcome);
      attempts.push(outcome.attempt);
      repeatOfAttempt.push(repeat);
      // each repeat's outcomes (a map of every test) only when there are repeats to compare
      if (retry === 0 && suite.repeat > 1) {
        repeatOutcomes.push(outcomesOf(outcome.tests));
        if (outcome.outputs) repeatFiles.push(outcome.outputs);
      }
      const serviceDeath = services.find((service) => service.died());
      if (outcome.cancelled || outcome.attempt.timedOut || outcome.spawnError || serviceDeath) {
        stop = true;
        break;
      }
      const failed = outcome.tests.filter((test) => isFailure(test.status));
      if (failed.length === 0 && outcome.attempt.exitCode === 0) break;
      if (retry < retries) {
        const next = rerunCommand(suite.rerun, rerunBase, failed);
        attemptCommand = next.command;
        const reason =
          failed.length > 0
            ? `attempt ${outcome.attempt.index + 1} had ${failed.length} failed test(s)`
            : `attempt ${outcome.attempt.index + 1} exited with ${outcome.attempt.exitCode ?? outcome.attempt.signal} and named no failed test`;
        const scope = next.fallback
          ? `the whole suite${suite.rerun ? ` (${next.fallback})` : ''}`
          : `the failed test(s) alone (rerun: ${suite.rerun})`;
        retryWhy = { reason, scope };
        out.info(`${name}: ${reason}; retrying ${scope}`);
      }
    }
  }

  // Early flake detection: the test files this change added or modified, again, within the budget.
  const earlyOutcomes: AttemptOutcome[] = [];
  const earlyPlan = plan.early;
  if (earlyPlan && earlyPlan.repeats > 1 && suite['files-arg'] && !stop && outcomes.length > 0) {
    const first = outcomes[0] as AttemptOutcome;
    const budget = earlyPlan.budget ?? (first.attempt.duration * config.flaky['early-budget']) / 100;
    // before the first repeat: the changed files' own tests in the first attempt, else the whole attempt
    const earlyFiles = filesFromSuiteDirectory(suite, earlyPlan.files);
    const inFiles = new Set(earlyFiles);
    const testsTime = first.tests.filter((test) => test.file && inFiles.has(test.file)).reduce((sum, test) => sum + test.duration, 0);
    let estimate = testsTime > 0 ? testsTime : first.attempt.duration;
    let seconds = 0;
    let stopped: string | undefined;
    const planned = earlyPlan.repeats - 1;
    const earlyCommand = fillTemplate(suite['files-arg'], { files: earlyFiles });
    for (let repeat = 0; repeat < planned; repeat++) {
      if (context.signal?.aborted) {
        stopped = 'cancelled';
        break;
      }
      if (seconds + estimate > budget) {
        stopped = `the next repeat (about ${formatSeconds(estimate)}) would pass the budget of ${formatSeconds(budget)}`;
        break;
      }
      const outcome = await runAttempt(
        context,
        { index: attempts.length, kind: 'early', command: earlyCommand, cwd, env, timeout, specs, outputSpecs: [], logBudget },
        problems,
      );
      earlyOutcomes.push(outcome);
      attempts.push(outcome.attempt);
      seconds += outcome.attempt.duration;
      estimate = outcome.attempt.duration;
      if (outcome.cancelled || outcome.attempt.timedOut || outcome.spawnError) {
        stopped = outcome.attempt.timedOut ? 'a repeat timed out' : outcome.spawnError ? 'a repeat could not start' : 'cancelled';
        break;
      }
    }
    run.early = { files: earlyPlan.files, repeats: earlyOutcomes.length, planned, seconds, budget, ...(stopped ? { stopped } : {}) };
    out.info(
      `${name}: early flake detection: ${earlyPlan.files.length} changed test file(s) repeated ${earlyOutcomes.length} of ${planned} time(s) in ${formatSeconds(seconds)} (budget ${formatSeconds(budget)})${stopped ? `; stopped: ${stopped}` : ''}`,
    );
  }

  // Merge every attempt's tests: a test that failed and then passed keeps both attempts (flaky).
  const tests = mergeAttempts(
    outcomes.map((outcome) => outcome.tests),
    context.mergeTests,
  );
  if (suite.repeat > 1 && repeatOutcomes.length > 1) {
    const { figure, nondeterministic } = measureDeterminism(repeatOutcomes);
    settleRepeats(tests, nondeterministic, (index) => repeatOfAttempt[index] ?? 0);
    if (outputSpecs.length > 0 && repeatFiles.length > 1) {
      figure.outputs = await compareOutputs(repeatFiles);
      for (const difference of figure.outputs.differences) out.warning(`${name}: not deterministic: ${describeDifference(difference)}`);
    }
    const compared = figure.total + (figure.outputs?.total ?? 0);
    figure.score = compared === 0 ? 1 : (figure.identical + (figure.outputs?.identical ?? 0)) / compared;
    run.determinism = figure;
    out.info(
      `determinism: ${figure.identical}/${figure.total} tests identical over ${figure.repeats} repeats${figure.outputs ? `, ${figure.outputs.identical}/${figure.outputs.total} output files byte for byte` : ''} (score ${(figure.score * 100).toFixed(1)}%)`,
    );
  }
  if (earlyOutcomes.length > 0)
    foldEarlyRepeats(
      tests,
      earlyOutcomes.map((outcome) => outcome.tests),
    );
  run.tests = tests;
  run.totals = totalsOf(tests);
  const firstWithCoverage = outcomes.find((outcome) => outcome.coverage.length > 0);
  const coverage = firstWithCoverage ? combineCoverage(firstWithCoverage.coverage) : undefined;
  if (coverage) run.coverage = coverage;
  // Perf: the initial and repeat attempts (retries of failed tests measure a different workload).
  run.perf = combinePerf(outcomes.filter((outcome) => outcome.attempt.kind !== 'retry').flatMap((outcome) => outcome.perf));
  run.security = combineFindings(outcomes.map((outcome) => outcome.findings));

  const last = outcomes.at(-1);
  run.exitCode = last?.attempt.exitCode ?? null;
  const status = decideStatus({
    name,
    cancelled: (context.signal?.aborted ?? false) || (last?.cancelled ?? false),
    last,
    anyTestReport: outcomes.some((outcome) => outcome.testReports > 0),
    declaresTests,
    timeout,
    tests,
    deadService: services.find((service) => service.died()),
    problems,
  });
  await stopServices(status !== 'passed');
  if (cassettes) run.cassettes = await cassettes.finish({ golden: mode === 'GOLDEN' });
  return finish(status);
}

interface AttemptSpec {
  index: number;
  kind: SuiteAttempt['kind'];
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** seconds */
  timeout: number;
  specs: ReportSpec[];
  /** `outputs:` globs to copy aside after this attempt (first attempt of each repeat) */
  outputSpecs: ReportSpec[];
  /** bytes of the log the suite may still fill */
  logBudget: { left: number };
}

/**
 * Merge the attempts' tests without copying the big first list: only the tests that a later
 * attempt ran again go through `mergeTests`; the rest are kept as they are.
 */
export function mergeAttempts(lists: TestCase[][], mergeTests: MergeFn): TestCase[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const [first, ...later] = nonEmpty as [TestCase[], ...TestCase[][]];
  const again = new Set<string>();
  for (const list of later) for (const test of list) again.add(test.id);
  const touched: TestCase[] = [];
  const touchedAt: number[] = [];
  for (let at = 0; at < first.length; at++) {
    const test = first[at] as TestCase;
    if (!again.has(test.id)) continue;
    touched.push(test);
    touchedAt.push(at);
  }
  const merged = new Map<string, TestCase>();
  for (const test of mergeTests([touched, ...later])) merged.set(test.id, test);
  const store = compactStoreOf(first);
  if (store?.ownIds) {
    // a compact list of one report (its ids unique): the merged tests replace theirs in place, so its
    // millions of untouched tests are never copied out; the tests only a later attempt ran follow
    for (const at of touchedAt) {
      const id = (first[at] as TestCase).id;
      store.entries[at] = merged.get(id) as TestCase;
      merged.delete(id);
    }
    for (const test of merged.values()) store.entries.push(test);
    return first;
  }
  const result: TestCase[] = [];
  for (const test of first) {
    const replacement = merged.get(test.id);
    if (replacement) {
      result.push(replacement);
      merged.delete(test.id);
    } else if (!again.has(test.id)) result.push(test);
  }
  // tests only a later attempt ran, in the order the merge gave them
  for (const test of merged.values()) result.push(test);
  return result;
}

async function runAttempt(context: SuiteContext, spec: AttemptSpec, problems: Problem[]): Promise<AttemptOutcome> {
  const { out } = context;
  const name = context.plan.name;
  if (spec.index > 0) out.info(`── ${name}: attempt ${spec.index + 1} (${spec.kind}): ${spec.command}`);
  else out.info(`$ ${spec.command}`);
  await ensureReportDirs(context.repoRoot, spec.specs);
  // The work dir may sit inside the repository (the CLI's .testops/): never collect our own copies.
  const before = await stampReports(context.repoRoot, spec.specs, [context.workDir]);
  const outputsBefore = spec.outputSpecs.length > 0 ? await stampReports(context.repoRoot, spec.outputSpecs, [context.workDir]) : undefined;
  const capture = new OutputCapture(join(context.workDir, name, String(spec.index), 'output.log'), spec.logBudget, (line) =>
    out.processLine(line),
  );
  const result = await runInGroup({
    command: spec.command,
    cwd: spec.cwd,
    env: spec.env,
    timeoutMs: spec.timeout * 1000,
    signal: context.signal,
    graceMs: context.graceMs,
    onLine: (line) => capture.line(line),
    onData: (chunk) => capture.data(chunk),
  });
  const captured = capture.close();
  const destDir = join(context.workDir, name, String(spec.index));
  const collected = await collectReports(context.repoRoot, spec.specs, before, destDir, [context.workDir]);
  const leaked = result.leaked.map((process) => `${process.pid} ${process.command}`);
  const outcome: AttemptOutcome = {
    attempt: {
      index: spec.index,
      kind: spec.kind,
      command: spec.command,
      exitCode: result.exitCode,
      signal: result.signal,
      timedOut: result.timedOut,
      duration: result.durationMs / 1000,
      reportFiles: collected.reports.map((report) => report.file),
      ...(leaked.length > 0 ? { leaked } : {}),
      output: captured,
    },
    tests: [],
    testReports: 0,
    coverage: [],
    perf: [],
    findings: [],
    cancelled: result.cancelled,
    ...(result.spawnError ? { spawnError: result.spawnError } : {}),
  };
  if (outputsBefore) {
    const written = await collectReports(context.repoRoot, spec.outputSpecs, outputsBefore, join(destDir, 'outputs'), [context.workDir]);
    outcome.outputs = new Map(written.reports.map((report) => [report.file, report.copy]));
  }
  if (leaked.length > 0) {
    const message =
      result.timedOut || result.cancelled
        ? `attempt ${spec.index + 1} had ${leaked.length} process(es) outside its process group (setsid, daemons) when it was ${result.timedOut ? 'timed out' : 'cancelled'}; they were stopped: ${leaked.join('; ')}`
        : `attempt ${spec.index + 1} left ${leaked.length} process(es) running after its command ended; they were stopped: ${leaked.join('; ')}`;
    problems.push({ kind: 'other', suite: name, message });
    out.warning(`${name}: ${message}`);
  }
  if (result.spawnError) problems.push({ kind: 'crash', suite: name, message: `could not start the command: ${result.spawnError}` });
  if (collected.stale.length > 0) out.info(`${name}: ignored report file(s) not written by this attempt: ${collected.stale.join(', ')}`);
  for (const report of collected.reports) {
    let parsed: ParsedReport;
    const absolute = isAbsolute(report.file) ? report.file : join(context.repoRoot, report.file);
    try {
      parsed = await context.parse(absolute, {
        ...(report.spec.format !== 'auto' ? { format: report.spec.format } : {}),
        kind: report.spec.kind,
        repoRoot: context.repoRoot,
        suite: name,
      });
    } catch (error) {
      const problem = parseProblem(name, report.file, absolute, error);
      problems.push(problem);
      out.warning(problem.message);
      continue;
    }
    // what a reader left out (coverage lines numbered 0, …) is said, not silent
    if ((parsed.kind === 'coverage' || parsed.kind === 'perf') && parsed.warnings) {
      for (const warning of parsed.warnings) {
        const message = `${report.file}: ${warning}`;
        problems.push({ kind: 'other', suite: name, message });
        out.warning(message);
      }
    }
    switch (parsed.kind) {
      case 'tests':
        outcome.testReports += 1;
        tagAttempts(parsed, spec.index);
        // one report's list is taken as it is; several are joined without spreading into a call
        // (a spread of 250,000 arguments overflows the stack)
        if (outcome.tests.length === 0) outcome.tests = parsed.tests;
        else for (const test of parsed.tests) outcome.tests.push(test);
        break;
      case 'coverage':
        outcome.coverage.push(coverageFromSuiteDirectory(parsed, context.suite, (path) => existsSync(join(context.repoRoot, path))));
        break;
      case 'perf':
        outcome.perf.push(parsed);
        break;
      case 'security':
        for (const finding of parsed.findings) outcome.findings.push(finding);
        break;
    }
  }
  let failedCount = 0;
  let firstFailed: TestCase | undefined;
  for (const test of outcome.tests)
    if (isFailure(test.status)) {
      failedCount++;
      firstFailed ??= test;
    }
  if (failedCount > 0) {
    const message = firstFailed?.attempts.at(-1)?.message;
    outcome.attempt.failed = {
      count: failedCount,
      first: { name: (firstFailed as TestCase).name, ...(message ? { message: message.split('\n')[0]?.slice(0, 300) } : {}) },
    };
  }
  const verdict = result.timedOut
    ? `timed out after ${formatSeconds(spec.timeout)}`
    : result.cancelled
      ? 'cancelled'
      : `exited with ${result.exitCode ?? result.signal}`;
  out.info(
    // a timeout already says how long it ran ("timed out after 1.0s in 1.0s" said it twice)
    `${name}: attempt ${spec.index + 1} ${verdict}${result.timedOut ? '' : ` in ${formatSeconds(result.durationMs / 1000)}`}; ${outcome.tests.length} test(s) from ${outcome.testReports} report(s)`,
  );
  return outcome;
}

/**
 * Mark which runner attempt produced each test attempt, without copying what need not be: the
 * parser shares one frozen attempt list among the many tests with the same outcome and time, so
 * each shared list is tagged once and shared again; lists of their own are tagged in place.
 */
export function tagAttempts(report: Pick<TestReport, 'tests'>, index: number): void {
  const tagged = new Map<readonly Attempt[], Attempt[]>();
  const tag = (attempt: Attempt): Attempt => (attempt.run === undefined ? { ...attempt, run: index } : attempt);
  // a compact list (src/ingest/test-list.ts): its compact tests are tagged at once, its objects one by one
  const store = compactStoreOf(report.tests);
  if (store) store.run ??= index;
  const objects = store ? store.entries.filter((entry): entry is TestCase => typeof entry !== 'string') : report.tests;
  for (const test of objects) {
    const attempts = test.attempts;
    if (Object.isFrozen(attempts)) {
      let shared = tagged.get(attempts);
      if (!shared) {
        shared = Object.freeze(attempts.map((attempt) => Object.freeze(tag(attempt)))) as Attempt[];
        tagged.set(attempts, shared);
      }
      test.attempts = shared;
      continue;
    }
    for (let i = 0; i < attempts.length; i++) {
      const attempt = attempts[i] as Attempt;
      if (attempt.run !== undefined) continue;
      if (Object.isFrozen(attempt)) attempts[i] = tag(attempt);
      else attempt.run = index;
    }
  }
}

interface StatusInput {
  name: string;
  cancelled: boolean;
  last: AttemptOutcome | undefined;
  anyTestReport: boolean;
  declaresTests: boolean;
  /** seconds */
  timeout: number;
  tests: TestCase[];
  deadService: RunningService | undefined;
  problems: Problem[];
}

/** What sh means by these exit codes; a bare "127" says nothing to someone who mistyped a command. */
const SHELL_EXIT_MEANINGS: Readonly<Record<number, string>> = {
  126: ' (the command was found but could not be executed: check its permissions)',
  127: ' (command not found: check the spelling and that it is installed or on PATH)',
};

/** The suite's status, with a problem saying why whenever it is not a plain pass or fail of tests. */
export function decideStatus(input: StatusInput): SuiteRun['status'] {
  const { name, last, problems } = input;
  const add = (kind: Problem['kind'], message: string) => problems.push({ kind, suite: name, message });
  if (input.cancelled) {
    add('cancelled', 'the run was cancelled while this suite was running');
    return 'cancelled';
  }
  if (!last) {
    add('other', 'no attempt ran');
    return 'errored';
  }
  if (last.spawnError) return 'errored';
  if (last.attempt.timedOut) {
    add('timeout', `killed after its timeout of ${formatSeconds(input.timeout)} (the whole process group was stopped)`);
    return 'timeout';
  }
  const failedTests = input.tests.filter((test) => isFailure(test.status));
  let status: SuiteRun['status'] = failedTests.length > 0 ? 'failed' : 'passed';
  const exitCode = last.attempt.exitCode;
  const exited =
    exitCode === null
      ? `was killed by ${last.attempt.signal ?? 'a signal'}`
      : `exited with code ${exitCode}${SHELL_EXIT_MEANINGS[exitCode] ?? ''}`;
  if (exitCode !== 0 && !input.anyTestReport) {
    add('no-report', `no report produced: the command ${exited}${input.declaresTests ? '' : ' and the suite declares no test report'}`);
    status = 'failed';
  } else if (exitCode !== 0 && failedTests.length === 0) {
    add('crash', `the command ${exited} although its report shows no failed test`);
    status = 'failed';
  } else if (input.declaresTests && !input.anyTestReport) {
    const unparsable = problems.some((problem) => problem.kind === 'parse-error');
    add(
      'missing-report',
      unparsable ? 'no test report could be parsed' : 'no test report was written (the reports globs matched no new file)',
    );
    // a declared report that never came is a failure, never a pass: the tests gate fails it too
    status = 'failed';
  }
  if (input.deadService) {
    add('service', `service ${input.deadService.name} ${input.deadService.died()} while the suite ran`);
    status = 'failed';
  }
  return status;
}
