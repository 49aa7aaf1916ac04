import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  perfSeriesKey
} from "./chunk-LR4YRSPQ.js";
import {
  external_exports,
  mergeCoverage,
  stableHash
} from "./chunk-YYW25C5K.js";

// src/github/issues.ts
var ACTIONS_BOT = "github-actions[bot]";
function toIssueRecord(raw) {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? "",
    state: raw.state === "closed" ? "closed" : "open",
    stateReason: raw.state_reason ?? null,
    author: raw.user?.login ?? null,
    labels: raw.labels.map((label) => typeof label === "string" ? label : label.name ?? "").filter(Boolean),
    url: raw.html_url,
    createdAt: raw.created_at,
    closedAt: raw.closed_at
  };
}
function flakyIssuesApi(octokit) {
  let login;
  return {
    login() {
      login ??= octokit.rest.users.getAuthenticated().then(
        (response) => response.data.login,
        (error) => {
          if (error.status === 403 || error.status === 401 || error.status === 404) return ACTIONS_BOT;
          throw error;
        }
      );
      return login;
    },
    async listByLabel(ref, label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...ref,
        labels: label,
        state: "all",
        sort: "created",
        direction: "asc",
        per_page: 100
      });
      return issues.filter((issue) => !issue.pull_request).map(toIssueRecord).sort((a, b) => a.number - b.number);
    },
    async create(ref, issue) {
      const response = await octokit.rest.issues.create({ ...ref, title: issue.title, body: issue.body, labels: issue.labels });
      return toIssueRecord(response.data);
    },
    async update(ref, number, change) {
      const response = await octokit.rest.issues.update({
        ...ref,
        issue_number: number,
        ...change.title !== void 0 ? { title: change.title } : {},
        ...change.body !== void 0 ? { body: change.body } : {},
        ...change.state ? { state: change.state } : {},
        ...change.stateReason ? { state_reason: change.stateReason } : {}
      });
      return toIssueRecord(response.data);
    },
    async comment(ref, number, body) {
      await octokit.rest.issues.createComment({ ...ref, issue_number: number, body });
    },
    async addLabels(ref, number, labels) {
      if (labels.length > 0) await octokit.rest.issues.addLabels({ ...ref, issue_number: number, labels });
    }
  };
}

