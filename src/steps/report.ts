/**
 * Action step: runs + baseline → gates → report.json, job summary, annotations, the sticky
 * comment and flaky-test issues; on the default branch, the refreshed baseline. Also the
 * `comment` mode, which posts the comment of an uploaded report.json (workflow_run recipe).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { loadConfig } from '../config/load.js';
import { exitCodeForVerdict, InputError } from '../errors.js';
import { mergeRuns } from '../impact/index.js';
import type { Plan, RunsFile } from '../model.js';
import { MissingFileError, readJson, writeJson, writeText } from '../pipeline/files.js';
import { eventCacheKeys, makePlan } from '../pipeline/plan.js';
import { publishReport } from '../pipeline/publish.js';
import { buildReport, runsForMissingResults } from '../pipeline/report.js';
import { checkUploadedReport, postReportComment } from '../pipeline/comment.js';
import { publishReportCheckRun } from '../pipeline/check-run.js';
import { readEarlierAttempts, recordAttempt, shouldRecordAttempt } from '../pipeline/attempts.js';
import { attemptsKeys } from '../baseline/index.js';
import { resolveVariant } from '../util/variant.js';
import { restoreBaselineFromHistory } from '../history/rebuild.js';
import { storeRunRecord } from '../history/store-step.js';
import { writeRecord } from '../record/index.js';
import { systemClock } from '../util/clock.js';
import { createGit } from '../util/git.js';
import { redactor } from '../util/redact.js';
import { runStep, setOutputs, stepContext } from './common.js';

/** The triggering run named by a workflow_run event payload (the trusted side of the recipe): its id and attempt. */
function triggeringRun(env: NodeJS.ProcessEnv): { runId?: string; runAttempt?: number } {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !env.GITHUB_EVENT_PATH) return {};
  const payload = readJson<{ workflow_run?: { id?: unknown; run_attempt?: unknown } }>(env.GITHUB_EVENT_PATH, 'the event payload');
  const id = payload.workflow_run?.id;
  const attempt = payload.workflow_run?.run_attempt;
  return {
    ...(typeof id === 'number' && Number.isInteger(id) ? { runId: String(id) } : {}),
    ...(typeof attempt === 'number' && Number.isInteger(attempt) ? { runAttempt: attempt } : {}),
  };
}

/** Every runs*.json below a directory (shard artifacts are downloaded into sub-directories). */
function findRunsFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/^runs.*\.json$/.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

function findPlanFile(dir: string): string | undefined {
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) stack.push(full);
      else if (entry === 'plan.json') return full;
    }
  }
  return undefined;
}

