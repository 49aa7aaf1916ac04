import { createRequire as __testopsCreateRequire } from 'node:module';
const require = __testopsCreateRequire(import.meta.url);
import {
  runStep,
  setOutputs,
  stepContext
} from "./chunks/chunk-ZJGVBTRD.js";
import {
  summary
} from "./chunks/chunk-OGE2JREG.js";
import {
  actionExecutor,
  applyEffects,
  commentModeExecutor,
  planCommentEffects,
  pullHeadMatches,
  readEarlierAttempts,
  reportRun,
  runsForMissingResults,
  shouldRecordAttempt
} from "./chunks/chunk-IEOPMHML.js";
import {
  eventCacheKeys,
  makePlan,
  mergeRuns,
  restoreBaselineFromHistory
} from "./chunks/chunk-5W6FMJCV.js";
import {
  attemptsKeys
} from "./chunks/chunk-K7UHUZ5M.js";
import {
  MissingFileError,
  readJson,
  systemClock
} from "./chunks/chunk-WAW5T4QP.js";
import {
  resolveVariant
} from "./chunks/chunk-7WHL3PWO.js";
import "./chunks/chunk-2ZN5WP2U.js";
import {
  checkPlan,
  checkRuns,
  readPlanArtifact,
  readRunsArtifact
} from "./chunks/chunk-ZHN24TUU.js";
import {
  createGit,
  loadConfig
} from "./chunks/chunk-B6TM3GRA.js";
import {
  EventError,
  InputError,
  exitCodeForVerdict,
  external_exports,
  formatPath,
  minOf,
  redactor
} from "./chunks/chunk-33F46ELG.js";
import {
  init_define_TESTOPS_UPLOT
} from "./chunks/chunk-X6UNEACE.js";

// src/steps/report.ts
init_define_TESTOPS_UPLOT();

// src/pipeline/report-step.ts
init_define_TESTOPS_UPLOT();
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// src/pipeline/comment.ts
init_define_TESTOPS_UPLOT();

