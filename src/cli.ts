#!/usr/bin/env node
/**
 * testops on a laptop: the same engine as the action, without GitHub.
 *   testops init | run | failing | plan | parse | replay-impact | validate
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readBaseline } from './baseline/index.js';
import { configProblems, findConfig, loadConfig, readConfigFile } from './config/load.js';
import { reportSpecs } from './runner/reports.js';
import { replayImpactCommand } from './impact/index.js';
import { parseCommand } from './ingest/command.js';
import { writeJson } from './pipeline/files.js';
import { debugEnabled, EXIT, exitCodeForVerdict, GitStateError, reportError, UsageError } from './errors.js';
import { localEvent } from './pipeline/local.js';
import { pathsUnder } from './pipeline/paths.js';
import { makePlan, shardInput } from './pipeline/plan.js';
import { reportRun } from './pipeline/publish.js';
import { cliExecutor } from './pipeline/execute.js';
import { runPlan } from './pipeline/run.js';
import { FAILING_HELP, failingCommand, reportPathOf } from './runner/failing-command.js';
import { readReplay, replayPlan } from './runner/replay.js';
import { dashboardCommand } from './dashboard/command.js';
import { warroomCommand } from './record/warroom-command.js';
import { healthCommand } from './health/command.js';
import { INIT_HELP, initCommand } from './init/command.js';
import { historyCommand } from './history/command.js';
import { expectedDuration, TerminalProgress } from './render/progress.js';
import { systemClock } from './util/clock.js';
import { createGit } from './util/git.js';
import { consoleLog, type Log } from './util/log.js';
import { VERSION } from './version.js';
import { redactor } from './util/redact.js';

const HELP = `testops ${VERSION} — test impact, runs, gates and reports on your machine

Usage:
${INIT_HELP.replace(/^/gm, '  ')}
  testops run   [--config F] [--base REV] [--head REV] [--out DIR] [--baseline DIR]
                [--update-baseline] [--shard i/n] [--full] [--seed S] [--html] [--quiet]
                [--format terminal|md|json] [--failed [--report FILE]]
      plan → run → report. Writes DIR/comment.md, DIR/summary.md, DIR/report.json,
      DIR/report.html, DIR/warroom.ndjson, DIR/bundle.zip (DIR defaults to .testops/out) and
      prints the report: for the terminal (default; colours on a TTY unless NO_COLOR), as the PR
      comment's markdown (md) or as JSON.
      --quiet prints only the verdict and the failing gates.
      Exit 0 when every gate passes, 1 when one fails, 2 on a user error (config, usage, input,
      event, git), 3 on an internal error (a testops bug; --debug prints its stack).
      --seed S (or TEST_SEED in the environment) replaces the seed derived from the commit.
      --failed [--report FILE] reruns only the failed and flaky tests of FILE (default
      .testops/out/report.json) with its seed and modes, through each suite's rerun: preset.
${FAILING_HELP.replace(/^/gm, '  ')}
  testops plan  [--config F] [--base REV] [--head REV] [--shard i/n] [--full]
      Prints the plan as JSON: which suites run and why.
  testops parse FILE… [--format auto|junit|ctrf|lcov|cobertura|jacoco|go|istanbul-summary|
                istanbul-final|k6|locust|autocannon|benchmark|sarif|npm-audit] [--files]
      Prints the normalized model of report files as JSON.
  testops replay-impact --from REV --to REV [--verify [--mutants] [--per-test]] [--one-source]
                [--setup CMD] [--config F] [--baseline F] [--json]
      Replays selection over a range of commits: suites selected and suite-time saved.
  testops validate [--config F]
      Checks the config and prints every problem, one line each.
  testops warroom [FILE…] [--format text|markdown|json]
      Summarises war-room logs (warroom.ndjson): anomalies by kind and priority, top suites
      and tests, first and last seen, and what to do.
  testops history import DIR [--out DIR] [--keep-runs N]
      Builds a local history (.testops/history) from the report.json files under DIR.
  testops health [--history DIR] [--format md|json] [--now TIME]
      The health check over the last week of the history (the data branch with history.store:
      branch, else .testops/history): pass rate, time against SLA, flaky rate, coverage, movers.
      Exit 1 when something alerts.
  testops dashboard [--history DIR | --branch NAME] [--out DIR] [--since YYYY-MM-DD] [--title T]
      Builds a static dashboard (DIR/index.html, default .testops/dashboard) from the history:
      pass rate, flaky tests, slowest suites and tests, durations, coverage, perf, time saved.

The baseline directory (default .testops/baseline) holds what a run is compared with;
--update-baseline refreshes it from this run (as the action does on the default branch).`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** which streams are terminals (colours, progress) */
  isTTY?: { stdout: boolean; stderr: boolean };
  columns?: number;
}

