import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  GitError,
  runCoverage,
  stableHash,
  testNaming
} from "./chunk-6RML2HF4.js";
import {
  InputError,
  external_exports,
  formatPath
} from "./chunk-HUNNWOYD.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunk-X6UNEACE.js";

// src/util/artifacts.ts
init_define_TESTOPS_UPLOT();
import { readFileSync } from "node:fs";
var MAX_PROBLEMS = 10;
var num = external_exports.number();
var str = external_exports.string();
var count = num.int().nonnegative();
var seconds = num.nonnegative();
var TEST_STATUS = external_exports.enum(["passed", "failed", "errored", "skipped"]);
var SUITE_STATUS = external_exports.enum(["passed", "failed", "timeout", "errored", "skipped", "cancelled"]);
var problem = external_exports.looseObject({ kind: str, message: str, suite: str.optional(), file: str.optional(), line: num.optional() });
var testCaseSchema = external_exports.looseObject({
  id: str,
  suite: str,
  name: str,
  file: str.optional(),
  line: num.optional(),
  classname: str.optional(),
  status: TEST_STATUS,
  attempts: external_exports.array(external_exports.looseObject({ status: TEST_STATUS, duration: seconds, message: str.optional(), stack: str.optional() })),
  flaky: external_exports.boolean(),
  duration: seconds
});
var testTotalsSchema = external_exports.object({
  tests: count,
  passed: count,
  failed: count,
  errored: count,
  skipped: count,
  flaky: count,
  attempts: count,
  duration: seconds
});
var suiteRunSchema = external_exports.looseObject({
  name: str,
  selected: external_exports.boolean(),
  reasons: external_exports.array(str),
  mode: str,
  seed: str,
  command: str,
  status: SUITE_STATUS,
  exitCode: num.int().nullable(),
  duration: seconds,
  budget: seconds.optional(),
  attempts: external_exports.array(external_exports.looseObject({})),
  services: external_exports.array(external_exports.looseObject({ name: str })),
  tests: external_exports.array(testCaseSchema),
  totals: testTotalsSchema,
  perf: external_exports.array(
    external_exports.looseObject({ name: str, metrics: external_exports.record(str, external_exports.looseObject({ value: num, unit: str, biggerIsBetter: external_exports.boolean() })) })
  ),
  security: external_exports.array(external_exports.looseObject({ fingerprint: str, severity: external_exports.enum(["critical", "high", "medium", "low", "info"]) })),
  coverage: external_exports.looseObject({ files: external_exports.array(external_exports.looseObject({ path: str })) }).optional(),
  problems: external_exports.array(problem)
});
var isoTime = str.refine((text) => Number.isFinite(Date.parse(text)), "expected an ISO date-time");
var runsFileSchema = external_exports.looseObject({
  version: external_exports.literal(1),
  startedAt: isoTime,
  finishedAt: isoTime,
  cancelled: external_exports.boolean(),
  seed: str,
  suites: external_exports.array(suiteRunSchema)
});
var suitePlan = external_exports.looseObject({
  name: str,
  selected: external_exports.boolean(),
  reasons: external_exports.array(str),
  files: external_exports.array(str).optional(),
  testFiles: count.optional(),
  estimatedDuration: seconds.optional()
});
var planFileSchema = external_exports.looseObject({
  version: external_exports.literal(1),
  createdAt: str,
  configPath: str,
  event: external_exports.looseObject({}),
  changedFiles: external_exports.array(external_exports.looseObject({ path: str, status: str })).nullable(),
  full: external_exports.boolean(),
  mergeBase: str.optional(),
  suites: external_exports.array(suitePlan),
  seed: str,
  problems: external_exports.array(problem)
});
function readArtifact(path, what) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`${path}: ${what} not found`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: ${what} is not valid JSON (${error.message})`);
  }
}
function validated(schema, value, path, what) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => `${path}: ${what}: ${issue.path.length ? formatPath(issue.path) : "the top level"}: ${issue.message}`);
  if (issues.length > MAX_PROBLEMS) lines.push(`${path}: ${what}: \u2026 and ${issues.length - MAX_PROBLEMS} more problems`);
  throw new InputError(lines.join("\n"));
}
var checkRuns = (value, path, what = "runs.json") => validated(runsFileSchema, value, path, what);
var checkPlan = (value, path, what = "plan.json") => validated(planFileSchema, value, path, what);
var readPlanArtifact = (path, what = "plan.json") => checkPlan(readArtifact(path, what), path, what);

// src/history/branch-store.ts
init_define_TESTOPS_UPLOT();

// src/history/compact.ts
init_define_TESTOPS_UPLOT();

// src/history/layout.ts
init_define_TESTOPS_UPLOT();
var RUNS_DIR = "runs";
var ARCHIVE_DIR = "archive";
var stamp = (at) => new Date(at).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
var month = (at) => new Date(at).toISOString().slice(0, 7);
function recordPath(record) {
  return `${RUNS_DIR}/${month(record.run.at)}/${stamp(record.run.at)}-${record.run.id}.json`;
}
function archivePath(record) {
  return `${ARCHIVE_DIR}/${month(record.run.at)}.ndjson`;
}
var isRecordPath = (path) => /^runs\/\d{4}-\d{2}\/[^/]+\.json$/.test(path);
var isArchivePath = (path) => /^archive\/\d{4}-\d{2}\.ndjson$/.test(path);
function orderRecords(records) {
  const byRun = /* @__PURE__ */ new Map();
  for (const record of records) {
    const known = byRun.get(record.run.id);
    if (!known || known.compacted && !record.compacted) byRun.set(record.run.id, record);
  }
  return [...byRun.values()].sort((a, b) => Date.parse(a.run.at) - Date.parse(b.run.at) || a.run.id.localeCompare(b.run.id));
}

// src/history/record.ts
init_define_TESTOPS_UPLOT();

// src/util/series.ts
init_define_TESTOPS_UPLOT();
var SEPARATOR = " \u203A ";
function perfSeriesKey(suite, scenario) {
  return scenario === suite ? suite : `${suite}${SEPARATOR}${scenario}`;
}
function splitPerfSeriesKey(key) {
  const at = key.indexOf(SEPARATOR);
  return at < 0 ? { suite: key, scenario: key } : { suite: key.slice(0, at), scenario: key.slice(at + SEPARATOR.length) };
}

// src/history/record.ts
var HISTORY_RECORD_VERSION = 1;
var isoTime2 = external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time");
var count2 = external_exports.number().int().min(0);
var seconds2 = external_exports.number().min(0);
var ratio = external_exports.object({ covered: external_exports.number().min(0), total: external_exports.number().min(0), pct: external_exports.number().nullable() });
var testStatus = external_exports.enum(["passed", "failed", "errored", "skipped"]);
var historyTestSchema = external_exports.object({
  id: external_exports.string().min(1),
  suite: external_exports.string(),
  name: external_exports.string(),
  file: external_exports.string().optional(),
  /** the matrix leg (job and matrix values, or the runner OS); absent when none */
  variant: external_exports.string().optional(),
  status: testStatus,
  /** seconds over all attempts; absent when the source had only the failure (report.json alone) */
  duration: seconds2.optional(),
  /** attempts, when more than one */
  attempts: external_exports.number().int().min(2).optional(),
  /** failed attempts, when any */
  failures: external_exports.number().int().min(1).optional(),
  /** failed then passed within the run */
  flaky: external_exports.literal(true).optional()
});
var historySuiteSchema = external_exports.object({
  name: external_exports.string(),
  selected: external_exports.boolean(),
  status: external_exports.enum(["passed", "failed", "timeout", "errored", "skipped", "cancelled"]),
  duration: seconds2,
  budget: seconds2.optional(),
  level: external_exports.string().optional(),
  tests: count2,
  failed: count2,
  skipped: count2,
  flaky: count2
});
var historyPerfSchema = external_exports.object({
  /** the baseline's series key: the suite, or "suite › scenario" */
  series: external_exports.string(),
  metric: external_exports.string(),
  unit: external_exports.string(),
  /** absent when the source did not say (report.json alone) */
  biggerIsBetter: external_exports.boolean().optional(),
  /** the run's value (the gate's head value: the trimmed mean of its repeats) */
  value: external_exports.number(),
  /** the repeats' values, when there were several */
  samples: external_exports.array(external_exports.number()).optional(),
  /** the baseline value the gate compared with, when it had one */
  base: external_exports.number().nullable().optional(),
  status: external_exports.enum(["pass", "warn", "fail", "skipped"]).optional()
});
var historyFlakySchema = external_exports.object({
  id: external_exports.string(),
  suite: external_exports.string(),
  name: external_exports.string(),
  state: external_exports.enum(["flaky", "broken", "stable", "cleared"]),
  /** estimated failure probability 0–1 */
  rate: external_exports.number().min(0).max(1),
  runs: count2,
  quarantined: external_exports.boolean(),
  issue: external_exports.number().int().optional(),
  url: external_exports.string().optional()
});
var severityCounts = external_exports.object({ critical: count2, high: count2, medium: count2, low: count2, info: count2 });
var historyRecordSchema = external_exports.object({
  version: external_exports.literal(HISTORY_RECORD_VERSION),
  run: external_exports.object({
    /** unique per run attempt: "<run id>-<attempt>" in Actions, a content hash for imported reports */
    id: external_exports.string().regex(/^[A-Za-z0-9._-]+$/, 'expected letters, digits, ".", "_" or "-"'),
    commit: external_exports.string(),
    branch: external_exports.string().optional(),
    /** push | pull_request | schedule | local | … */
    event: external_exports.string(),
    pr: external_exports.number().int().optional(),
    /** when the report was made */
    at: isoTime2,
    url: external_exports.string().optional(),
    conclusion: external_exports.enum(["success", "failure"]),
    /** seconds, the whole run */
    duration: seconds2
  }),
  totals: testTotalsSchema,
  suites: external_exports.array(historySuiteSchema),
  /**
   * `all`: every test of the run is in `tests`; `failures`: only the failed and flaky ones (the
   * source was report.json without runs.json, or the record was compacted).
   */
  tests: external_exports.array(historyTestSchema),
  testsKept: external_exports.enum(["all", "failures"]),
  /** set when compaction dropped the passing tests and the per-file coverage of an old record */
  compacted: external_exports.literal(true).optional(),
  coverage: external_exports.object({
    totals: external_exports.object({ lines: ratio, branches: ratio, functions: ratio }),
    /** path → [covered lines, coverable lines]; absent when the source had no per-file data */
    files: external_exports.record(external_exports.string(), external_exports.tuple([count2, count2])).optional()
  }).optional(),
  perf: external_exports.array(historyPerfSchema),
  security: external_exports.object({
    counts: severityCounts,
    new: count2,
    existing: count2,
    /** every finding's fingerprint, when known: rebuilds the baseline's known findings */
    fingerprints: external_exports.array(external_exports.string()).optional()
  }),
  selection: external_exports.object({
    /** suites in the config, selected, and skipped by impact analysis */
    suites: count2,
    selected: count2,
    skipped: count2,
    changedFiles: count2.nullable(),
    full: external_exports.boolean(),
    /** seconds the skipped suites took in the baseline; null when unknown */
    savedSeconds: seconds2.nullable()
  }),
  flaky: external_exports.array(historyFlakySchema)
});
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var failing = (status) => status === "failed" || status === "errored";
var round = (value, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
function testRow(test) {
  const failures = test.attempts.filter((attempt) => failing(attempt.status)).length;
  return {
    ...testNaming(test),
    status: test.status,
    duration: round(test.duration),
    ...test.attempts.length > 1 ? { attempts: test.attempts.length } : {},
    ...failures > 0 ? { failures } : {},
    ...test.flaky ? { flaky: true } : {}
  };
}
function recordRunId(report) {
  const { runId, runAttempt } = report.event;
  if (runId && /^[A-Za-z0-9._-]+$/.test(runId)) return `${runId}-${runAttempt ?? 1}`;
  return `local-${stableHash(report.createdAt, report.event.headSha, report.event.name, JSON.stringify(report.totals))}`;
}
function coverageFiles(coverage) {
  return Object.fromEntries(
    coverage.files.map((file) => {
      const counts = file.counts?.lines;
      return [file.path, counts ? [counts.covered, counts.total] : [file.lines.filter(([, hits]) => hits > 0).length, file.lines.length]];
    })
  );
}
function perfRows(report, runs) {
  const gated = new Map(report.perf.map((row) => [`${row.scenario}\0${row.metric}`, row]));
  if (!runs)
    return report.perf.map((row) => ({
      series: row.scenario,
      metric: row.metric,
      unit: row.unit,
      value: row.head,
      ...row.base !== null ? { base: row.base } : {},
      status: row.status
    }));
  const rows = [];
  for (const suite of runs.suites)
    for (const scenario of suite.perf) {
      const series = perfSeriesKey(suite.name, scenario.name);
      for (const [metric, value] of Object.entries(scenario.metrics)) {
        const gate = gated.get(`${series}\0${metric}`);
        rows.push({
          series,
          metric,
          unit: value.unit,
          biggerIsBetter: value.biggerIsBetter,
          value: gate?.head ?? value.value,
          ...value.samples && value.samples.length > 1 ? { samples: value.samples } : {},
          ...gate && gate.base !== null ? { base: gate.base } : {},
          ...gate ? { status: gate.status } : {}
        });
      }
    }
  return rows;
}
function selection(report, plan) {
  const skipped = report.suites.filter((suite) => !suite.selected);
  const known = plan ? plan.suites.filter((suite) => !suite.selected) : [];
  const estimates = known.map((suite) => suite.estimatedDuration);
  return {
    suites: report.suites.length,
    selected: report.suites.length - skipped.length,
    skipped: skipped.length,
    changedFiles: report.changedFiles,
    full: plan ? plan.full : skipped.length === 0,
    // unknown unless every skipped suite had a duration in the baseline (a partial sum would understate)
    savedSeconds: skipped.length === 0 ? 0 : plan && estimates.length === skipped.length && estimates.every((value) => value !== void 0) ? round(estimates.reduce((sum, value) => sum + (value ?? 0), 0)) : null
  };
}
function recordFromReport(report, more = {}) {
  const { runs, plan } = more;
  const event = report.event;
  const allTests = runs?.suites.flatMap((suite) => suite.tests);
  const tests = allTests ? allTests.map(testRow) : report.failures.map((test) => ({
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.file ? { file: test.file } : {},
    status: test.status
  }));
  const merged = more.coverage ?? (runs ? runCoverage(runs.suites) : void 0);
  const coverage = report.coverage ? { totals: report.coverage.totals, ...merged ? { files: coverageFiles(merged) } : {} } : merged ? { totals: merged.totals, files: coverageFiles(merged) } : void 0;
  const fingerprints = runs ? [...new Set(runs.suites.flatMap((suite) => suite.security.map((finding) => finding.fingerprint)))].sort() : void 0;
  return {
    version: HISTORY_RECORD_VERSION,
    run: {
      id: recordRunId(report),
      commit: event.headSha,
      ...event.branch ? { branch: event.branch } : {},
      event: event.name,
      ...event.prNumber !== void 0 ? { pr: event.prNumber } : {},
      at: report.createdAt,
      ...report.runUrl ? { url: report.runUrl } : {},
      conclusion: report.conclusion,
      duration: round(report.duration)
    },
    totals: { ...report.totals, duration: round(report.totals.duration) },
    suites: report.suites.map((suite) => ({
      name: suite.name,
      selected: suite.selected,
      status: suite.status,
      duration: round(suite.duration),
      ...suite.budget !== void 0 ? { budget: suite.budget } : {},
      ...suite.level ? { level: suite.level } : {},
      tests: suite.tests.tests,
      failed: suite.tests.failed + suite.tests.errored,
      skipped: suite.tests.skipped,
      flaky: suite.tests.flaky
    })),
    tests,
    testsKept: allTests ? "all" : "failures",
    ...coverage ? { coverage } : {},
    perf: perfRows(report, runs),
    security: {
      counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, report.security.counts[severity] ?? 0])),
      new: report.security.newFindings.length,
      existing: report.security.existing,
      ...fingerprints ? { fingerprints } : {}
    },
    selection: selection(report, plan),
    flaky: report.flaky.map((entry) => ({
      id: entry.id,
      suite: entry.suite,
      name: entry.name,
      state: entry.state,
      rate: entry.rate,
      runs: entry.runs,
      quarantined: entry.quarantined,
      ...entry.issueNumber !== void 0 ? { issue: entry.issueNumber } : {},
      ...entry.issueUrl ? { url: entry.issueUrl } : {}
    }))
  };
}
function compactRecord(record) {
  const { files: _files, ...coverage } = record.coverage ?? {};
  return {
    ...record,
    tests: record.tests.filter((test) => test.status !== "passed" || test.flaky || test.failures),
    testsKept: "failures",
    compacted: true,
    ...record.coverage ? { coverage } : {}
  };
}
function parseRecord(value, where) {
  const version = value?.version;
  if (version !== HISTORY_RECORD_VERSION)
    return { problem: `${where}: history record version ${JSON.stringify(version) ?? "none"}, expected ${HISTORY_RECORD_VERSION}` };
  const parsed = historyRecordSchema.safeParse(value);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${where}: ${issue.path.map(String).join(".") || "(top level)"}: ${issue.message}` };
}
function serializeRecord(record) {
  const { tests, ...rest } = record;
  const head = JSON.stringify({ ...rest, tests: [] });
  const lines = tests.map((test) => JSON.stringify(test));
  return tests.length === 0 ? `${head}
` : `${head.slice(0, -3)}[
${lines.join(",\n")}
]}
`;
}

