import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext,
  summary
} from "./chunks/chunk-CT5YA4RQ.js";
import {
  buildReport,
  commentsApi,
  publishReport,
  pullHeadMatches,
  renderComment,
  runsForMissingResults,
  upsertStickyComment,
  writeRecord
} from "./chunks/chunk-CLLZPMMR.js";
import {
  makePlan,
  mergeRuns,
  perfSeriesKey
} from "./chunks/chunk-JL4MEJGL.js";
import {
  ConfigError,
  MissingFileError,
  createGit,
  external_exports,
  formatPath,
  loadConfig,
  mergeCoverage,
  readJson,
  redactor,
  stableHash,
  systemClock,
  writeJson,
  writeText
} from "./chunks/chunk-SBDNC24T.js";
import "./chunks/chunk-AV3JBR2K.js";

// src/steps/report.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, statSync } from "node:fs";
import { join as join3 } from "node:path";

// src/pipeline/comment.ts
var sha = external_exports.string().regex(/^[0-9a-f]{40,64}$/i, "expected a commit SHA");
var num = external_exports.number();
var str = external_exports.string();
var optStr = str.optional();
var optNum = num.optional();
var totals = external_exports.object({
  tests: num,
  passed: num,
  failed: num,
  errored: num,
  skipped: num,
  flaky: num,
  attempts: optNum,
  duration: optNum
});
var problem = external_exports.object({ kind: str, message: str, suite: optStr, file: optStr, line: optNum, column: optNum });
var ratio = external_exports.object({ covered: num, total: num, pct: num.nullable() });
var coverageTotals = external_exports.object({ lines: ratio, branches: ratio, functions: ratio });
var uploadedReport = external_exports.object({
  version: external_exports.literal(1),
  conclusion: str,
  createdAt: str,
  event: external_exports.object({ headSha: sha, prHeadSha: sha.optional(), prNumber: num.int().positive().optional() }),
  gates: external_exports.array(
    external_exports.object({
      gate: str,
      subject: optStr,
      status: str,
      value: str.nullable(),
      baseline: str.nullable(),
      threshold: str.nullable(),
      reason: str,
      blocking: external_exports.boolean().optional(),
      rule: optStr
    })
  ),
  suites: external_exports.array(
    external_exports.object({
      name: str,
      selected: external_exports.boolean(),
      reasons: external_exports.array(str),
      status: str,
      duration: num,
      level: optStr,
      budget: optNum,
      exitCode: num.nullable().optional(),
      tests: totals,
      problems: external_exports.array(problem)
    })
  ),
  totals,
  failures: external_exports.array(
    external_exports.object({
      id: str,
      suite: str,
      name: str,
      classname: optStr,
      file: optStr,
      line: optNum,
      status: str,
      message: optStr,
      quarantined: external_exports.boolean().optional()
    })
  ),
  coverage: external_exports.object({
    totals: coverageTotals,
    baseline: coverageTotals.optional(),
    patch: external_exports.object({
      covered: num,
      total: num,
      pct: num.nullable(),
      files: external_exports.array(external_exports.object({ path: str, covered: num, total: num, missing: external_exports.array(num) }))
    }).optional(),
    drops: external_exports.array(external_exports.object({ path: str, before: num, after: num }))
  }).optional(),
  perf: external_exports.array(
    external_exports.object({
      scenario: str,
      metric: str,
      unit: str,
      base: num.nullable(),
      head: num,
      change: num.nullable(),
      status: str,
      rule: optStr,
      detectable: num.nullable().optional(),
      runs: external_exports.object({ used: num, window: num }).optional(),
      step: external_exports.object({ runsAgo: num, change: num }).optional()
    })
  ),
  security: external_exports.object({
    newFindings: external_exports.array(
      external_exports.object({ fingerprint: str, tool: str, rule: str, severity: str, message: str, file: optStr, line: optNum, package: optStr })
    ),
    existing: num,
    counts: external_exports.record(str, num)
  }),
  levels: external_exports.array(
    external_exports.object({
      subject: str,
      suites: external_exports.array(str),
      tests: num,
      failed: num,
      passRate: num.nullable(),
      policy: str,
      seconds: num,
      budget: optNum,
      flakyRate: num.nullable(),
      status: str,
      reason: str
    })
  ).optional(),
  flaky: external_exports.array(
    external_exports.object({
      id: str,
      suite: str,
      name: str,
      file: optStr,
      line: optNum,
      rate: num,
      low: num,
      high: num,
      runs: num,
      quarantined: external_exports.boolean(),
      state: str,
      evidence: external_exports.array(str),
      issueNumber: num.int().positive().optional()
    })
  ),
  determinism: external_exports.array(external_exports.object({ suite: str, repeats: num, identical: num, total: num, ratio: num })),
  baseline: external_exports.object({
    status: str,
    reason: optStr,
    provenance: external_exports.object({ commit: sha, branch: str, createdAt: str }).optional()
  }),
  problems: external_exports.array(problem),
  changedFiles: num.nullable(),
  duration: num,
  version_testops: str
});
var MAX_PROBLEMS = 20;
function checkUploadedReport(value, file) {
  const result = uploadedReport.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const lines = issues.slice(0, MAX_PROBLEMS).map(
    (issue) => `report-file: ${file} is not a testops report: ${issue.path.length ? formatPath(issue.path) : "the top level"}: ${issue.message}`
  );
  if (issues.length > MAX_PROBLEMS) lines.push(`report-file: ${file}: \u2026 and ${issues.length - MAX_PROBLEMS} more problems`);
  throw new ConfigError(lines.join("\n"));
}
async function pullForHead(octokit, owner, repo, sha2, log) {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 });
  const matching = pulls.filter((pull) => pull.head.sha.toLowerCase() === sha2.toLowerCase()).map((pull) => pull.number);
  if (matching.length > 1)
    log.info(
      `pull requests ${matching.map((n) => `#${n}`).join(", ")} all have head ${sha2.slice(0, 7)}; commenting on #${Math.min(...matching)}`
    );
  return matching.length > 0 ? Math.min(...matching) : void 0;
}
async function postReportComment(input) {
  const { report, trusted, log } = input;
  const repo = trusted.event.repo;
  if (!input.octokit) throw new ConfigError("github-token: mode comment needs a token with pull-requests: write");
  if (!repo) throw new ConfigError("GITHUB_REPOSITORY: mode comment needs the repository to comment in (set by the runner)");
  const trustedHead = trusted.event.prHeadSha ?? trusted.event.headSha;
  const testedHead = report.event.prHeadSha ?? report.event.headSha;
  if (trusted.event.name === "workflow_run" && testedHead.toLowerCase() !== trustedHead.toLowerCase())
    throw new Error(
      `report-file: the report is for commit ${testedHead.slice(0, 7)}, but the workflow run is for ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  const pull = trusted.event.prNumber ?? (trusted.event.name === "workflow_run" && trustedHead ? await pullForHead(input.octokit, repo.owner, repo.repo, trustedHead, log) : void 0);
  if (!pull && report.event.prNumber !== void 0)
    throw new Error(
      `report-file: PR #${report.event.prNumber}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  if (!pull) {
    log.info(`the workflow run is not for an open pull request of ${repo.owner}/${repo.repo}: nothing to comment on`);
    return { action: "skipped" };
  }
  if (report.event.prNumber !== void 0 && report.event.prNumber !== pull)
    log.info(`report.json names PR #${report.event.prNumber}; the workflow run is for #${pull}, where the comment goes`);
  if (!await pullHeadMatches(input.octokit, { owner: repo.owner, repo: repo.repo, pull, sha: trustedHead }))
    throw new Error(`report-file: PR #${pull}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`);
  const event = {
    ...trusted.event,
    prNumber: pull,
    prHeadSha: trustedHead,
    headSha: trustedHead,
    ...trusted.runId ? { runId: trusted.runId } : {},
    ...trusted.runAttempt ? { runAttempt: trusted.runAttempt } : {}
  };
  const body = renderComment({ ...report, event }, input.commentId ? { commentId: input.commentId } : {});
  const result = await upsertStickyComment({
    api: commentsApi(input.octokit, { log }),
    owner: repo.owner,
    repo: repo.repo,
    issue: pull,
    body,
    ...input.commentId ? { commentId: input.commentId } : {},
    mode: input.mode,
    failed: report.conclusion !== "success",
    log
  });
  log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ""}`);
  return result;
}

// src/pipeline/attempts.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var FILE = /^attempt-(\d+)\.json$/;
function attemptsKey(input) {
  return `testops-v1-attempts-${input.runId}-${input.job}-${input.commentId ?? ""}-${input.runAttempt}`;
}
function shouldRecordAttempt(runs, runAttempt) {
  if (runAttempt > 1) return true;
  return runs.suites.some(
    (suite) => suite.selected && (suite.status !== "passed" || suite.tests.some((test) => test.status === "failed" || test.status === "errored"))
  );
}
function slimSuite(suite) {
  const tests = suite.tests.map((test) => ({
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...test.file ? { file: test.file } : {},
    ...test.line ? { line: test.line } : {},
    ...test.classname ? { classname: test.classname } : {},
    status: test.status,
    flaky: test.flaky,
    duration: test.duration,
    attempts: test.attempts.map((attempt) => ({
      status: attempt.status,
      duration: attempt.duration,
      ...attempt.message ? { message: attempt.message.slice(0, 300) } : {}
    }))
  }));
  return {
    name: suite.name,
    selected: suite.selected,
    reasons: [],
    mode: suite.mode,
    seed: suite.seed,
    command: suite.command,
    status: suite.status,
    exitCode: suite.exitCode,
    duration: suite.duration,
    attempts: [],
    services: [],
    tests,
    totals: suite.totals,
    perf: [],
    security: [],
    problems: []
  };
}
function recordAttempt(dir, runs, runAttempt) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `attempt-${runAttempt}.json`);
  writeFileSync(path, JSON.stringify(redactor.deep({ ...runs, suites: runs.suites.map(slimSuite) })));
  return path;
}
function readEarlierAttempts(dir, current) {
  if (!existsSync(dir)) return [];
  const byAttempt = /* @__PURE__ */ new Map();
  for (const entry of readdirSync(dir)) {
    const attempt = Number(FILE.exec(entry)?.[1]);
    if (!Number.isInteger(attempt) || attempt >= current) continue;
    try {
      const runs = JSON.parse(readFileSync(join(dir, entry), "utf8"));
      if (runs.version === 1 && Array.isArray(runs.suites)) byAttempt.set(attempt, runs);
    } catch {
    }
  }
  const earlier = [];
  for (let attempt = current - 1; byAttempt.has(attempt); attempt--) earlier.unshift(byAttempt.get(attempt));
  return earlier;
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

// src/history/record.ts
var HISTORY_RECORD_VERSION = 1;
var isoTime = external_exports.string().refine((value) => !Number.isNaN(Date.parse(value)), "expected an ISO 8601 time");
var count = external_exports.number().int().min(0);
var seconds = external_exports.number().min(0);
var ratio2 = external_exports.object({ covered: external_exports.number().min(0), total: external_exports.number().min(0), pct: external_exports.number().nullable() });
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
    totals: external_exports.object({ lines: ratio2, branches: ratio2, functions: ratio2 }),
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
import { join as join2 } from "node:path";
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
      const dir = mkdtempSync(join2(tmpdir(), "testops-index-"));
      const env = { GIT_INDEX_FILE: join2(dir, "index") };
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

// src/history/store-step.ts
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function skipReason(history, event, sharded) {
  if (history.store !== "branch") return "history.store is cache";
  if (sharded) return "a shard records nothing; the report job that merges the shards does";
  if (PR_EVENTS.has(event.name)) {
    if (!history["pr-runs"]) return "a pull-request run (set history.pr-runs: true to record these)";
    if (event.isFork) return "a fork pull request has a read-only token";
    return null;
  }
  if (!event.isDefaultBranch) return `branch ${event.branch ?? "?"} is not the default branch`;
  return null;
}
async function storeRunRecord(input) {
  const { history, report, log } = input;
  const reason = skipReason(history, report.event, Boolean(input.plan?.shard));
  if (reason) {
    if (history.store === "branch") log.info(`testops history: this run is not recorded: ${reason}`);
    return null;
  }
  const record = recordFromReport(report, { ...input.runs ? { runs: input.runs } : {}, ...input.plan ? { plan: input.plan } : {} });
  try {
    const result = await appendToBranch(
      {
        repo: input.repoRoot,
        branch: history.branch,
        keepRuns: history["keep-runs"],
        retentionDays: history.retention / 86400,
        log,
        ...input.now ? { now: input.now } : {}
      },
      record
    );
    log.info(
      result.existed ? `testops history: run ${record.run.id} is already on branch ${history.branch}` : `testops history: run ${record.run.id} recorded on branch ${history.branch} (${result.path}, commit ${result.commit.slice(0, 7)}${result.attempts > 1 ? `, after ${result.attempts - 1} rejected push(es) from other jobs` : ""})`
    );
    return { path: result.path, commit: result.commit, attempts: result.attempts };
  } catch (error) {
    log.warning(
      `testops history: the run's record was not stored on branch ${history.branch}: ${error.message.split("\n")[0]} (the workflow needs permissions: contents: write, and the branch must accept pushes from the token)`
    );
    return null;
  }
}

