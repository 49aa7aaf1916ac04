import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  restoreBaselineFromHistory
} from "./chunks/chunk-YN7ZP2V3.js";
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-ON52TGYD.js";
import "./chunks/chunk-KQXJ2I2C.js";
import {
  makePlan,
  pullFilesApi
} from "./chunks/chunk-KDCSXW5B.js";
import "./chunks/chunk-K7UHUZ5M.js";
import {
  systemClock,
  writeJson
} from "./chunks/chunk-3DQ2B37I.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-K652EIRL.js";
import "./chunks/chunk-ZBAE4RIK.js";
import {
  matrixFor
} from "./chunks/chunk-QVF36VGW.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", async () => {
  const context = stepContext();
  const { log, event } = context;
  const { inputs } = context;
  const octokit = context.octokit();
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    baselineDir: context.paths.baseline,
    ...event.defaultBranch ? { defaultBranch: event.defaultBranch } : {},
    log
  });
  const { plan } = await makePlan({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    event,
    baseRef: inputs["base-ref"],
    shard: inputs.shard,
    fullRun: inputs["full-run"],
    baselineDir: context.paths.baseline,
    variant: resolveVariant(process.env),
    ...process.env.TEST_SEED ? { seed: process.env.TEST_SEED } : {},
    ...octokit && event.repo && !event.isFork ? { pullFiles: pullFilesApi(octokit) } : {},
    log,
    clock: systemClock
  });
  writeJson(context.paths.plan, plan);
  log.group(`testops plan: ${plan.suites.filter((s) => s.selected).length} of ${plan.suites.length} suites selected`);
  for (const suite of plan.suites) log.info(`${suite.selected ? "\u2713 run " : "\u2013 skip"} ${suite.name}: ${suite.reasons.join("; ")}`);
  if (plan.changedFiles) log.info(`${plan.changedFiles.length} changed files (from ${plan.changedSource})`);
  log.info(`TEST_SEED=${plan.seed}`);
  log.endGroup();
  for (const problem of plan.problems) log.warning(problem.message);
  setOutputs({
    "selected-suites": JSON.stringify(plan.suites.filter((suite) => suite.selected).map((suite) => suite.name)),
    "skipped-suites": JSON.stringify(
      plan.suites.filter((suite) => !suite.selected).map((suite) => ({ name: suite.name, reason: suite.reasons.join("; ") }))
    ),
    matrix: JSON.stringify(matrixFor(inputs.shards)),
    "cache-key": plan.cache.key,
    seed: plan.seed,
    plan: context.paths.plan
  });
  return 0;
});
