/** Action step: config + event + changed files → plan.json and the plan outputs. */
import { restoreBaselineFromHistory } from '../history/rebuild.js';
import { matrixFor, pullFilesApi } from '../impact/index.js';
import { writeJson } from '../pipeline/files.js';
import { makePlan } from '../pipeline/plan.js';
import { systemClock } from '../util/clock.js';
import { resolveVariant } from '../util/variant.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('plan', async () => {
  const context = stepContext();
  const { log, event } = context;
  const { inputs } = context;
  const octokit = context.octokit();
  // history.store: branch — a baseline the cache lost is rebuilt from the data branch
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    baselineDir: context.paths.baseline,
    ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
    log,
  });
  const { plan } = await makePlan({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    event,
    baseRef: inputs['base-ref'],
    shard: inputs.shard,
    fullRun: inputs['full-run'],
    baselineDir: context.paths.baseline,
    variant: resolveVariant(process.env),
    ...(process.env.TEST_SEED ? { seed: process.env.TEST_SEED } : {}),
    ...(octokit && event.repo && !event.isFork ? { pullFiles: pullFilesApi(octokit) } : {}),
    log,
    clock: systemClock,
  });
  writeJson(context.paths.plan, plan);

  log.group(`testops plan: ${plan.suites.filter((s) => s.selected).length} of ${plan.suites.length} suites selected`);
  for (const suite of plan.suites) log.info(`${suite.selected ? '✓ run ' : '– skip'} ${suite.name}: ${suite.reasons.join('; ')}`);
  if (plan.changedFiles) log.info(`${plan.changedFiles.length} changed files (from ${plan.changedSource})`);
  log.info(`TEST_SEED=${plan.seed}`);
  log.endGroup();
  for (const problem of plan.problems) log.warning(problem.message);

  setOutputs({
    'selected-suites': JSON.stringify(plan.suites.filter((suite) => suite.selected).map((suite) => suite.name)),
    'skipped-suites': JSON.stringify(
      plan.suites.filter((suite) => !suite.selected).map((suite) => ({ name: suite.name, reason: suite.reasons.join('; ') })),
    ),
    matrix: JSON.stringify(matrixFor(inputs.shards)),
    'cache-key': plan.cache.key,
    seed: plan.seed,
    plan: context.paths.plan,
  });
  return 0;
});
