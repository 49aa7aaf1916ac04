import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  restoreBaselineFromHistory
} from "./chunks/chunk-HOEUC5IW.js";
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-S6VKS7GV.js";
import "./chunks/chunk-45DGEPBF.js";
import {
  makePlan,
  matrixFor,
  pullFilesApi,
  shardInput
} from "./chunks/chunk-FG3H5EIZ.js";
import "./chunks/chunk-K7UHUZ5M.js";
import {
  systemClock,
  writeJson
} from "./chunks/chunk-Y3IAZZ2N.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-HZT4BX43.js";
import "./chunks/chunk-2SHK2Z4R.js";
import "./chunks/chunk-ZIR5DBEH.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/plan.ts
init_define_TESTOPS_UPLOT();
await runStep("plan", async () => {
  const context = stepContext();
  const { log, event } = context;
  const octokit = context.octokit();
  const shards = Number(context.input("shards") || "1");
  if (!Number.isInteger(shards) || shards < 1) throw new Error(`shards: expected a whole number \u2265 1, got "${context.input("shards")}"`);
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: context.input("config") || void 0,
    baselineDir: context.paths.baseline,
    ...event.defaultBranch ? { defaultBranch: event.defaultBranch } : {},
    log
  });
  const { plan } = await makePlan({
    repoRoot: context.repoRoot,
    configPath: context.input("config") || void 0,
    event,
    baseRef: context.input("base-ref") || void 0,
    shard: shardInput(context.input("shard")),
    fullRun: context.input("full-run") === "true",
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
    matrix: JSON.stringify(matrixFor(shards)),
    "cache-key": plan.cache.key,
    seed: plan.seed,
    plan: context.paths.plan
  });
  return 0;
});
