import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  fileLedgerStore,
  ledgerLog,
  readActionInputs,
  readEventContext,
  setOutput
} from "./chunks/chunk-BDDRII6Q.js";
import {
  attemptsKeys,
  cacheKeys
} from "./chunks/chunk-K7UHUZ5M.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import {
  actionsLog,
  describeError,
  pathsUnder
} from "./chunks/chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/keys.ts
init_define_TESTOPS_UPLOT();
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/pipeline/keys-step.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
function keysImpl(env) {
  const event = readEventContext(env, (path) => readFileSync(path, "utf8"));
  const variant = resolveVariant(env);
  const runId = event.runId ?? "local";
  const runAttempt = event.runAttempt ?? 1;
  const baseline = cacheKeys({
    branch: event.branch ?? "local",
    ...event.baseRef ? { baseBranch: event.baseRef } : {},
    defaultBranch: event.defaultBranch ?? "main",
    runId,
    runAttempt,
    ...variant ? { variant } : {}
  });
  const commentId = readActionInputs(env)["comment-id"];
  const attempts = attemptsKeys({
    runId,
    job: env.GITHUB_JOB || "job",
    ...commentId ? { commentId } : {},
    runAttempt,
    ...variant ? { variant } : {}
  });
  return {
    line: `testops keys: variant ${variant ? `"${variant}"` : "(none)"}; baseline ${baseline.key}; attempts ${attempts.key}`,
    outputs: {
      "baseline-key": baseline.key,
      "baseline-restore-keys": baseline.restoreKeys.join("\n"),
      "attempts-key": attempts.key,
      "attempts-restore-key": attempts.restoreKey,
      variant: variant ?? ""
    }
  };
}

// src/steps/keys.ts
var log = ledgerLog(
  actionsLog(),
  fileLedgerStore(join(pathsUnder(join(process.env.RUNNER_TEMP || tmpdir(), "testops")).root, "annotations.json")),
  "keys"
);
try {
  const { outputs, line } = keysImpl(process.env);
  log.info(line);
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
} catch (error) {
  const described = describeError(error, "testops keys");
  log.warning(`testops keys: no cache keys, so no baseline is restored or saved: ${described.line}`);
  process.exitCode = described.code;
}