// src/history/compact.ts
var DEFAULT_KEEP_RUNS = 50;
var compactionSlack = (keepRuns, slack) => slack ?? Math.max(5, Math.ceil(keepRuns / 5));
var pathMonth = (path) => /(\d{4}-\d{2})/.exec(path)?.[1] ?? "";
function firstKeptMonth(now, retentionDays) {
  const cutoff = new Date(now.getTime() - retentionDays * 864e5);
  return cutoff.toISOString().slice(0, 7);
}
function planCompaction(paths, options) {
  const keep = Math.max(1, Math.floor(options.keepRuns));
  const records = paths.filter(isRecordPath).sort();
  const compact = records.length > keep + compactionSlack(keep, options.slack) ? records.slice(0, records.length - keep) : [];
  const drop = options.retentionDays === void 0 ? [] : paths.filter((path) => isArchivePath(path) && pathMonth(path) < firstKeptMonth(options.now, options.retentionDays)).sort();
  return { compact, drop };
}
function archiveRecords(records, archives, options) {
  const first = options.retentionDays === void 0 ? "" : firstKeptMonth(options.now, options.retentionDays);
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const record of records) {
    const path = archivePath(record);
    if (pathMonth(path) < first) continue;
    let text = out.get(path) ?? archives.get(path) ?? "";
    let ids = seen.get(path);
    if (!ids) {
      ids = new Set(
        text.split("\n").filter(Boolean).map((line) => /"run":\{"id":"([^"]+)"/.exec(line)?.[1] ?? "")
      );
      seen.set(path, ids);
    }
    if (ids.has(record.run.id)) continue;
    ids.add(record.run.id);
    if (text && !text.endsWith("\n")) text += "\n";
    text += `${JSON.stringify(compactRecord(record))}
`;
    out.set(path, text);
  }
  return out;
}

