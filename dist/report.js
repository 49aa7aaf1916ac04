import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  restoreBaselineFromHistory
} from "./chunks/chunk-B2V5UTB6.js";
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-UB6CIAFC.js";
import {
  summary
} from "./chunks/chunk-DJGLPHEJ.js";
import {
  buildReport,
  commentsApi,
  publishReport,
  publishReportCheckRun,
  pullHeadMatches,
  renderComment,
  runsForMissingResults,
  upsertStickyComment,
  writeRecord
} from "./chunks/chunk-5IMQMKW4.js";
import {
  eventCacheKeys,
  makePlan,
  mergeRuns
} from "./chunks/chunk-ALJOT6QX.js";
import {
  attemptsKeys
} from "./chunks/chunk-K7UHUZ5M.js";
import {
  MissingFileError,
  readJson,
  systemClock,
  writeJson,
  writeText
} from "./chunks/chunk-WCNDENVJ.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-3BIJMSWA.js";
import {
  appendToBranch,
  recordFromReport
} from "./chunks/chunk-ABACMM4J.js";
import {
  createGit,
  external_exports,
  formatPath,
  loadConfig
} from "./chunks/chunk-LKPUPBVH.js";
import {
  EventError,
  InputError,
  exitCodeForVerdict,
  minOf,
  redactor
} from "./chunks/chunk-BTP5IQTY.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/report.ts
init_define_TESTOPS_UPLOT();
import { existsSync as existsSync2, readdirSync as readdirSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/pipeline/comment.ts
init_define_TESTOPS_UPLOT();
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
  // job: the testing job, which names the check run (reduced to a job id's characters there)
  event: external_exports.object({ headSha: sha, prHeadSha: sha.optional(), prNumber: num.int().positive().optional(), job: optStr }),
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
      mode: optStr,
      tests: totals,
      problems: external_exports.array(problem),
      early: external_exports.object({ files: external_exports.array(str), repeats: num, planned: num, seconds: num, budget: num, stopped: optStr }).optional(),
      history: external_exports.array(num).max(100).optional()
    })
  ),
  seed: optStr,
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
      step: external_exports.object({ runsAgo: num, change: num }).optional(),
      history: external_exports.array(external_exports.object({ value: num, commit: sha.optional() })).max(100).optional()
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
  flakyTests: external_exports.array(external_exports.object({ id: str, suite: str, name: str, classname: optStr, file: optStr, line: optNum, message: optStr })).optional(),
  retries: external_exports.array(
    external_exports.object({
      suite: str,
      attempt: num,
      reason: str,
      scope: str,
      result: str,
      failure: external_exports.object({ name: str, message: optStr }).optional(),
      duration: num
    })
  ).optional(),
  shards: external_exports.array(external_exports.object({ suite: str, shard: str, expected: optNum, actual: num })).optional(),
  determinism: external_exports.array(external_exports.object({ suite: str, repeats: num, identical: num, total: num, ratio: num })),
  baseline: external_exports.object({
    status: str,
    reason: optStr,
    provenance: external_exports.object({ commit: sha, branch: str, createdAt: str }).optional()
  }),
  problems: external_exports.array(problem),
  changedFiles: num.nullable(),
  duration: num,
  retryTime: external_exports.object({
    seconds: num,
    share: num,
    commands: num,
    tests: num,
    suites: external_exports.array(external_exports.object({ suite: str, seconds: num, commands: num, tests: num }))
  }).optional(),
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
  throw new InputError(lines.join("\n"));
}
async function pullForHead(octokit, owner, repo, sha2, log) {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 });
  const matching = pulls.filter((pull) => pull.head.sha.toLowerCase() === sha2.toLowerCase()).map((pull) => pull.number);
  if (matching.length > 1)
    log.info(
      `pull requests ${matching.map((n) => `#${n}`).join(", ")} all have head ${sha2.slice(0, 7)}; commenting on #${minOf(matching)}`
    );
  return matching.length > 0 ? minOf(matching) : void 0;
}
async function postReportComment(input) {
  const { report, trusted, log } = input;
  const repo = trusted.event.repo;
  if (!input.octokit) throw new InputError("github-token: mode comment needs a token with pull-requests: write");
  if (!repo) throw new EventError("GITHUB_REPOSITORY: mode comment needs the repository to comment in (set by the runner)");
  const trustedHead = trusted.event.prHeadSha ?? trusted.event.headSha;
  const testedHead = report.event.prHeadSha ?? report.event.headSha;
  if (trusted.event.name === "workflow_run" && testedHead.toLowerCase() !== trustedHead.toLowerCase())
    throw new InputError(
      `report-file: the report is for commit ${testedHead.slice(0, 7)}, but the workflow run is for ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  const pull = trusted.event.prNumber ?? (trusted.event.name === "workflow_run" && trustedHead ? await pullForHead(input.octokit, repo.owner, repo.repo, trustedHead, log) : void 0);
  if (!pull && report.event.prNumber !== void 0)
    throw new InputError(
      `report-file: PR #${report.event.prNumber}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`
    );
  if (!pull) {
    log.info(`the workflow run is not for an open pull request of ${repo.owner}/${repo.repo}: nothing to comment on`);
    return { action: "skipped" };
  }
  if (report.event.prNumber !== void 0 && report.event.prNumber !== pull)
    log.info(`report.json names PR #${report.event.prNumber}; the workflow run is for #${pull}, where the comment goes`);
  if (!await pullHeadMatches(input.octokit, { owner: repo.owner, repo: repo.repo, pull, sha: trustedHead }))
    throw new InputError(
      `report-file: PR #${pull}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`
    );
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
  return { ...result, event };
}

