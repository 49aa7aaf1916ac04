/**
 * One suite, start to end: services up and ready, the command run (with retries and repeats),
 * each attempt's reports copied and parsed, results merged, services stopped, status decided.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Config, SuiteConfig } from '../config/schema.js';
import { formatDuration } from '../config/units.js';
import type {
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
import { combineCoverage, combineFindings, combinePerf, totalsOf } from './combine.js';
import { measureDeterminism, outcomesOf, type RepeatOutcomes } from './determinism.js';
import { suiteEnv } from './env.js';
import type { SuiteOutput } from './output.js';
import { runInGroup } from './process.js';
import { fillTemplate, shellQuote, usesPlaceholder } from './quote.js';
import { collectReports, ensureReportDirs, type ReportSpec, reportSpecs, stampReports } from './reports.js';
import { type RunningService, startService } from './services.js';

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
  if (suite['files-arg'] && plan.files && plan.files.length > 0) return fillTemplate(suite['files-arg'], { files: plan.files });
  return suite.command;
}

/** The command of a retry: only the failed tests when a `rerun` template can name them, else the first command again. */
export function retryCommand(suite: SuiteConfig, fullCommand: string, failed: readonly TestCase[]): string {
  const template = suite.rerun;
  if (!template || failed.length === 0) return fullCommand;
  const names = [...new Set(failed.map((test) => test.name))];
  const files = [...new Set(failed.map((test) => test.file).filter((file): file is string => Boolean(file)))];
  if (usesPlaceholder(template, 'files') && files.length === 0) return fullCommand;
  return fillTemplate(template, { tests: names, files });
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
  const env = suiteEnv(context.baseEnv, {
    mode,
    seed: context.seed,
    suite: name,
    shard: context.shard ?? '',
    extra: suite.env,
  });
  out.info(`TEST_MODE=${mode} TEST_SEED=${context.seed}${context.shard ? ` TESTOPS_SHARD=${context.shard}` : ''}`);
  out.info(`reproduce: TEST_MODE=${mode} TEST_SEED=${context.seed} sh -c ${shellQuote(command)}`);

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
    const service = startService(serviceConfig, {
      cwd: resolve(context.repoRoot, serviceConfig['working-directory'] ?? suite['working-directory'] ?? '.'),
      env: { ...env, ...serviceConfig.env },
      logFile: join(context.workDir, name, 'services', `${index}-${serviceConfig.name.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`),
      graceMs: context.graceMs,
      pollMs: context.pollMs,
      signal: context.signal,
    });
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
    out.info(`service ${service.name} ready after ${formatDuration(ready.afterSeconds)}`);
  }

  const specs = reportSpecs(suite);
  const declaresTests = specs.some((spec) => spec.kind === 'tests');
  const outcomes: AttemptOutcome[] = [];
  const repeatOutcomes: RepeatOutcomes[] = [];
  let stop = false;
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
        { index: attempts.length, kind, command: attemptCommand, cwd, env, timeout, specs },
        problems,
      );
      outcomes.push(outcome);
      attempts.push(outcome.attempt);
      if (retry === 0) repeatOutcomes.push(outcomesOf(outcome.tests));
      const serviceDeath = services.find((service) => service.died());
      if (outcome.cancelled || outcome.attempt.timedOut || outcome.spawnError || serviceDeath) {
        stop = true;
        break;
      }
      const failed = outcome.tests.filter((test) => isFailure(test.status));
      if (failed.length === 0 && outcome.attempt.exitCode === 0) break;
      if (retry < retries) {
        attemptCommand = retryCommand(suite, command, failed);
        out.info(
          `${name}: attempt ${outcome.attempt.index + 1} ${failed.length > 0 ? `had ${failed.length} failed test(s)` : `exited with ${outcome.attempt.exitCode}`}; retrying ${attemptCommand === command ? 'the whole suite' : 'the failed tests'}`,
        );
      }
    }
  }

  // Merge every attempt's tests: a test that failed and then passed keeps both attempts (flaky).
  const tests = context.mergeTests(outcomes.map((outcome) => outcome.tests));
  if (suite.repeat > 1 && repeatOutcomes.length > 1) {
    const { figure, nondeterministic } = measureDeterminism(repeatOutcomes);
    run.determinism = figure;
    for (const test of tests) if (nondeterministic.has(test.id)) test.nondeterministic = true;
    out.info(`determinism: ${figure.identical}/${figure.total} tests identical over ${figure.repeats} repeats`);
  }
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
}

async function runAttempt(context: SuiteContext, spec: AttemptSpec, problems: Problem[]): Promise<AttemptOutcome> {
  const { out } = context;
  const name = context.plan.name;
  if (spec.index > 0) out.info(`── ${name}: attempt ${spec.index + 1} (${spec.kind}): ${spec.command}`);
  else out.info(`$ ${spec.command}`);
  await ensureReportDirs(context.repoRoot, spec.specs);
  // The work dir may sit inside the repository (the CLI's .testops/): never collect our own copies.
  const before = await stampReports(context.repoRoot, spec.specs, [context.workDir]);
  const result = await runInGroup({
    command: spec.command,
    cwd: spec.cwd,
    env: spec.env,
    timeoutMs: spec.timeout * 1000,
    signal: context.signal,
    graceMs: context.graceMs,
    onLine: (line) => out.processLine(line),
  });
  const destDir = join(context.workDir, name, String(spec.index));
  const collected = await collectReports(context.repoRoot, spec.specs, before, destDir, [context.workDir]);
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
    },
    tests: [],
    testReports: 0,
    coverage: [],
    perf: [],
    findings: [],
    cancelled: result.cancelled,
    ...(result.spawnError ? { spawnError: result.spawnError } : {}),
  };
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
    switch (parsed.kind) {
      case 'tests':
        outcome.testReports += 1;
        outcome.tests.push(...tagAttempts(parsed, spec.index));
        break;
      case 'coverage':
        outcome.coverage.push(parsed);
        break;
      case 'perf':
        outcome.perf.push(parsed);
        break;
      case 'security':
        outcome.findings.push(...parsed.findings);
        break;
    }
  }
  const verdict = result.timedOut
    ? `timed out after ${formatDuration(spec.timeout)}`
    : result.cancelled
      ? 'cancelled'
      : `exited with ${result.exitCode ?? result.signal}`;
  out.info(
    `${name}: attempt ${spec.index + 1} ${verdict} in ${formatDuration(result.durationMs / 1000)}; ${outcome.tests.length} test(s) from ${outcome.testReports} report(s)`,
  );
  return outcome;
}

/** Mark which runner attempt produced each test attempt. */
function tagAttempts(report: TestReport, index: number): TestCase[] {
  return report.tests.map((test) => ({ ...test, attempts: test.attempts.map((attempt) => ({ ...attempt, run: attempt.run ?? index })) }));
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
    add('timeout', `killed after its timeout of ${formatDuration(input.timeout)} (the whole process group was stopped)`);
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
