import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/baseline/keys.ts
init_define_TESTOPS_UPLOT();
import { createHash } from "node:crypto";
var CACHE_KEY_PREFIX = "testops-v1-";
var SLUG_MAX = 40;
function sanitiseBranch(branch) {
  const cleaned = branch.replace(/^refs\/heads\//, "").replace(/,/g, "-");
  return cleaned || "unknown";
}
function variantSegment(variant) {
  if (variant === void 0 || variant.trim() === "") return "";
  const slug = variant.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, SLUG_MAX).replace(/-+$/, "");
  const hash = createHash("sha256").update(variant).digest("hex").slice(0, 8);
  return `${slug ? `${slug}-` : ""}${hash}-`;
}
function cacheKeys(input) {
  const leg = variantSegment(input.variant);
  const key = `${CACHE_KEY_PREFIX}${sanitiseBranch(input.branch)}-${leg}${input.runId}-${input.runAttempt}`;
  const prefixes = [input.baseBranch, input.defaultBranch].filter((branch) => typeof branch === "string" && branch !== "").map((branch) => `${CACHE_KEY_PREFIX}${sanitiseBranch(branch)}-${leg}`);
  return { key, restoreKeys: [...new Set(prefixes)] };
}
function attemptsKeys(input) {
  const restoreKey = `${CACHE_KEY_PREFIX}attempts-${input.runId}-${input.job}-${input.commentId ?? ""}-${variantSegment(input.variant)}`;
  return { key: `${restoreKey}${input.runAttempt}`, restoreKey };
}

export {
  cacheKeys,
  attemptsKeys
};