// src/gates/verdict-schema.ts
init_define_TESTOPS_UPLOT();
var quantity = external_exports.object({
  value: external_exports.number(),
  unit: external_exports.string(),
  of: external_exports.number().optional(),
  label: external_exports.string().optional()
});
var figureSchema = external_exports.union([quantity, external_exports.object({ parts: external_exports.array(quantity) }), external_exports.object({ text: external_exports.string() })]);
var thresholdSchema = external_exports.object({
  limits: external_exports.array(external_exports.object({ op: external_exports.string(), value: quantity, status: external_exports.string().optional() })).optional(),
  change: external_exports.number().optional(),
  relative: external_exports.boolean().optional(),
  text: external_exports.string().optional()
});
var baselineFigureSchema = external_exports.object({
  value: figureSchema,
  commit: external_exports.string().optional(),
  createdAt: external_exports.string().optional(),
  files: external_exports.number().optional()
});

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
  // job: the testing job, which names the check run (reduced to a job id's characters there)
  event: external_exports.object({ headSha: sha, prHeadSha: sha.optional(), prNumber: num.int().positive().optional(), job: optStr }),
  gates: external_exports.array(
    external_exports.object({
      gate: str,
      subject: optStr,
      status: str,
      value: figureSchema.nullable(),
      baseline: baselineFigureSchema.nullable(),
      threshold: thresholdSchema.nullable(),
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
async function resolveCommentTarget(input) {
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
    return {};
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
  return { pull, event };
}

// src/pipeline/report-step.ts
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
function filesUnder(dir, name) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}
async function commentImpl(context, setOutputs2) {
  const { log, inputs } = context;
  const file = inputs["report-file"];
  if (!file) throw new InputError("input report-file: mode comment needs the path of the downloaded report.json");
  const uploaded = checkUploadedReport(readJson(file, "report.json (download the testing workflow's artifact first)"), file);
  const github = context.octokit();
  const target = await resolveCommentTarget({
    report: uploaded,
    trusted: { event: context.event, ...triggeringRun(process.env) },
    ...github ? { octokit: github } : {},
    log
  });
  const report = target.event ? { ...uploaded, event: { ...target.event, ...uploaded.event.job ? { job: uploaded.event.job } : {} } } : uploaded;
  const commentId = inputs["comment-id"];
  const effects = planCommentEffects(report, {
    ...target.pull ? { pr: target.pull } : {},
    commentMode: inputs["comment-mode"] ?? "always",
    ...commentId ? { commentId } : {},
    checkRun: inputs["check-run"],
    configPath: ".github/testops.yml"
  });
  await applyEffects(report, effects, commentModeExecutor({ ...github ? { github } : {}, log, setOutputs: setOutputs2 }));
  return 0;
}
async function planAndRuns(context) {
  const { inputs, paths, log } = context;
  const runsDir = inputs.runs;
  if (inputs.mode === "report" && runsDir) {
    if (!existsSync(runsDir))
      throw new InputError(`input runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = filesUnder(runsDir, /^runs.*\.json$/);
    if (files.length === 0)
      throw new InputError(`input runs: no runs*.json files under ${runsDir} (download the shards' artifacts into it first)`);
    const runs = mergeRuns(files.map((file) => readRunsArtifact(file, "a shard's runs.json")));
    log.info(`testops report: merged ${files.length} shard result files`);
    const [planFile] = filesUnder(runsDir, /^plan\.json$/);
    if (!planFile) {
      const { plan: plan3 } = await makePlan({
        repoRoot: context.repoRoot,
        configPath: inputs.config,
        event: context.event,
        baseRef: inputs["base-ref"],
        fullRun: inputs["full-run"],
        baselineDir: paths.baseline,
        variant: resolveVariant(process.env),
        log,
        clock: systemClock
      });
      return { plan: plan3, runs };
    }
    const { shard: _shard, ...shardPlan } = readPlanArtifact(planFile, "a shard's plan.json");
    const event = context.event;
    const plan2 = {
      ...shardPlan,
      // the config this job checked out (its input, or the default), never a path the artifact names
      configPath: loadConfig(context.repoRoot, inputs.config).path,
      event,
      cache: eventCacheKeys(event, resolveVariant(process.env)),
      suites: shardPlan.suites.map((suite) => ({
        ...suite,
        selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected
      }))
    };
    return { plan: plan2, runs };
  }
  const plan = checkPlan(readJson(paths.plan, "plan.json (the plan step did not run or failed)"), paths.plan);
  try {
    return { plan, runs: checkRuns(readJson(paths.runs, "runs.json"), paths.runs), runsFile: paths.runs };
  } catch (error) {
    if (!(error instanceof MissingFileError)) throw error;
    const outcome = process.env.TESTOPS_RUN_OUTCOME;
    const reason = `the run step produced no results${outcome ? ` (its outcome: ${outcome})` : ""}`;
    return { plan, runs: runsForMissingResults(plan, reason, systemClock.now()) };
  }
}
async function reportImpl(context, setOutputs2) {
  const { log, paths, inputs } = context;
  const { plan, runs, runsFile } = await planAndRuns(context);
  const { config, path: configPath } = loadConfig(context.repoRoot, plan.configPath);
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: plan.configPath,
    baselineDir: paths.baseline,
    ...plan.event.defaultBranch ? { defaultBranch: plan.event.defaultBranch } : {},
    log
  });
  const attemptsDir = join(paths.root, "attempts");
  const runAttempt = plan.event.runAttempt ?? 1;
  const previousAttempts = readEarlierAttempts(attemptsDir, runAttempt);
  if (previousAttempts.length > 0) log.info(`testops report: comparing with ${previousAttempts.length} earlier attempt(s) of this run`);
  const commentId = inputs["comment-id"];
  const runId = plan.event.runId;
  const github = context.octokit();
  const { report } = await reportRun(
    {
      repoRoot: context.repoRoot,
      plan,
      runs,
      ...runsFile ? { runsFile } : {},
      config,
      configPath,
      paths,
      recordDir: join(paths.root, "out"),
      ...process.env.TESTOPS_BASELINE_KEY ? { baselineKey: process.env.TESTOPS_BASELINE_KEY } : {},
      ...process.env.TESTOPS_BASELINE_OUTCOME ? { baselineOutcome: process.env.TESTOPS_BASELINE_OUTCOME } : {},
      previousAttempts,
      git: createGit(context.repoRoot),
      clock: systemClock,
      publish: {
        github: github !== void 0,
        commentMode: inputs["comment-mode"] ?? config.comment.mode,
        ...commentId ? { commentId } : {},
        checkRun: inputs["check-run"],
        updateBaseline: "default-branch",
        attempts: (ran) => runId && shouldRecordAttempt(ran, runAttempt) ? {
          dir: attemptsDir,
          attempt: runAttempt,
          key: attemptsKeys({
            runId,
            job: process.env.GITHUB_JOB || "job",
            commentId,
            runAttempt,
            variant: resolveVariant(process.env)
          }).key
        } : void 0,
        failOnGates: inputs["fail-on-gates"],
        outputs: true
      }
    },
    actionExecutor({
      ...github ? { github } : {},
      log,
      jobSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
      },
      setOutputs: setOutputs2,
      annotationRoom: context.annotationRoom
    })
  );
  return exitCodeForVerdict(report.conclusion, inputs["fail-on-gates"]);
}

// src/steps/report.ts
await runStep("report", async () => {
  const context = stepContext();
  return context.inputs.mode === "comment" ? commentImpl(context, setOutputs) : reportImpl(context, setOutputs);
});
