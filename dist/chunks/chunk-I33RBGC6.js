import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  debug,
  error,
  fileLedgerStore,
  info,
  ledgerLog,
  readActionInputs,
  readEventContext,
  setOutput,
  setSecret
} from "./chunk-BDDRII6Q.js";
import {
  createClient
} from "./chunk-6RML2HF4.js";
import {
  actionsLog,
  debugEnabled,
  describeError,
  pathsUnder,
  redactor
} from "./chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/steps/common.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var currentStep = "step";
function stepContext(env = process.env) {
  const inputs = readActionInputs(env);
  const repoRoot = env.GITHUB_WORKSPACE || process.cwd();
  const paths = pathsUnder(join(env.RUNNER_TEMP || tmpdir(), "testops"));
  const log = ledgerLog(actionsLog(), fileLedgerStore(join(paths.root, "annotations.json")), currentStep);
  redactor.addEnv(env);
  const event = readEventContext(env, (path) => readFileSync(path, "utf8"));
  let client = null;
  return {
    repoRoot,
    paths,
    event,
    log,
    inputs,
    annotationRoom: () => log.room(),
    octokit() {
      if (client === null) {
        const token = inputs["github-token"];
        if (token) {
          setSecret(token);
          redactor.add(token);
        }
        client = token ? createClient({ token, baseUrl: env.GITHUB_API_URL || "https://api.github.com", log }) : void 0;
      }
      return client;
    }
  };
}
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) if (value !== void 0) setOutput(name, String(value));
}
async function runStep(name, body) {
  currentStep = name;
  try {
    process.exitCode = await body();
  } catch (error2) {
    const described = describeError(error2, `testops ${name}`);
    for (const line of described.line.split("\n")) error(redactor.text(line), { title: described.title });
    if (described.stack && debugEnabled()) {
      if (process.env.RUNNER_DEBUG === "1") debug(redactor.text(described.stack));
      else info(redactor.text(described.stack));
    }
    process.exitCode = described.code;
  }
}

export {
  stepContext,
  setOutputs,
  runStep
};
