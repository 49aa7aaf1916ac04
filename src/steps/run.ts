/** Action step: plan.json → run the selected suites → runs.json. Stops cleanly on SIGINT/SIGTERM. */
import { loadConfig } from '../config/load.js';
import type { Plan } from '../model.js';
import { readJson } from '../pipeline/files.js';
import { runPlan } from '../pipeline/run.js';
import { systemClock } from '../util/clock.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('run', async () => {
  const context = stepContext();
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
});
