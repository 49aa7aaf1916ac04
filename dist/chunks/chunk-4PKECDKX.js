import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  parseReportFile
} from "./chunk-W7WL7UVW.js";
import {
  mergeTestCases,
  runSuites,
  writeJson
} from "./chunk-ZVE2QDXA.js";

// src/pipeline/run.ts
async function runPlan(input) {
  const startedAt = input.clock.now().toISOString();
  const done = [];
  const partial = () => ({
    version: 1,
    startedAt,
    finishedAt: input.clock.now().toISOString(),
    cancelled: true,
    ...input.plan.shard ? { shard: input.plan.shard } : {},
    seed: input.plan.seed,
    suites: [...done]
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
    parse: (file, options) => parseReportFile(file, options),
    mergeTests: mergeTestCases,
    onSuiteDone: (suite) => {
      done.push(suite);
      writeJson(input.runsPath, partial());
    }
  });
  writeJson(input.runsPath, runs);
  return runs;
}

export {
  runPlan
};