// src/history/git-plumbing.ts
init_define_TESTOPS_UPLOT();
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var DATA_AUTHOR = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
function runGit(cwd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", ...options.env },
      stdio: ["pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), code })
    );
    child.stdin.on("error", () => {
    });
    child.stdin.end(options.input ?? "");
  });
}
async function must(cwd, args, options = {}) {
  const result = await runGit(cwd, args, options);
  if (result.code !== 0)
    throw new GitError(
      `git ${args.join(" ")} failed: ${result.stderr.trim().split("\n")[0] || `exit ${result.code}`}`,
      args,
      result.stderr,
      result.code
    );
  return result.stdout;
}
var REJECTED = [
  /\[rejected\]/,
  /non-fast-forward/,
  /fetch first/,
  /stale info/,
  /cannot lock ref/,
  /failed to update ref/,
  /incorrect old value provided/,
  /\[remote rejected\].*(?:lock|failed to update|already exists)/
];
function plumbing(cwd) {
  const commitEnv = {
    GIT_AUTHOR_NAME: DATA_AUTHOR.name,
    GIT_AUTHOR_EMAIL: DATA_AUTHOR.email,
    GIT_COMMITTER_NAME: DATA_AUTHOR.name,
    GIT_COMMITTER_EMAIL: DATA_AUTHOR.email
  };
  return {
    cwd,
    async fetch(remote, branch, localRef2) {
      const result = await runGit(cwd, [
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        remote,
        `+refs/heads/${branch}:${localRef2}`
      ]);
      if (result.code !== 0) {
        if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) return null;
        throw new GitError(
          `git fetch of branch ${branch} from ${remote} failed: ${result.stderr.trim().split("\n")[0] || `exit ${result.code}`}`,
          ["fetch", remote, branch],
          result.stderr,
          result.code
        );
      }
      return (await must(cwd, ["rev-parse", "--verify", `${localRef2}^{commit}`])).trim();
    },
    async listFiles(commit) {
      const out = await must(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit]);
      const entries = [];
      for (const line of out.split("\0")) {
        if (!line) continue;
        const tab = line.indexOf("	");
        const [, type, oid] = line.slice(0, tab).split(" ");
        if (type === "blob") entries.push({ path: line.slice(tab + 1), oid });
      }
      return entries;
    },
    async readBlobs(oids) {
      if (oids.length === 0) return [];
      const buffer = await new Promise((resolve, reject) => {
        const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
        const chunks = [];
        let stderr = "";
        child.stdout.on("data", (chunk) => chunks.push(chunk));
        child.stderr.on("data", (chunk) => stderr += chunk);
        child.on("error", reject);
        child.on(
          "close",
          (code) => code === 0 ? resolve(Buffer.concat(chunks)) : reject(new GitError(`git cat-file --batch failed: ${stderr.trim()}`, ["cat-file"], stderr, code))
        );
        child.stdin.end(`${oids.join("\n")}
`);
      });
      const texts = [];
      let at = 0;
      for (const oid of oids) {
        const newline = buffer.indexOf(10, at);
        const header = buffer.subarray(at, newline).toString("utf8");
        const [, type, size] = header.split(" ");
        if (type !== "blob") throw new GitError(`git object ${oid} is not a readable blob (${header})`, ["cat-file"], "", 0);
        const start = newline + 1;
        texts.push(buffer.subarray(start, start + Number(size)).toString("utf8"));
        at = start + Number(size) + 1;
      }
      return texts;
    },
    async writeBlob(text) {
      return (await must(cwd, ["hash-object", "-w", "--stdin"], { input: text })).trim();
    },
    async writeTree(base, set, remove) {
      const dir = mkdtempSync(join(tmpdir(), "testops-index-"));
      const env = { GIT_INDEX_FILE: join(dir, "index") };
      try {
        if (base) await must(cwd, ["read-tree", base], { env });
        else await must(cwd, ["read-tree", "--empty"], { env });
        const lines = [
          ...remove.map((path) => `0 ${"0".repeat(40)}	${path}`),
          ...set.map((entry) => `100644 ${entry.oid}	${entry.path}`)
        ];
        if (lines.length > 0) await must(cwd, ["update-index", "--index-info"], { env, input: `${lines.join("\n")}
` });
        return (await must(cwd, ["write-tree"], { env })).trim();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async commitTree(tree, parent, message) {
      return (await must(cwd, ["commit-tree", tree, ...parent ? ["-p", parent] : [], "-m", message], { env: commitEnv })).trim();
    },
    async push(remote, commit, branch, lease) {
      const args = ["push", "--quiet", "--no-verify", "--porcelain"];
      if (lease !== void 0) args.push(`--force-with-lease=refs/heads/${branch}:${lease ?? ""}`);
      args.push(remote, `${commit}:refs/heads/${branch}`);
      const result = await runGit(cwd, args);
      if (result.code === 0) return "pushed";
      const said = `${result.stdout}
${result.stderr}`;
      if (REJECTED.some((pattern) => pattern.test(said))) return "rejected";
      throw new GitError(
        `git push to branch ${branch} of ${remote} failed: ${result.stderr.trim().split("\n").filter(Boolean).slice(-1)[0] || `exit ${result.code}`}`,
        args,
        result.stderr,
        result.code
      );
    },
    async updateRef(ref, commit) {
      await must(cwd, ["update-ref", ref, commit]);
    }
  };
}

