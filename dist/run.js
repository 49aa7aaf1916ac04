import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-ON52TGYD.js";
import "./chunks/chunk-KQXJ2I2C.js";
import {
  readJson,
  runPlan,
  systemClock
} from "./chunks/chunk-3DQ2B37I.js";
import "./chunks/chunk-7WHL3PWO.js";
import {
  loadConfig
} from "./chunks/chunk-ZBAE4RIK.js";
import "./chunks/chunk-QVF36VGW.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/run.ts
init_define_TESTOPS_UPLOT();
await runStep("run", async () => {
  const context = stepContext();
  const plan = readJson(context.paths.plan, "plan.json (the plan step did not run or failed)");
  const { config } = loadConfig(context.repoRoot, plan.configPath);
  const controller = new AbortController();
  const stop = (signal) => {
    context.log.warning(`testops run: ${signal} received \u2014 stopping suites and services, keeping what was gathered`);
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const runs = await runPlan({
    plan,
    config,
    repoRoot: context.repoRoot,
    workDir: context.paths.work,
    runsPath: context.paths.runs,
    log: context.log,
    clock: systemClock,
    signal: controller.signal
  });
  const failed = runs.suites.filter((suite) => suite.selected && suite.status !== "passed");
  context.log.info(
    `testops run: ${runs.suites.filter((s) => s.selected).length} suites ran, ${failed.length} not passing; results in ${context.paths.runs}`
  );
  setOutputs({ runs: context.paths.runs });
  return 0;
});
