import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/util/variant.ts
init_define_TESTOPS_UPLOT();
var SHARD_KEYS = /* @__PURE__ */ new Set(["shard"]);
var MAX_LENGTH = 200;
function scalar(value) {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return String(value);
  return JSON.stringify(value);
}
function resolveVariant(env) {
  const given = (env.INPUT_VARIANT ?? env.TESTOPS_VARIANT ?? "").trim();
  const job = env.GITHUB_JOB?.trim();
  let variant;
  if (given) {
    let matrix;
    try {
      matrix = given.startsWith("{") ? JSON.parse(given) : void 0;
    } catch {
      matrix = void 0;
    }
    if (matrix && typeof matrix === "object" && !Array.isArray(matrix)) {
      const pairs = Object.entries(matrix).filter(([key]) => !SHARD_KEYS.has(key)).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => `${key}=${scalar(value)}`);
      variant = [job, pairs.join(", ")].filter(Boolean).join(" \xB7 ") || void 0;
    } else variant = given;
  } else if (env.GITHUB_ACTIONS === "true") {
    variant = [job, env.RUNNER_OS?.trim()].filter(Boolean).join(" \xB7 ") || void 0;
  }
  return variant && variant.length > MAX_LENGTH ? variant.slice(0, MAX_LENGTH) : variant;
}

export {
  resolveVariant
};