/** .testops/ holds local outputs and the baseline: it ignores itself, so a first run leaves git status clean. */
function ignoreLocalDir(dir: string): void {
  const file = join(dir, '.gitignore');
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, '# written by testops: local run outputs and baseline\n*\n');
}

const common = {
  config: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  shard: { type: 'string' },
  full: { type: 'boolean' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function repoRootOf(cwd: string): Promise<string> {
  const top = (await createGit(cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim();
  if (!top) throw new GitStateError(`${cwd} is not inside a git repository: testops compares commits, so run it in a git checkout`);
  return top;
}

type CommonValues = { config?: string; base?: string; head?: string; shard?: string; full?: boolean; seed?: string };

/** Globs of the files the suites write (reports, outputs): a run's leftovers are not working-tree changes. */
function writtenByRuns(repoRoot: string, configPath: string | undefined): string[] {
  let config: ReturnType<typeof loadConfig>['config'];
  try {
    ({ config } = loadConfig(repoRoot, configPath));
  } catch {
    return []; // the plan reports the config's problem
  }
  return Object.values(config.suites).flatMap((suite) =>
    [...reportSpecs(suite).flatMap((spec) => spec.patterns), ...(suite.outputs ?? [])].filter((glob) => !glob.startsWith('!')),
  );
}

/** The local event and plan from the options every command shares (--config --base --head --shard --full). */
async function localPlan(values: CommonValues, repoRoot: string, baselineDir: string, log: Log) {
  const git = createGit(repoRoot);
  const event = await localEvent(git, {
    ...(values.base ? { base: values.base } : {}),
    ...(values.head ? { head: values.head } : {}),
    exclude: writtenByRuns(repoRoot, values.config),
  });
  const planned = await makePlan({
    repoRoot,
    configPath: values.config,
    event,
    ...(values.base ? { baseRef: values.base } : {}),
    ...(values.head ? { headRef: values.head } : {}),
    shard: shardInput(values.shard),
    fullRun: values.full,
    fullRunSource: '--full',
    baselineDir,
    ...((values.seed ?? process.env.TEST_SEED) ? { seed: values.seed ?? process.env.TEST_SEED } : {}),
    log,
    clock: systemClock,
  });
  return { ...planned, event, git };
}

async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: common, allowPositionals: false });
  if (values.help) return help(io);
  const repoRoot = await repoRootOf(io.cwd);
  const { plan } = await localPlan(
    values,
    repoRoot,
    join(repoRoot, '.testops/baseline'),
    consoleLog((line) => io.stderr(`${line}\n`)),
  );
  io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
  return 0;
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...common,
      out: { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      html: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      format: { type: 'string' },
      failed: { type: 'boolean' },
      report: { type: 'string' },
    },
    allowPositionals: false,
  });
  if (values.help) return help(io);
  if (values.report && !values.failed) throw new UsageError('--report: only with --failed (the report whose failed tests to rerun)');
  if (values.failed && values['update-baseline'])
    throw new UsageError(
      '--failed with --update-baseline: a rerun of some tests is not a baseline; run testops run --full --update-baseline',
    );
  const replay = values.failed ? await reportPathOf(values.report, io.cwd).then(({ path, shown }) => readReplay(path, shown)) : undefined;
  const format = values.format ?? 'terminal';
  if (!['terminal', 'md', 'json'].includes(format)) throw new UsageError(`--format: expected terminal, md or json, got "${values.format}"`);
  const repoRoot = await repoRootOf(io.cwd);
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  if (!values.out || !values.baseline) ignoreLocalDir(join(repoRoot, '.testops'));
  const paths = pathsUnder(at(values.out ?? join(repoRoot, '.testops/out')), at(values.baseline ?? join(repoRoot, '.testops/baseline')));
  let progress: TerminalProgress | undefined;
  const log = consoleLog((line) => (progress ? progress.print(line) : io.stderr(`${line}\n`)));
  const clock = systemClock;
  const planned = await localPlan(
    replay ? { ...values, full: true, seed: values.seed ?? (process.env.TEST_SEED || replay.seed) } : values,
    repoRoot,
    paths.baseline,
    log,
  );
  const { configPath, event, git } = planned;
  let { plan, config } = planned;
  if (replay) {
    const replayed = replayPlan(plan, config, replay);
    ({ plan, config } = replayed);
    log.info(`testops: rerunning ${replay.tests.length} failed or flaky test(s) of ${replay.source} with seed ${plan.seed}`);
    for (const name of replayed.missing)
      log.warning(`testops: suite ${name} of ${replay.source} is not in the config; its tests are not rerun`);
  }
  writeJson(paths.plan, plan);
  if (event.headLabel) log.info(`testops: testing ${event.headLabel} against ${event.baseRef ?? 'the base'}`);
  log.info(
    `testops: ${plan.suites.filter((suite) => suite.selected).length} of ${plan.suites.length} suites selected (TEST_SEED=${plan.seed})`,
  );
  for (const suite of plan.suites) log.info(`  ${suite.selected ? 'run ' : 'skip'} ${suite.name}: ${suite.reasons.join('; ')}`);

  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const selected = plan.suites.filter((suite) => suite.selected).map((suite) => suite.name);
  if (io.isTTY?.stderr && format === 'terminal' && !values.quiet && selected.length > 0) {
    const { baseline: previous } = readBaseline(paths.baseline, { maxAgeSeconds: Number.POSITIVE_INFINITY, now: clock.now() });
    progress = new TerminalProgress(
      io.stderr,
      () => clock.monotonic(),
      selected.length,
      expectedDuration(previous, selected, config['max-parallel']),
    );
    progress.start();
  }
  const runs = await runPlan({
    plan,
    config,
    repoRoot,
    workDir: paths.work,
    runsPath: paths.runs,
    log,
    clock,
    signal: controller.signal,
    onSuiteDone: () => progress?.suiteDone(),
  }).finally(() => {
    progress?.stop();
    progress = undefined;
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);

  const where = relative(io.cwd, paths.baseline) || '.';
  // the action's report pipeline; only the executor differs (files and the terminal)
  const { report } = await reportRun(
    {
      repoRoot,
      plan,
      runs,
      runsFile: paths.runs,
      config,
      configPath,
      paths,
      recordDir: paths.root,
      missingBaselineReason: values['update-baseline']
        ? `no baseline in ${where} yet: this run records it (--update-baseline)`
        : `no baseline in ${where}: record one by running testops run --full --update-baseline on the base commit (or pass --baseline DIR)`,
      git,
      clock,
      publish: {
        github: false,
        commentMode: 'off',
        checkRun: 'false',
        updateBaseline: Boolean(values['update-baseline']),
        failOnGates: true,
        outputs: false,
        terminal: {
          format: format as 'terminal' | 'md' | 'json',
          quiet: Boolean(values.quiet),
          reportPath: relative(io.cwd, paths.report) || paths.report,
        },
        ...(values.html ? { html: true } : {}),
      },
    },
    cliExecutor({
      log,
      stdout: io.stdout,
      color: Boolean(io.isTTY?.stdout) && !process.env.NO_COLOR,
      ...(io.columns ? { columns: io.columns } : {}),
    }),
  );
  log.info(`report → ${paths.report}`);
  return exitCodeForVerdict(report.conclusion);
}