// src/history/branch-store.ts
var DEFAULT_DATA_BRANCH = "testops-data";
var BranchStoreError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BranchStoreError";
  }
};
var localRef = (branch) => `refs/testops/history/${branch}`;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function settings(options) {
  return {
    git: plumbing(options.repo),
    remote: options.remote ?? "origin",
    branch: options.branch ?? DEFAULT_DATA_BRANCH,
    keepRuns: options.keepRuns ?? DEFAULT_KEEP_RUNS,
    maxAttempts: options.maxAttempts ?? 30,
    now: options.now ?? (() => /* @__PURE__ */ new Date())
  };
}
async function readRecords(git, entries, warn) {
  const texts = await git.readBlobs(entries.map((entry) => entry.oid));
  const records = [];
  for (const [index, text] of texts.entries()) {
    const where = entries[index].path;
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      warn(`history: ${where} is not valid JSON (${error.message.split("\n")[0]}); it is dropped by compaction`);
      continue;
    }
    const parsed = parseRecord(value, where);
    if ("record" in parsed) records.push(parsed.record);
    else warn(`history: ${parsed.problem}; it is dropped by compaction`);
  }
  return records;
}
async function appendToBranch(options, record) {
  const { git, remote, branch, keepRuns, maxAttempts, now } = settings(options);
  const path = recordPath(record);
  const blob = await git.writeBlob(serializeRecord(record));
  const warn = (message) => options.log?.warning(message);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const tip = await git.fetch(remote, branch, localRef(branch));
    const files = tip ? await git.listFiles(tip) : [];
    const existing = files.find((entry) => entry.path === path);
    if (tip && existing) return { commit: tip, path, attempts: attempt, existed: true, compacted: 0, dropped: 0 };
    const plan = planCompaction([...files.map((entry) => entry.path), path], {
      keepRuns,
      ...options.retentionDays !== void 0 ? { retentionDays: options.retentionDays } : {},
      ...options.slack !== void 0 ? { slack: options.slack } : {},
      now: now()
    });
    let commit;
    let pushed;
    if (plan.compact.length === 0 && plan.drop.length === 0) {
      const tree = await git.writeTree(tip, [{ path, oid: blob }], []);
      commit = await git.commitTree(tree, tip, `testops: record run ${record.run.id} (${record.run.commit.slice(0, 12)})`);
      pushed = await git.push(remote, commit, branch);
    } else {
      const byPath = new Map(files.map((entry) => [entry.path, entry]));
      const compactPaths = new Set(plan.compact);
      const old = await readRecords(
        git,
        plan.compact.flatMap((compactPath) => byPath.get(compactPath) ?? []),
        warn
      );
      if (compactPaths.has(path)) old.push(record);
      const months = new Set(old.map(archivePath));
      const archiveEntries = files.filter((entry) => months.has(entry.path));
      const archiveTexts = await git.readBlobs(archiveEntries.map((entry) => entry.oid));
      const current = new Map(archiveEntries.map((entry, index) => [entry.path, archiveTexts[index]]));
      const updated = archiveRecords(old, current, {
        now: now(),
        ...options.retentionDays !== void 0 ? { retentionDays: options.retentionDays } : {}
      });
      const set = compactPaths.has(path) ? [] : [{ path, oid: blob }];
      for (const [archive, text] of updated) set.push({ path: archive, oid: await git.writeBlob(text) });
      const remove = [...plan.compact.filter((compactPath) => byPath.has(compactPath)), ...plan.drop];
      const tree = await git.writeTree(tip, set, remove);
      commit = await git.commitTree(
        tree,
        null,
        `testops: record run ${record.run.id}; compact ${old.length} older run(s) into archive/${plan.drop.length > 0 ? `, drop ${plan.drop.join(", ")}` : ""}`
      );
      pushed = await git.push(remote, commit, branch, tip);
      if (pushed === "pushed") {
        await git.updateRef(localRef(branch), commit);
        options.log?.info(
          `testops history: compacted ${old.length} run(s) into the archive of branch ${branch}${plan.drop.length > 0 ? `; dropped ${plan.drop.length} month(s) past the retention` : ""}`
        );
        return { commit, path, attempts: attempt, existed: false, compacted: old.length, dropped: plan.drop.length };
      }
    }
    if (pushed === "pushed") {
      await git.updateRef(localRef(branch), commit);
      return { commit, path, attempts: attempt, existed: false, compacted: 0, dropped: 0 };
    }
    await sleep(50 + Math.round(Math.random() * Math.min(4e3, 200 * 2 ** (attempt - 1))));
  }
  throw new BranchStoreError(
    `history: could not append run ${record.run.id} to branch ${branch} of ${remote}: it moved under each of ${maxAttempts} attempts (other jobs writing at once); the record was not stored`
  );
}
async function branchSource(options) {
  const { git, remote, branch } = settings(options);
  const tip = await git.fetch(remote, branch, localRef(branch));
  if (!tip) return null;
  const entries = await git.listFiles(tip);
  return {
    label: `branch ${branch}`,
    async *files() {
      const sorted = [...entries].sort((a, b) => a.path.localeCompare(b.path));
      for (let at = 0; at < sorted.length; at += 16) {
        const batch = sorted.slice(at, at + 16);
        const texts = await git.readBlobs(batch.map((entry) => entry.oid));
        for (const [index, entry] of batch.entries()) yield { path: entry.path, text: texts[index] };
      }
    }
  };
}