// src/history/record.ts
var HISTORY_RECORD_VERSION = 1;
var isoTime = external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time");
var count = external_exports.number().int().min(0);
var seconds = external_exports.number().min(0);
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
  duration: seconds.optional(),
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
  duration: seconds,
  budget: seconds.optional(),
  level: external_exports.string().optional(),
  tests: count,
  failed: count,
  skipped: count,
  flaky: count
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
  runs: count,
  quarantined: external_exports.boolean(),
  issue: external_exports.number().int().optional(),
  url: external_exports.string().optional()
});
var severityCounts = external_exports.object({ critical: count, high: count, medium: count, low: count, info: count });
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
    at: isoTime,
    url: external_exports.string().optional(),
    conclusion: external_exports.enum(["success", "failure"]),
    /** seconds, the whole run */
    duration: seconds
  }),
  totals: external_exports.object({
    tests: count,
    passed: count,
    failed: count,
    errored: count,
    skipped: count,
    flaky: count,
    attempts: count,
    duration: seconds
  }),
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
    files: external_exports.record(external_exports.string(), external_exports.tuple([count, count])).optional()
  }).optional(),
  perf: external_exports.array(historyPerfSchema),
  security: external_exports.object({
    counts: severityCounts,
    new: count,
    existing: count,
    /** every finding's fingerprint, when known: rebuilds the baseline's known findings */
    fingerprints: external_exports.array(external_exports.string()).optional()
  }),
  selection: external_exports.object({
    /** suites in the config, selected, and skipped by impact analysis */
    suites: count,
    selected: count,
    skipped: count,
    changedFiles: count.nullable(),
    full: external_exports.boolean(),
    /** seconds the skipped suites took in the baseline; null when unknown */
    savedSeconds: seconds.nullable()
  }),
  flaky: external_exports.array(historyFlakySchema)
});
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var failing = (status) => status === "failed" || status === "errored";
var round = (value, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
function testRow(test) {
  const failures = test.attempts.filter((attempt) => failing(attempt.status)).length;
  return {
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.file ? { file: test.file } : {},
    ...test.variant ? { variant: test.variant } : {},
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
  const coverages = runs?.suites.flatMap((suite) => suite.coverage ? [suite.coverage] : []) ?? [];
  const merged = coverages.length > 0 ? mergeCoverage(coverages) : void 0;
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

// src/history/layout.ts
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
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PlumbingError = class extends Error {
  constructor(message, args, stderr, exitCode) {
    super(message);
    this.args = args;
    this.stderr = stderr;
    this.exitCode = exitCode;
    this.name = "PlumbingError";
  }
  args;
  stderr;
  exitCode;
};
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
    throw new PlumbingError(
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
        throw new PlumbingError(
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
          (code) => code === 0 ? resolve(Buffer.concat(chunks)) : reject(new PlumbingError(`git cat-file --batch failed: ${stderr.trim()}`, ["cat-file"], stderr, code))
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
        if (type !== "blob") throw new PlumbingError(`git object ${oid} is not a readable blob (${header})`, ["cat-file"], "", 0);
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
      throw new PlumbingError(
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

// src/flaky/hints.ts
var RULES = [
  {
    kind: "timeout",
    title: "Timeout",
    pattern: /\btimed? ?out\b|\btimeout\b|exceeded (the )?\d+ ?m?s|ETIMEDOUT|deadline exceeded/i,
    suggestion: "Wait for the condition the test needs (poll with a deadline, await the event or promise) instead of a fixed sleep; look for an unawaited promise; raise the timeout only for the one slow step."
  },
  {
    kind: "network",
    title: "Network or connection",
    pattern: /ECONNREFUSED|ECONNRESET|EPIPE|EAI_AGAIN|ENOTFOUND|socket hang up|fetch failed|connection (refused|reset|closed)|network (error|is unreachable)|\b50[234]\b/i,
    suggestion: "Start dependent services before the test and wait for their readiness endpoint; replace calls to outside hosts with a local stub; retry idempotent requests with backoff."
  },
  {
    kind: "order",
    title: "Order dependence or shared state",
    pattern: /already (exists|registered|defined|in use by)|duplicate key|unique constraint|is not defined|cannot redefine|leaked|state from a previous test|before(All|Each)|after(All|Each)/i,
    suggestion: "Run the file alone and in shuffled order (vitest --sequence.shuffle, jest --randomize, pytest -p random_order) to reproduce; reset shared state, mocks and databases in beforeEach, and give each test its own fixtures."
  },
  {
    kind: "resource",
    title: "Resource or port in use",
    pattern: /EADDRINUSE|address already in use|port \d+ (is )?(already )?in use|EBUSY|resource busy|database is locked|EMFILE|too many open files|ENOSPC|lock file/i,
    suggestion: "Listen on port 0 and read back the assigned port; use a fresh temporary directory per test (fs.mkdtemp); close servers, handles and files in afterEach."
  },
  {
    kind: "time",
    title: "Time or date",
    pattern: /time ?zone|\bTZ\b|daylight|\bDST\b|Date\.now|new Date\(|midnight|leap (year|second)|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|clock skew/i,
    suggestion: "Inject the clock (or use fake timers) and pin the time zone (TZ=UTC) in the test; never assert on the wall clock or on durations measured in the test."
  },
  {
    kind: "randomness",
    title: "Randomness or seed",
    pattern: /Math\.random|random(ly)?\b|\bseed\b|uuid|shuffle/i,
    suggestion: "Seed every random source from TEST_SEED and print the seed on failure, so the failing case can be replayed exactly."
  },
  {
    kind: "unordered",
    title: "Assertion on unordered data",
    pattern: /expected \[[^\]]*\] to (deep(ly)? )?equal \[|toEqual\(\s*\[|arrays? (differ|order)|\border(ing)? of\b|unordered|Set \{|Map \{|Object\.keys/i,
    suggestion: "Sort both sides before comparing, or compare as sets (expect.arrayContaining plus a length check); results from parallel work, hash maps and directory listings have no stable order."
  }
];
var snippet = (text, index, length) => {
  const start = Math.max(0, index - 30);
  return `${start > 0 ? "\u2026" : ""}${text.slice(start, index + length + 30).replace(/\s+/g, " ").trim()}${index + length + 30 < text.length ? "\u2026" : ""}`;
};
function classifyFailures(failures) {
  const hints = [];
  for (const rule of RULES) {
    let count2 = 0;
    let match = "";
    for (const text of failures) {
      const found = rule.pattern.exec(text);
      if (!found) continue;
      count2++;
      if (!match) match = snippet(text, found.index, found[0].length);
    }
    if (count2 > 0) hints.push({ kind: rule.kind, title: rule.title, suggestion: rule.suggestion, match, count: count2 });
  }
  return hints.sort((a, b) => b.count - a.count);
}

// src/record/catalogue.ts
var PRIORITIES = ["critical", "high", "medium", "low"];
var ANOMALY_KINDS = [
  "infrastructure-failure",
  "failure-spike",
  "timeout",
  "service-not-ready",
  "service-crashed",
  "perf-degradation",
  "flaky-spike",
  "new-flaky-test",
  "determinism-break",
  "coverage-drop",
  "new-security-finding",
  "leaked-process"
];
var CATALOGUE = {
  "infrastructure-failure": {
    title: "Infrastructure failure",
    priority: "critical",
    respondWithin: "immediately",
    steps: [
      "Treat the run as an outage, not as test results: do not merge on it and do not mark its tests flaky (infrastructure runs are excluded from flaky rates).",
      "Read the suite log tail and its services\u2019 logs in the bundle (bundle.zip \u2192 logs/) for the first error: runner crash, out of memory, a killed process, a full disk.",
      "Check the runner (disk, memory, network) and the services it depends on; re-run the job once the cause is fixed."
    ]
  },
  "failure-spike": {
    title: "Failure spike",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Open the first failure in report.html and compare its message with the others: one shared cause (a broken fixture, a changed API) explains most spikes.",
      "Bisect from the last green commit of the base branch if the failures are not explained by this change."
    ]
  },
  timeout: {
    title: "Timeout",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Find the test that was running when the suite was stopped (the last lines of the suite log) and run it alone.",
      "Look for a hang: an unawaited promise, a server that was never closed, a wait on a service that is not ready. Raise the suite timeout only if the work genuinely grew."
    ]
  },
  "service-not-ready": {
    title: "Service not ready",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Read the service log in the bundle (logs/SUITE/services/): a missing variable, a port in use or a failed migration stops most services before they listen.",
      "Check the readiness probe (URL, port, command) against what the service prints when it is up, and its ready-timeout against its usual start time."
    ]
  },
  "service-crashed": {
    title: "Service crashed",
    priority: "high",
    respondWithin: "immediately",
    steps: [
      "Read the last lines of the service log in the bundle for the crash (an uncaught error, out of memory, a lost database connection).",
      "Reproduce with the service started by hand and the suite\u2019s failing tests run against it."
    ]
  },
  "perf-degradation": {
    title: "Performance degradation",
    priority: "medium",
    respondWithin: "within 4 hours",
    steps: [
      "Confirm with repeated runs (suite repeat: 5 or more) that the change is beyond the noise shown in the report\u2019s chart.",
      "Profile the scenario on this commit and on the baseline commit; look at the diff for new queries, loops over growing data, removed caches or added synchronous I/O."
    ]
  },
  "flaky-spike": {
    title: "Flaky spike",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "Many tests flaking at once usually share one cause: a slow or overloaded runner, a shared service, a test-order change. Compare the flaky tests\u2019 messages.",
      "Quarantine the worst offenders (flaky.quarantine) so they stop blocking merges while they are fixed; track each in its flaky-test issue."
    ]
  },
  "new-flaky-test": {
    title: "New flaky test",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "Reproduce by running the test repeatedly with the run\u2019s seed, then in shuffled order.",
      "Fix the cause named below, or quarantine the test with an owner and a date."
    ]
  },
  "determinism-break": {
    title: "Determinism break",
    priority: "medium",
    respondWithin: "within a week",
    steps: [
      "The same seed gave different outcomes: look for unseeded randomness, wall-clock time, unordered iteration or shared state between repeats.",
      "Run the suite with repeat and the run\u2019s TEST_SEED locally until the outcomes differ, then compare the two runs\u2019 failures."
    ]
  },
  "coverage-drop": {
    title: "Coverage drop",
    priority: "low",
    respondWithin: "before merging",
    steps: [
      "Open the coverage section of report.html: changed lines not covered are listed per file.",
      "Add tests for the uncovered changed lines, or remove the dead code that lowered the total."
    ]
  },
  "new-security-finding": {
    title: "New security finding",
    priority: "high",
    respondWithin: "before merging",
    steps: [
      "Read the finding\u2019s rule and location; upgrade the vulnerable package or fix the flagged code.",
      "If it is a false positive, suppress it in the tool\u2019s own config with a reason, so the next scan agrees."
    ]
  },
  "leaked-process": {
    title: "Leaked process",
    priority: "low",
    respondWithin: "within a week",
    steps: [
      "The suite\u2019s command left processes running after it exited (testops stopped them). Close servers, workers and child processes in the test teardown (afterAll).",
      "Run the suite locally and list processes afterwards (ps -o pid,pgid,cmd) to find which one survives."
    ]
  }
};
function securityPriority(severity) {
  if (severity === "critical") return { priority: "critical", respondWithin: "immediately" };
  if (severity === "high") return { priority: "high", respondWithin: "before merging" };
  if (severity === "medium") return { priority: "medium", respondWithin: "within a week" };
  return { priority: "low", respondWithin: "within a week" };
}
var OUT_OF_MEMORY = /out of memory|heap out of memory|JavaScript heap|OutOfMemoryError|MemoryError|Cannot allocate memory|ENOMEM|oom-kill|Killed process/i;
function looksOutOfMemory(text) {
  return OUT_OF_MEMORY.test(text);
}
var OOM_STEP = "Out of memory: find what grows (a cache without a bound, fixtures kept alive between tests, a leak in a long-lived worker); lower the test workers, or raise the heap (NODE_OPTIONS=--max-old-space-size) only once the growth is understood.";
function stepsForFailures(texts, limit = 3) {
  const steps = classifyFailures(texts).slice(0, limit).map((hint) => `${hint.title} (${hint.count} of ${texts.length}, e.g. \u201C${hint.match}\u201D): ${hint.suggestion}`);
  const oom = texts.filter(looksOutOfMemory).length;
  if (oom > 0) steps.unshift(`${OOM_STEP} (${oom} of ${texts.length})`);
  return steps;
}

export {
  classifyFailures,
  flakyIssuesApi,
  recordPath,
  archivePath,
  isRecordPath,
  isArchivePath,
  orderRecords,
  recordFromReport,
  parseRecord,
  serializeRecord,
  planCompaction,
  archiveRecords,
  appendToBranch,
  branchSource,
  PRIORITIES,
  ANOMALY_KINDS,
  CATALOGUE,
  securityPriority,
  looksOutOfMemory,
  stepsForFailures
};