// src/steps/report.ts
function triggeringRun(env) {
  if (env.GITHUB_EVENT_NAME !== "workflow_run" || !env.GITHUB_EVENT_PATH) return {};
  const payload = readJson(env.GITHUB_EVENT_PATH, "the event payload");
  const id = payload.workflow_run?.id;
  const attempt = payload.workflow_run?.run_attempt;
  return {
    ...typeof id === "number" && Number.isInteger(id) ? { runId: String(id) } : {},
    ...typeof attempt === "number" && Number.isInteger(attempt) ? { runAttempt: attempt } : {}
  };
}
var COMMENT_MODES = ["always", "on-change", "on-failure", "off"];
function findRunsFiles(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync2(current)) {
      const full = join3(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^runs.*\.json$/.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}
function findPlanFile(dir) {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of readdirSync2(current)) {
      const full = join3(current, entry);
      if (statSync(full).isDirectory()) stack.push(full);
      else if (entry === "plan.json") return full;
    }
  }
  return void 0;
}
await runStep("report", async () => {
  const context = stepContext();
  const { log, paths } = context;
  const mode = context.input("mode") || "full";
  const commentModeInput = context.input("comment-mode");
  if (commentModeInput && !COMMENT_MODES.includes(commentModeInput))
    throw new Error(`comment-mode: expected one of ${COMMENT_MODES.join(", ")}, got "${commentModeInput}"`);
  const commentId = context.input("comment-id") || void 0;
  if (mode === "comment") {
    const file = context.input("report-file");
    if (!file) throw new Error("report-file: mode comment needs the path of the downloaded report.json");
    const report2 = checkUploadedReport(readJson(file, "report.json (download the testing workflow's artifact first)"), file);
    const result = await postReportComment({
      report: report2,
      // where to comment and every link: from this job's environment, never from the report
      trusted: { event: context.event, ...triggeringRun(process.env) },
      octokit: context.octokit(),
      mode: commentModeInput || "always",
      ...commentId ? { commentId } : {},
      log
    });
    setOutputs({ conclusion: report2.conclusion, "comment-url": result.url });
    return 0;
  }
  const clock = systemClock;
  let plan;
  let runs;
  const runsDir = context.input("runs");
  if (mode === "report" && runsDir) {
    if (!existsSync2(runsDir)) throw new Error(`runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = findRunsFiles(runsDir);
    if (files.length === 0) throw new Error(`runs: no runs*.json files under ${runsDir}`);
    runs = mergeRuns(files.map((file) => readJson(file, "a shard's runs.json")));
    const planFile = findPlanFile(runsDir);
    if (planFile) {
      const shardPlan = readJson(planFile, "plan.json");
      const { shard: _shard, ...rest } = shardPlan;
      plan = {
        ...rest,
        suites: shardPlan.suites.map((suite) => ({
          ...suite,
          selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected
        }))
      };
    } else {
      plan = (await makePlan({
        repoRoot: context.repoRoot,
        configPath: context.input("config") || void 0,
        event: context.event,
        baseRef: context.input("base-ref") || void 0,
        fullRun: context.input("full-run") === "true",
        baselineDir: paths.baseline,
        log,
        clock
      })).plan;
    }
    log.info(`testops report: merged ${files.length} shard result files`);
  } else {
    plan = readJson(paths.plan, "plan.json (the plan step did not run or failed)");
    try {
      runs = readJson(paths.runs, "runs.json");
    } catch (error) {
      if (!(error instanceof MissingFileError)) throw error;
      const outcome = process.env.TESTOPS_RUN_OUTCOME;
      runs = runsForMissingResults(plan, `the run step produced no results${outcome ? ` (its outcome: ${outcome})` : ""}`, clock.now());
    }
  }
  const { config, path: configPath } = loadConfig(context.repoRoot, plan.configPath);
  const git = createGit(context.repoRoot);
  const tree = (await git.run(["rev-parse", `${plan.event.headSha}^{tree}`], { allowFailure: true })).trim() || void 0;
  const attemptsDir = join3(paths.root, "attempts");
  const runAttempt = plan.event.runAttempt ?? 1;
  const previousAttempts = readEarlierAttempts(attemptsDir, runAttempt);
  if (previousAttempts.length > 0) log.info(`testops report: comparing with ${previousAttempts.length} earlier attempt(s) of this run`);
  const { report, baseline, scopes } = await buildReport({
    plan,
    runs,
    config,
    ...previousAttempts.length > 0 ? { previousAttempts } : {},
    baselineDir: paths.baseline,
    baselineKey: process.env.TESTOPS_BASELINE_KEY || void 0,
    baselineOutcome: process.env.TESTOPS_BASELINE_OUTCOME || void 0,
    git,
    ...tree ? { tree } : {},
    clock
  });
  writeJson(paths.report, report);
  const published = await publishReport({
    report,
    runs,
    plan,
    config,
    configPath,
    baseline,
    baselineDir: paths.baseline,
    octokit: context.octokit(),
    commentMode: commentModeInput || config.comment.mode,
    ...commentId ? { commentId } : {},
    log,
    clock,
    git,
    ...tree ? { tree } : {},
    scopes,
    annotationRoom: context.annotationRoom,
    writeSummary: (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
    }
  });
  writeJson(paths.report, report);
  writeText(paths.comment, published.comment);
  writeText(paths.summary, published.summary);
  const record = await writeRecord(join3(paths.root, "out"), {
    report,
    runs,
    plan,
    baseline,
    comment: published.comment,
    summary: published.summary,
    workDir: paths.work
  }).catch((error) => {
    log.warning(`testops report: the run's record (report.html, bundle.zip) could not be written: ${error.message}`);
    return void 0;
  });
  const stored = await storeRunRecord({ repoRoot: context.repoRoot, history: config.history, report, runs, plan, log });
  let recordedAttempt;
  if (plan.event.runId && shouldRecordAttempt(runs, runAttempt)) {
    recordAttempt(attemptsDir, runs, runAttempt);
    recordedAttempt = attemptsKey({ runId: plan.event.runId, job: process.env.GITHUB_JOB || "job", commentId, runAttempt });
  }
  setOutputs({
    conclusion: report.conclusion,
    report: paths.report,
    html: record?.html,
    bundle: record?.bundle,
    warroom: record?.warroom,
    "attempts-key": recordedAttempt,
    "comment-url": published.commentUrl,
    "baseline-updated": published.baselineUpdated,
    "cache-key": plan.cache.key,
    "history-commit": stored?.commit
  });
  const failedGates = report.gates.filter((gate) => gate.status === "fail" && gate.blocking !== false);
  if (report.conclusion === "failure") {
    const message = `testops: ${failedGates.length} gate${failedGates.length === 1 ? "" : "s"} failed \u2014 ${failedGates.map((gate) => `${gate.gate}${gate.subject ? ` (${gate.subject})` : ""}: ${gate.reason}`).join("; ")}`;
    if (context.input("fail-on-gates") === "false") {
      log.warning(message);
      return 0;
    }
    log.error(message);
    return 1;
  }
  return 0;
});
