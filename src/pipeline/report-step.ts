/**
 * The action's report step (src/steps/report.ts calls one of these): runs + baseline → the report
 * pipeline (src/pipeline/publish.ts) with the Action's executor; and `mode: comment`, which posts
 * the comment of an uploaded report.json (the workflow_run recipe) with the comment-mode executor.
 */
import { checkPlan, readPlanArtifact } from '../util/artifacts.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { attemptsKeys } from '../baseline/index.js';
import { loadConfig } from '../config/load.js';
import { exitCodeForVerdict, InputError } from '../errors.js';
import { restoreBaselineFromHistory } from '../history/rebuild.js';
import { mergeRuns } from '../impact/index.js';
import type { Plan, RunsFile } from '../model.js';
import type { SetOutputs, StepContext } from '../steps/common.js';
import { systemClock } from '../util/clock.js';
import { createGit } from '../util/git.js';
import { redactor } from '../util/redact.js';
import { readRunsArtifact } from '../util/runs-read.js';
import { resolveVariant } from '../util/variant.js';
import { readEarlierAttempts, shouldRecordAttempt } from './attempts.js';
import { checkUploadedReport, resolveCommentTarget } from './comment.js';
import { planCommentEffects } from './effects.js';
import { actionExecutor, applyEffects, commentModeExecutor } from './execute.js';
import { readJson } from './files.js';
import { eventCacheKeys, makePlan } from './plan.js';
import { reportRun } from './publish.js';
import { runsForMissingResults } from './report.js';

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

/** The files below a directory whose names match (shard artifacts are downloaded into sub-directories), sorted. */
function filesUnder(dir: string, name: RegExp): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.test(entry)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** `mode: comment`: the uploaded report's comment (and check run) on the pull request the trusted job names. */
export async function commentImpl(context: StepContext, setOutputs: SetOutputs): Promise<number> {
  const { log, inputs } = context;
  const file = inputs['report-file'];
  if (!file) throw new InputError('input report-file: mode comment needs the path of the downloaded report.json');
  const uploaded = checkUploadedReport(readJson<unknown>(file, "report.json (download the testing workflow's artifact first)"), file);
  const github = context.octokit();
  // where to comment and every link: from this job's environment, never from the report
  const target = await resolveCommentTarget({
    report: uploaded,
    trusted: { event: context.event, ...triggeringRun(process.env) },
    ...(github ? { octokit: github } : {}),
    log,
  });
  // the testing job's name (the check run's) from the report, reduced to a job id's characters there
  const report = target.event
    ? { ...uploaded, event: { ...target.event, ...(uploaded.event.job ? { job: uploaded.event.job } : {}) } }
    : uploaded;
  const commentId = inputs['comment-id'];
  const effects = planCommentEffects(report, {
    ...(target.pull ? { pr: target.pull } : {}),
    commentMode: inputs['comment-mode'] ?? 'always',
    ...(commentId ? { commentId } : {}),
    checkRun: inputs['check-run'],
    configPath: '.github/testops.yml',
  });
  await applyEffects(report, effects, commentModeExecutor({ ...(github ? { github } : {}), log, setOutputs }));
  return 0;
}

