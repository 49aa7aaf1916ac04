import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  updateBaseline,
  writeBaseline
} from "./chunk-KDCSXW5B.js";
import {
  branchSource,
  readHistory
} from "./chunk-K652EIRL.js";
import {
  loadConfig,
  testNaming
} from "./chunk-ZBAE4RIK.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/history/rebuild.ts
init_define_TESTOPS_UPLOT();
import { existsSync } from "node:fs";
import { join } from "node:path";
var SERIES_SEPARATOR = " \u203A ";
function attemptsOf(test) {
  const count = test.attempts ?? 1;
  const failures = test.failures ?? (test.status === "failed" || test.status === "errored" ? 1 : 0);
  const each = (test.duration ?? 0) / count;
  const failedStatus = test.status === "errored" ? "errored" : "failed";
  return Array.from({ length: count }, (_, index) => ({
    status: index < failures ? index === count - 1 ? test.status : failedStatus : test.status,
    duration: each
  }));
}
function testCase(test) {
  return {
    ...testNaming(test),
    status: test.status,
    attempts: attemptsOf(test),
    flaky: test.flaky === true,
    duration: test.duration ?? 0
  };
}
function runsFromRecord(record) {
  const whole = record.testsKept === "all";
  const perfBySuite = /* @__PURE__ */ new Map();
  for (const row of record.perf) {
    const at = row.series.indexOf(SERIES_SEPARATOR);
    const suite = at < 0 ? row.series : row.series.slice(0, at);
    const scenario = at < 0 ? row.series : row.series.slice(at + SERIES_SEPARATOR.length);
    const scenarios = perfBySuite.get(suite) ?? /* @__PURE__ */ new Map();
    perfBySuite.set(suite, scenarios);
    const entry = scenarios.get(scenario) ?? { name: scenario, metrics: {} };
    scenarios.set(scenario, entry);
    entry.metrics[row.metric] = {
      value: row.value,
      unit: row.unit,
      biggerIsBetter: row.biggerIsBetter ?? false,
      ...row.samples && row.samples.length > 1 ? { samples: row.samples } : {}
    };
  }
  const fingerprints = record.security.fingerprints ?? [];
  const suites = record.suites.map((suite, index) => ({
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    ...suite.level ? { level: suite.level } : {},
    mode: "MOCK",
    seed: "",
    command: "",
    status: suite.status,
    exitCode: null,
    duration: suite.duration,
    ...suite.budget !== void 0 ? { budget: suite.budget } : {},
    attempts: [],
    services: [],
    tests: whole ? record.tests.filter((test) => test.suite === suite.name).map(testCase) : [],
    totals: {
      tests: suite.tests,
      passed: 0,
      failed: suite.failed,
      errored: 0,
      skipped: suite.skipped,
      flaky: suite.flaky,
      attempts: suite.tests,
      duration: suite.duration
    },
    perf: [...perfBySuite.get(suite.name)?.values() ?? []],
    // the known findings ride on the first suite: updateBaseline only needs their fingerprints
    security: index === 0 && record.security.fingerprints ? fingerprints.map((fingerprint) => ({ fingerprint })) : [],
    problems: []
  }));
  const finished = Date.parse(record.run.at);
  return {
    version: 1,
    startedAt: new Date(finished - record.run.duration * 1e3).toISOString(),
    finishedAt: record.run.at,
    cancelled: false,
    seed: "",
    suites
  };
}
var provenanceOf = (record, fallbackBranch) => {
  const match = /^(\d+)-(\d+)$/.exec(record.run.id);
  return {
    commit: record.run.commit,
    branch: record.run.branch ?? fallbackBranch,
    ...match ? { runId: match[1], runAttempt: Number(match[2]) } : { runId: record.run.id },
    createdAt: record.run.at,
    schemaVersion: 1
  };
};
function baselineFromRecords(records, config, defaultBranch = "main") {
  const defaultRuns = records.filter((record) => record.run.pr === void 0 && !/^pull_request/.test(record.run.event));
  let baseline = null;
  const limits = { historyRuns: config.baseline["history-runs"], perfSamples: config.baseline["perf-samples"] };
  for (const record of defaultRuns)
    baseline = updateBaseline(baseline, runsFromRecord(record), provenanceOf(record, defaultBranch), limits);
  if (!baseline) return null;
  const covered = [...defaultRuns].reverse().find((record) => record.coverage?.files);
  if (covered?.coverage?.files)
    baseline.coverage = {
      totals: covered.coverage.totals,
      files: Object.fromEntries(Object.entries(covered.coverage.files).map(([path, [hit, total]]) => [path, { covered: hit, total }]))
    };
  else delete baseline.coverage;
  return baseline;
}
async function restoreBaselineFromHistory(input) {
  let config;
  try {
    config = loadConfig(input.repoRoot, input.configPath).config;
  } catch {
    return "off";
  }
  if (config.history.store !== "branch") return "off";
  if (existsSync(join(input.baselineDir, BASELINE_FILE))) return "present";
  try {
    const source = await branchSource({ repo: input.repoRoot, branch: config.history.branch });
    if (!source) {
      input.log.info(`testops history: no baseline in the cache and branch ${config.history.branch} does not exist yet`);
      return "empty";
    }
    const { records, problems } = await readHistory(source);
    for (const problem of problems) input.log.warning(`testops history: left out ${problem}`);
    const baseline = baselineFromRecords(records, config, input.defaultBranch);
    if (!baseline) {
      input.log.info(`testops history: no baseline in the cache and no default-branch run on branch ${config.history.branch}`);
      return "empty";
    }
    writeBaseline(input.baselineDir, baseline);
    const whole = records.filter((record) => record.testsKept === "all").length;
    input.log.info(
      `testops history: no baseline in the cache; rebuilt it from branch ${config.history.branch} (${records.length} runs, ${whole} with every test; newest ${baseline.provenance.commit.slice(0, 7)} at ${baseline.provenance.createdAt})`
    );
    return "rebuilt";
  } catch (error) {
    input.log.warning(
      `testops history: the baseline could not be rebuilt from branch ${config.history.branch}: ${error.message.split("\n")[0]}`
    );
    return "failed";
  }
}

export {
  restoreBaselineFromHistory
};