await runStep('report', async () => {
  const context = stepContext();
  const { log, paths, inputs } = context;
  const { mode } = inputs;
  const commentModeInput = inputs['comment-mode'];
  const commentId = inputs['comment-id'];
  const checkRun = inputs['check-run'];

  if (mode === 'comment') {
    const file = inputs['report-file'];
    if (!file) throw new InputError('input report-file: mode comment needs the path of the downloaded report.json');
    const report = checkUploadedReport(readJson<unknown>(file, "report.json (download the testing workflow's artifact first)"), file);
    const result = await postReportComment({
      report,
      // where to comment and every link: from this job's environment, never from the report
      trusted: { event: context.event, ...triggeringRun(process.env) },
      octokit: context.octokit(),
      mode: commentModeInput ?? 'always',
      ...(commentId ? { commentId } : {}),
      log,
    });
    // on the PR's head commit (checked above against the trusted event), with this job's token
    // (docs/comment.md); the testing job's name from the report, reduced to a job id's characters
    const check = result.event
      ? await publishReportCheckRun({
          report: { ...report, event: { ...result.event, ...(report.event.job ? { job: report.event.job } : {}) } },
          setting: checkRun,
          ...(context.octokit() ? { octokit: context.octokit() } : {}),
          ...(commentId ? { commentId } : {}),
          configPath: '.github/testops.yml',
          log,
        })
      : { url: undefined };
    setOutputs({ conclusion: report.conclusion, 'comment-url': result.url, 'check-run-url': check.url });
    return 0;
  }

  const clock = systemClock;
  let plan: Plan;
  let runs: RunsFile;
  const runsDir = inputs.runs;
  if (mode === 'report' && runsDir) {
    if (!existsSync(runsDir))
      throw new InputError(`input runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = findRunsFiles(runsDir);
    if (files.length === 0)
      throw new InputError(`input runs: no runs*.json files under ${runsDir} (download the shards' artifacts into it first)`);
    runs = mergeRuns(files.map((file) => readJson<RunsFile>(file, "a shard's runs.json")));
    const planFile = findPlanFile(runsDir);
    if (planFile) {
      const shardPlan = readJson<Plan>(planFile, 'plan.json');
      // the merged report covers every shard: selection is the union, no shard
      const { shard: _shard, ...rest } = shardPlan;
      // plan.json is an artifact another job uploaded: its suites are reused, but the event, the
      // branch, the cache key and so whether the baseline is written come from this job's own
      // environment — a tampered plan.json must not turn a PR run into a default-branch one
      const event = context.event;
      plan = {
        ...rest,
        event,
        cache: eventCacheKeys(event, resolveVariant(process.env)),
        suites: shardPlan.suites.map((suite) => ({
          ...suite,
          selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected,
        })),
      };
    } else {
      plan = (
        await makePlan({
          repoRoot: context.repoRoot,
          configPath: inputs.config,
          event: context.event,
          baseRef: inputs['base-ref'],
          fullRun: inputs['full-run'],
          baselineDir: paths.baseline,
          variant: resolveVariant(process.env),
          log,
          clock,
        })
      ).plan;
    }
    log.info(`testops report: merged ${files.length} shard result files`);
  } else {
    plan = readJson<Plan>(paths.plan, 'plan.json (the plan step did not run or failed)');
    try {
      runs = readJson<RunsFile>(paths.runs, 'runs.json');
    } catch (error) {
      if (!(error instanceof MissingFileError)) throw error;
      const outcome = process.env.TESTOPS_RUN_OUTCOME;
      runs = runsForMissingResults(plan, `the run step produced no results${outcome ? ` (its outcome: ${outcome})` : ''}`, clock.now());
    }
  }
  const { config, path: configPath } = loadConfig(context.repoRoot, plan.configPath);
  // a report job of its own (merged shards) has no plan step before it: rebuild a lost baseline here
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: plan.configPath,
    baselineDir: paths.baseline,
    ...(plan.event.defaultBranch ? { defaultBranch: plan.event.defaultBranch } : {}),
    log,
  });
  const git = createGit(context.repoRoot);
  const tree = (await git.run(['rev-parse', `${plan.event.headSha}^{tree}`], { allowFailure: true })).trim() || undefined;

  // earlier attempts of this workflow run (restored by action.yml): same-tree flaky evidence
  const attemptsDir = join(paths.root, 'attempts');
  const runAttempt = plan.event.runAttempt ?? 1;
  const previousAttempts = readEarlierAttempts(attemptsDir, runAttempt);
  if (previousAttempts.length > 0) log.info(`testops report: comparing with ${previousAttempts.length} earlier attempt(s) of this run`);

  const { report, baseline, scopes } = await buildReport({
    plan,
    runs,
    config,
    ...(previousAttempts.length > 0 ? { previousAttempts } : {}),
    baselineDir: paths.baseline,
    baselineKey: process.env.TESTOPS_BASELINE_KEY || undefined,
    baselineOutcome: process.env.TESTOPS_BASELINE_OUTCOME || undefined,
    git,
    ...(tree ? { tree } : {}),
    clock,
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
    ...(commentId ? { commentId } : {}),
    checkRun,
    log,
    clock,
    git,
    ...(tree ? { tree } : {}),
    scopes,
    annotationRoom: context.annotationRoom,
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
    },
  });
  // again, now with the comment URL, issue links and publishing problems
  writeJson(paths.report, report);
  writeText(paths.comment, published.comment);
  writeText(paths.summary, published.summary);
  // the record (report.html, warroom.ndjson, bundle.zip) is for people: failing to write it
  // is said, and never changes the verdict
  const record = await writeRecord(join(paths.root, 'out'), {
    report,
    runs,
    plan,
    baseline,
    comment: published.comment,
    summary: published.summary,
    workDir: paths.work,
  }).catch((error: Error) => {
    log.warning(`testops report: the run's record (report.html, bundle.zip) could not be written: ${error.message}`);
    return undefined;
  });

  // the durable history (history.store: branch): bookkeeping, never the verdict
  const stored = await storeRunRecord({ repoRoot: context.repoRoot, history: config.history, report, runs, plan, log });

  let recordedAttempt: string | undefined;
  if (plan.event.runId && shouldRecordAttempt(runs, runAttempt)) {
    recordAttempt(attemptsDir, runs, runAttempt);
    recordedAttempt = attemptsKeys({
      runId: plan.event.runId,
      job: process.env.GITHUB_JOB || 'job',
      commentId,
      runAttempt,
      variant: resolveVariant(process.env),
    }).key;
  }

  setOutputs({
    conclusion: report.conclusion,
    report: paths.report,
    html: record?.html,
    bundle: record?.bundle,
    warroom: record?.warroom,
    'attempts-key': recordedAttempt,
    'comment-url': published.commentUrl,
    'check-run-url': published.checkRunUrl,
    'baseline-updated': published.baselineUpdated,
    'cache-key': plan.cache.key,
    'history-commit': stored?.commit,
  });
  const failedGates = report.gates.filter((gate) => gate.status === 'fail' && gate.blocking !== false);
  if (report.conclusion === 'failure') {
    const message = `testops: ${failedGates.length} gate${failedGates.length === 1 ? '' : 's'} failed — ${failedGates.map((gate) => `${gate.gate}${gate.subject ? ` (${gate.subject})` : ''}: ${gate.reason}`).join('; ')}`;
    if (inputs['fail-on-gates']) log.error(message);
    else log.warning(message);
  }
  return exitCodeForVerdict(report.conclusion, inputs['fail-on-gates']);
});