/** Plan and runs of this report: the plan and run steps' files, or the shards' artifacts under the runs input. */
async function planAndRuns(context: StepContext): Promise<{ plan: Plan; runs: RunsFile; runsFile?: string }> {
  const { inputs, paths, log } = context;
  const runsDir = inputs.runs;
  if (inputs.mode === 'report' && runsDir) {
    if (!existsSync(runsDir))
      throw new InputError(`input runs: directory ${runsDir} not found (download the shards' artifacts into it first)`);
    const files = filesUnder(runsDir, /^runs.*\.json$/);
    if (files.length === 0)
      throw new InputError(`input runs: no runs*.json files under ${runsDir} (download the shards' artifacts into it first)`);
    // artifacts another job uploaded: validated, one line per problem (exit 2)
    const runs = mergeRuns(files.map((file) => readRunsArtifact(file, "a shard's runs.json")));
    log.info(`testops report: merged ${files.length} shard result files`);
    const [planFile] = filesUnder(runsDir, /^plan\.json$/);
    if (!planFile) {
      const { plan } = await makePlan({
        repoRoot: context.repoRoot,
        configPath: inputs.config,
        event: context.event,
        baseRef: inputs['base-ref'],
        fullRun: inputs['full-run'],
        baselineDir: paths.baseline,
        variant: resolveVariant(process.env),
        log,
        clock: systemClock,
      });
      return { plan, runs };
    }
    const { shard: _shard, ...shardPlan } = readPlanArtifact(planFile, "a shard's plan.json");
    // plan.json is an artifact another job uploaded: its suites are reused (the selection is the
    // union, no shard), but the event, the branch, the cache key and so whether the baseline is
    // written come from this job's own environment — a tampered plan.json must not turn a PR run
    // into a default-branch one
    const event = context.event;
    const plan: Plan = {
      ...shardPlan,
      // the config this job checked out (its input, or the default), never a path the artifact names
      configPath: loadConfig(context.repoRoot, inputs.config).path,
      event,
      cache: eventCacheKeys(event, resolveVariant(process.env)),
      suites: shardPlan.suites.map((suite) => ({
        ...suite,
        selected: runs.suites.some((run) => run.name === suite.name && run.selected) || suite.selected,
      })),
    };
    return { plan, runs };
  }
  const plan = checkPlan(readJson<unknown>(paths.plan, 'plan.json (the plan step did not run or failed)'), paths.plan);
  if (!existsSync(paths.runs)) {
    const outcome = process.env.TESTOPS_RUN_OUTCOME;
    const reason = `the run step produced no results${outcome ? ` (its outcome: ${outcome})` : ''}`;
    return { plan, runs: runsForMissingResults(plan, reason, systemClock.now()) };
  }
  // the suites ran in this job and could have written over it: validated like a shard's, and
  // streamed (at millions of tests it is past what one string holds)
  return { plan, runs: readRunsArtifact(paths.runs, 'runs.json'), runsFile: paths.runs };
}

/** The report step: runs + baseline → the report, published by the Action's executor; its exit code. */
export async function reportImpl(context: StepContext, setOutputs: SetOutputs): Promise<number> {
  const { log, paths, inputs } = context;
  const { plan, runs, runsFile } = await planAndRuns(context);
  const { config, path: configPath } = loadConfig(context.repoRoot, plan.configPath);
  // a report job of its own (merged shards) has no plan step before it: rebuild a lost baseline here
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: plan.configPath,
    baselineDir: paths.baseline,
    ...(plan.event.defaultBranch ? { defaultBranch: plan.event.defaultBranch } : {}),
    log,
  });
  // earlier attempts of this workflow run (restored by action.yml): same-tree flaky evidence
  const attemptsDir = join(paths.root, 'attempts');
  const runAttempt = plan.event.runAttempt ?? 1;
  const previousAttempts = readEarlierAttempts(attemptsDir, runAttempt);
  if (previousAttempts.length > 0) log.info(`testops report: comparing with ${previousAttempts.length} earlier attempt(s) of this run`);
  const commentId = inputs['comment-id'];
  const runId = plan.event.runId;
  const github = context.octokit();

  const { report } = await reportRun(
    {
      repoRoot: context.repoRoot,
      plan,
      runs,
      ...(runsFile ? { runsFile } : {}),
      config,
      configPath,
      paths,
      recordDir: join(paths.root, 'out'),
      ...(process.env.TESTOPS_BASELINE_KEY ? { baselineKey: process.env.TESTOPS_BASELINE_KEY } : {}),
      ...(process.env.TESTOPS_BASELINE_OUTCOME ? { baselineOutcome: process.env.TESTOPS_BASELINE_OUTCOME } : {}),
      previousAttempts,
      git: createGit(context.repoRoot),
      clock: systemClock,
      publish: {
        github: github !== undefined,
        commentMode: inputs['comment-mode'] ?? config.comment.mode,
        ...(commentId ? { commentId } : {}),
        checkRun: inputs['check-run'],
        updateBaseline: 'default-branch',
        attempts: (ran) =>
          runId && shouldRecordAttempt(ran, runAttempt)
            ? {
                dir: attemptsDir,
                attempt: runAttempt,
                key: attemptsKeys({
                  runId,
                  job: process.env.GITHUB_JOB || 'job',
                  commentId,
                  runAttempt,
                  variant: resolveVariant(process.env),
                }).key,
              }
            : undefined,
        failOnGates: inputs['fail-on-gates'],
        outputs: true,
      },
    },
    actionExecutor({
      ...(github ? { github } : {}),
      log,
      jobSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redactor.text(markdown), true).write({ overwrite: false });
      },
      setOutputs,
      annotationRoom: context.annotationRoom,
    }),
  );
  return exitCodeForVerdict(report.conclusion, inputs['fail-on-gates']);
}
