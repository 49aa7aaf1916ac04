import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  debug,
  error,
  fileLedgerStore,
  info,
  ledgerLog,
  readEventContext,
  setOutput,
  setSecret
} from "./chunk-DJGLPHEJ.js";
import {
  COMMENT_MODES,
  commentModeSchema,
  createClient,
  describeIssue,
  external_exports,
  parseShard
} from "./chunk-LKPUPBVH.js";
import {
  InputError,
  actionsLog,
  debugEnabled,
  describeError,
  pathsUnder,
  redactor
} from "./chunk-BTP5IQTY.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/steps/common.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/steps/inputs.ts
init_define_TESTOPS_UPLOT();
var ACTION_MODES = ["full", "plan", "run", "report", "comment", "health"];
var BOOLEAN_SPELLINGS = ["true", "True", "TRUE", "false", "False", "FALSE"];
var booleanInput = (fallback) => external_exports.enum(BOOLEAN_SPELLINGS).optional().transform((value) => value === void 0 ? fallback : value.toLowerCase() === "true");
var text = external_exports.string().optional();
var inputsSchema = external_exports.object({
  config: text,
  "github-token": text,
  mode: external_exports.enum(ACTION_MODES).default("full"),
  "base-ref": text,
  shard: external_exports.string().optional().transform((value, ctx) => {
    if (value === void 0) return void 0;
    try {
      return parseShard(value);
    } catch {
      ctx.addIssue({ code: "custom", message: 'expected "i/n" with 1 \u2264 i \u2264 n, e.g. "2/3"' });
      return external_exports.NEVER;
    }
  }),
  shards: external_exports.string().optional().transform((value, ctx) => {
    if (value === void 0) return 1;
    if (/^[0-9]+$/.test(value) && Number(value) >= 1) return Number(value);
    ctx.addIssue({ code: "custom", message: "expected a whole number \u2265 1" });
    return external_exports.NEVER;
  }),
  runs: text,
  "report-file": text,
  history: text,
  "full-run": booleanInput(false),
  "comment-mode": commentModeSchema.optional(),
  "comment-id": text,
  // auto, or a boolean as getBooleanInput spells it
  "check-run": external_exports.enum([...BOOLEAN_SPELLINGS, "auto"]).optional().transform(
    (value) => value === void 0 || value === "auto" ? "auto" : value.toLowerCase() === "true" ? "true" : "false"
  ),
  variant: text,
  "fail-on-gates": booleanInput(true)
});
var INPUT_NAMES = Object.keys(inputsSchema.shape);
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
var ALLOWED = {
  mode: ACTION_MODES,
  "comment-mode": COMMENT_MODES,
  "check-run": [...BOOLEAN_SPELLINGS, "auto"],
  "full-run": BOOLEAN_SPELLINGS,
  "fail-on-gates": BOOLEAN_SPELLINGS
};
function readActionInputs(env = process.env) {
  const raw = {};
  for (const name of INPUT_NAMES) {
    const value = env[inputVariable(name)]?.trim();
    if (value) raw[name] = value;
    else if (name === "mode" && value === "") raw[name] = value;
  }
  const result = inputsSchema.safeParse(raw);
  if (result.success) return result.data;
  const order = (issue) => INPUT_NAMES.indexOf(String(issue.path[0]));
  const problems = [...result.error.issues].sort((a, b) => order(a) - order(b)).map((issue) => {
    const name = String(issue.path[0]);
    const allowed = ALLOWED[name];
    const got = raw[name] === void 0 ? "nothing" : JSON.stringify(raw[name]);
    return allowed ? `input ${name}: expected one of ${allowed.join(", ")}, got ${got}` : `input ${describeIssue(raw, issue)}`;
  });
  throw new InputError(`${[...new Set(problems)].join("; ")} (set it in the testops step's with:)`);
}

// src/steps/common.ts
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
