/** Running a plan: the runner with the real parser injected; runs.json written as suites finish. */
import type { Config } from '../config/schema.js';
import { mergeTestCases, parseReportFile } from '../ingest/index.js';
import type { Plan, RunsFile, SuiteRun } from '../model.js';
import { runSuites } from '../runner/index.js';
import type { Clock } from '../util/clock.js';
import type { Log } from '../util/log.js';
import { resolveVariant } from '../util/variant.js';
import { writeRunsJson } from '../runner/runs-json.js';
import { releaseMemory } from '../util/memory.js';
import { loadConfig } from '../config/load.js';
import type { SetOutputs, StepContext } from '../steps/common.js';
import { systemClock } from '../util/clock.js';
import { readJson } from './files.js';

export interface RunPlanInput {
  plan: Plan;
  config: Config;
  repoRoot: string;
  workDir: string;
  /** where runs.json goes; rewritten after each suite so a cancelled run still leaves data */
  runsPath: string;
  log: Log;
  clock: Clock;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** called as each suite ends (terminal progress) */
  onSuiteDone?: (suite: SuiteRun) => void;
}

export async function runPlan(input: RunPlanInput): Promise<RunsFile> {
  const startedAt = input.clock.now().toISOString();
  // the matrix leg: part of every test id (docs/formats.md, "Test identity")
  const variant = resolveVariant(input.env ?? process.env);
  const done: SuiteRun[] = [];
  const partial = (): RunsFile => ({
    version: 1,
    startedAt,
    finishedAt: input.clock.now().toISOString(),
    cancelled: true,
    ...(input.plan.shard ? { shard: input.plan.shard } : {}),
    seed: input.plan.seed,
    suites: [...done],
  });
  const runs = await runSuites({
    plan: input.plan,
    config: input.config,
    repoRoot: input.repoRoot,
    workDir: input.workDir,
    log: input.log,
    clock: input.clock,
    signal: input.signal,
    env: input.env,
    parse: (file, options) => parseReportFile(file, { ...options, variant }),
    mergeTests: mergeTestCases,
    onSuiteDone: (suite) => {
      done.push(suite);
      // after the last suite the whole file is written next: a big suite is not serialised twice
      if (done.length < input.plan.suites.length) writeRunsJson(input.runsPath, partial());
      input.onSuiteDone?.(suite);
    },
  });
  writeRunsJson(input.runsPath, runs);
  // the run's garbage (parsing, serialising) goes before the report stage makes its own
  releaseMemory();
  return runs;
}

/** The action's run step: plan.json → the selected suites → runs.json; stops cleanly on SIGINT/SIGTERM (src/steps/run.ts). */
export async function runImpl(context: StepContext, setOutputs: SetOutputs): Promise<number> {
  const plan = readJson<Plan>(context.paths.plan, 'plan.json (the plan step did not run or failed)');
  const { config } = loadConfig(context.repoRoot, plan.configPath);
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    context.log.warning(`testops run: ${signal} received — stopping suites and services, keeping what was gathered`);
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const runs = await runPlan({
    plan,
    config,
    repoRoot: context.repoRoot,
    workDir: context.paths.work,
    runsPath: context.paths.runs,
    log: context.log,
    clock: systemClock,
    signal: controller.signal,
  });
  const failed = runs.suites.filter((suite) => suite.selected && suite.status !== 'passed');
  context.log.info(
    `testops run: ${runs.suites.filter((s) => s.selected).length} suites ran, ${failed.length} not passing; results in ${context.paths.runs}`,
  );
  setOutputs({ runs: context.paths.runs });
  // The report step decides the verdict (gates, quarantine): the run itself only fails on a crash.
  return 0;
}