// src/pipeline/attempts.ts
init_define_TESTOPS_UPLOT();
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var FILE = /^attempt-(\d+)\.json$/;
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

// src/history/store-step.ts
init_define_TESTOPS_UPLOT();
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
function findRunsFiles(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync2(current)) {
      const full = join2(current, entry);
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
      const full = join2(current, entry);
      if (statSync(full).isDirectory()) stack.push(full);
      else if (entry === "plan.json") return full;
    }
  }
  return void 0;
}
await runStep("report", async () => {
  const context = stepContext();
  const { log, paths, inputs } = context;
  const { mode } = inputs;
  const commentModeInput = inputs["comment-mode"];
  const commentId = inputs["comment-id"];
  const checkRun = inputs["check-run"];
  if (mode === "comment") {
    const file = inputs["report-file"];
    if (!file) throw new InputError("input report-file: mode comment needs the path of the downloaded report.json");
    const report2 = checkUploadedReport(readJson(file, "report.json (download the testing workflow's artifact first)"), file);
    const result = await postReportComment({
      report: report2,
      // where to comment and every link: from this job's environment, never from the report
      trusted: { event: context.event, ...triggeringRun(process.env) },
      octokit: context.octokit(),
      mode: commentModeInput ?? "always",
      ...commentId ? { commentId } : {},
      log
    });
    const check = result.event ? await publishReportCheckRun({
      report: { ...report2, event: { ...result.event, ...report2.event.job ? { job: report2.event.job } : {} } },
      setting: checkRun,
      ...context.octokit() ? { octokit: context.octokit() } : {},
      ...commentId ? { commentId } : {},
      configPath: ".github/testops.yml",
      log
    }) : { url: void 0 };
    setOutputs({ conclusion: report2.conclusion, "comment-url": result.url, "check-run-url": check.url });
    return 0;
  }
  const clock = systemClock;
  let plan;
  let runs;
  const runsDir = inputs.runs;
  if (mode === "report" && runsDir) {
    if (!existsSync2(runsDir))
      throw new InputError(`input runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = findRunsFiles(runsDir);
    if (files.length === 0)
      throw new InputError(`input runs: no runs*.json files under ${runsDir} (download the shards' artifacts into it first)`);
    runs = mergeRuns(files.map((file) => readJson(file, "a shard's runs.json")));
    const planFile = findPlanFile(runsDir);
    if (planFile) {
      const shardPlan = readJson(planFile, "plan.json");
      const { shard: _shard, ...rest } = shardPlan;
      const event = context.event;
      plan = {
        ...rest,
        event,
        cache: eventCacheKeys(event, resolveVariant(process.env)),
        suites: shardPlan.suites.map((suite) => ({
          ...suite,
          selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected
        }))
      };
    } else {
      plan = (await makePlan({
        repoRoot: context.repoRoot,
        configPath: inputs.config,
        event: context.event,
        baseRef: inputs["base-ref"],
        fullRun: inputs["full-run"],
        baselineDir: paths.baseline,
        variant: resolveVariant(process.env),
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
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: plan.configPath,
    baselineDir: paths.baseline,
    ...plan.event.defaultBranch ? { defaultBranch: plan.event.defaultBranch } : {},
    log
  });
  const git = createGit(context.repoRoot);
  const tree = (await git.run(["rev-parse", `${plan.event.headSha}^{tree}`], { allowFailure: true })).trim() || void 0;
  const attemptsDir = join2(paths.root, "attempts");
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
    commentMode: commentModeInput ?? config.comment.mode,
    ...commentId ? { commentId } : {},
    checkRun,
    log,
    clock,
    git,
    ...tree ? { tree } : {},
    scopes,
    annotationRoom: context.annotationRoom,
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
    }
  });
  writeJson(paths.report, report);
  writeText(paths.comment, published.comment);
  writeText(paths.summary, published.summary);
  const record = await writeRecord(join2(paths.root, "out"), {
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
    recordedAttempt = attemptsKeys({
      runId: plan.event.runId,
      job: process.env.GITHUB_JOB || "job",
      commentId,
      runAttempt,
      variant: resolveVariant(process.env)
    }).key;
  }
  setOutputs({
    conclusion: report.conclusion,
    report: paths.report,
    html: record?.html,
    bundle: record?.bundle,
    warroom: record?.warroom,
    "attempts-key": recordedAttempt,
    "comment-url": published.commentUrl,
    "check-run-url": published.checkRunUrl,
    "baseline-updated": published.baselineUpdated,
    "cache-key": plan.cache.key,
    "history-commit": stored?.commit
  });
  const failedGates = report.gates.filter((gate) => gate.status === "fail" && gate.blocking !== false);
  if (report.conclusion === "failure") {
    const message = `testops: ${failedGates.length} gate${failedGates.length === 1 ? "" : "s"} failed \u2014 ${failedGates.map((gate) => `${gate.gate}${gate.subject ? ` (${gate.subject})` : ""}: ${gate.reason}`).join("; ")}`;
    if (inputs["fail-on-gates"]) log.error(message);
    else log.warning(message);
  }
  return exitCodeForVerdict(report.conclusion, inputs["fail-on-gates"]);
});