// src/history/read.ts
init_define_TESTOPS_UPLOT();
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2, relative, sep } from "node:path";
function walk(root, dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join("/"));
  }
}
function directorySource(root) {
  return {
    label: root,
    async *files() {
      const paths = [];
      walk(root, join2(root, "runs"), paths);
      walk(root, join2(root, "archive"), paths);
      for (const path of paths.sort()) yield { path, text: readFileSync2(join2(root, path), "utf8") };
    }
  };
}
function parseJson(text, where, into, problems) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push(`${where}: not valid JSON (${error.message.split("\n")[0]})`);
    return;
  }
  const parsed = parseRecord(value, where);
  if ("record" in parsed) into.push(parsed.record);
  else problems.push(parsed.problem);
}
async function readHistory(from, options = {}) {
  const source = typeof from === "string" ? directorySource(from) : from;
  const records = [];
  const problems = [];
  for await (const { path, text } of source.files()) {
    const where = `${source.label === "." ? "" : `${source.label}/`}${path}`;
    if (isRecordPath(path)) parseJson(text, where, records, problems);
    else if (isArchivePath(path)) {
      const lines = text.split("\n");
      for (const [index, line] of lines.entries()) if (line.trim()) parseJson(line, `${where}:${index + 1}`, records, problems);
    }
  }
  const since = options.since?.getTime();
  const kept = since === void 0 ? records : records.filter((record) => Date.parse(record.run.at) >= since);
  return { records: orderRecords(kept), problems };
}

export {
  perfSeriesKey,
  splitPerfSeriesKey,
  recordPath,
  archivePath,
  MAX_PROBLEMS,
  testCaseSchema,
  suiteRunSchema,
  runsFileSchema,
  readArtifact,
  checkRuns,
  checkPlan,
  readPlanArtifact,
  recordFromReport,
  parseRecord,
  serializeRecord,
  planCompaction,
  archiveRecords,
  appendToBranch,
  branchSource,
  directorySource,
  readHistory
};