async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return help(io);
  const repoRoot = (await createGit(io.cwd).run(['rev-parse', '--show-toplevel'], { allowFailure: true })).trim() || io.cwd;
  const path = findConfig(repoRoot, values.config);
  const problems = configProblems(readConfigFile(isAbsolute(path) ? path : join(repoRoot, path), path), path);
  if (problems.length === 0) {
    io.stdout(`${path}: valid\n`);
    return 0;
  }
  for (const problem of problems) io.stderr(`${problem}\n`);
  return EXIT.userError;
}

function help(io: Io): number {
  io.stdout(`${HELP}\n`);
  return 0;
}

export async function main(given: string[], io: Io): Promise<number> {
  // --debug anywhere: an internal error prints its stack (as RUNNER_DEBUG=1 or TESTOPS_DEBUG=1 do)
  const debug = debugEnabled(process.env, given);
  const argv = given.filter((arg) => arg !== '--debug');
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'init':
        return await initCommand(rest, io);
      case 'run':
        return await runCommand(rest, io);
      case 'plan':
        return await planCommand(rest, io);
      case 'parse':
        return await parseCommand(rest, io);
      case 'replay-impact':
        return await replayImpactCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case 'failing':
        return await failingCommand(rest, io);
      case 'history':
        return await historyCommand(rest, io);
      case 'health':
        return await healthCommand(rest, io);
      case 'dashboard':
        return await dashboardCommand(rest, io);
      case 'warroom':
        return await warroomCommand(rest, { ...io, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        return help(io);
      default:
        throw new UsageError(
          `testops: unknown command "${command}" (expected run, failing, plan, parse, replay-impact, validate, warroom, history, health, dashboard or init; see testops --help)`,
        );
    }
  } catch (error) {
    // 2 for a user error (its one line), 3 for a testops bug (the stack only with --debug)
    return reportError(error, `testops ${command}`, (line) => io.stderr(`${line}\n`), debug);
  }
}

// what the terminal shows is redacted like every file testops writes (src/util/redact.ts)
redactor.addEnv(process.env);
const io: Io = {
  stdout: (text) => process.stdout.write(redactor.text(text)),
  stderr: (text) => process.stderr.write(redactor.text(text)),
  cwd: process.cwd(),
  isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
};
process.exitCode = await main(process.argv.slice(2), io);
