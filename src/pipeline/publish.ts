/**
 * Publishing a report: flaky-test issues, the sticky PR comment, the job summary, annotations,
 * and — on the default branch — the updated baseline. GitHub failures (a fork's read-only
 * token, an outage) are reported as problems and never change the gate verdict.
 */
import { updateBaseline, writeBaseline } from '../baseline/index.js';
import type { CommentMode, Config } from '../config/schema.js';
import { mergeBaseTime, syncFlakyIssues } from '../flaky/index.js';
import { describeGitHubError, type GitHubClient } from '../github/client.js';
import { commentsApi, upsertStickyComment } from '../github/comments.js';
import { flakyIssuesApi } from '../github/issues.js';
import type { Baseline, Plan, Report, RunsFile } from '../model.js';
import { type AnnotationRoom, collectAnnotations, fitToStep, renderComment, renderSummary } from '../render/index.js';
import type { Clock } from '../util/clock.js';
import type { Git } from '../util/git.js';
import type { Log } from '../util/log.js';
import { type CheckRunSetting, publishReportCheckRun } from './check-run.js';

export type { CommentMode };

export interface PublishInput {
  report: Report;
  runs: RunsFile;
  plan: Plan;
  config: Config;
  configPath: string;
  baseline: Baseline | null;
  baselineDir: string;
  octokit?: GitHubClient;
  commentMode: CommentMode;
  commentId?: string;
  /** the check-run input (src/pipeline/check-run.ts); none when absent */
  checkRun?: CheckRunSetting;
  log: Log;
  clock: Clock;
  /** git tree id of the head: same-content evidence across commits */
  tree?: string;
  /** suite fingerprints from buildReport */
  scopes?: Record<string, string>;
  git?: Git;
  /** workflow-command annotations of each level the step may still write (10 each when absent) */
  annotationRoom?: () => AnnotationRoom;
  /** writes the job summary (GITHUB_STEP_SUMMARY or a file) */
  writeSummary: (markdown: string) => void | Promise<void>;
}

export interface PublishResult {
  commentUrl?: string;
  checkRunUrl?: string;
  commentAction?: string;
  baselineUpdated: boolean;
  comment: string;
  summary: string;
}

/** Is this run one that refreshes the baseline? Pushes (and scheduled/manual runs) on the default branch. */
export function refreshesBaseline(plan: Plan): boolean {
  const { event } = plan;
  return event.isDefaultBranch && event.name !== 'pull_request' && event.name !== 'pull_request_target' && !plan.shard;
}

export async function publishReport(input: PublishInput): Promise<PublishResult> {
  const { report, plan, config, log } = input;
  const event = plan.event;
  const repo = event.repo;
  const canWrite = Boolean(input.octokit && repo && !event.isFork);
  if (event.isFork)
    report.problems.push({
      kind: 'github',
      message: 'fork PR: the token is read-only, so the report goes to the job summary and report.json only',
    });

  if (canWrite && config.flaky.issues && report.flaky.some((entry) => entry.state !== 'stable') && input.octokit && repo) {
    try {
      // a PR whose merge-base predates an issue's closing must not reopen it
      const mergeBaseAt = plan.mergeBase && input.git ? await mergeBaseTime(input.git, plan.mergeBase) : undefined;
      const result = await syncFlakyIssues({
        api: flakyIssuesApi(input.octokit),
        owner: repo.owner,
        repo: repo.repo,
        entries: report.flaky,
        runs: input.runs,
        baseline: input.baseline,
        event,
        config: config.flaky,
        ...(report.runUrl ? { runUrl: report.runUrl } : {}),
        now: input.clock.now(),
        log,
        ...(input.tree ? { tree: input.tree } : {}),
        ...(input.scopes ? { scopes: input.scopes } : {}),
        ...(mergeBaseAt ? { mergeBaseAt } : {}),
      });
      for (const problem of result.problems) report.problems.push({ kind: 'github', message: problem });
    } catch (error) {
      const message = `flaky-test issues not updated: ${describeGitHubError(error)}`;
      // a problem of the report: shown once, as its annotation and in the summary
      report.problems.push({ kind: 'github', message });
    }
  }

  const summaryUrl = report.runUrl;
  let commentUrl: string | undefined;
  let commentAction: string | undefined;
  // mode off still reaches upsertStickyComment: it deletes an earlier comment, whose verdict would be stale
  if (canWrite && event.prNumber && input.octokit && repo) {
    try {
      const body = renderComment(report, {
        ...(summaryUrl ? { summaryUrl } : {}),
        ...(input.commentId ? { commentId: input.commentId } : {}),
      });
      const result = await upsertStickyComment({
        api: commentsApi(input.octokit),
        owner: repo.owner,
        repo: repo.repo,
        issue: event.prNumber,
        body,
        ...(input.commentId ? { commentId: input.commentId } : {}),
        mode: input.commentMode,
        failed: report.conclusion === 'failure',
        log,
      });
      commentUrl = result.url;
      commentAction = result.action;
      log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    } catch (error) {
      const message = `PR comment not posted: ${describeGitHubError(error)}`;
      // a problem of the report: shown once, as its annotation and in the summary
      report.problems.push({ kind: 'github', message });
    }
  }

  const checkRun = input.checkRun
    ? await publishReportCheckRun({
        report,
        setting: input.checkRun,
        ...(input.octokit ? { octokit: input.octokit } : {}),
        ...(input.commentId ? { commentId: input.commentId } : {}),
        configPath: input.configPath,
        changedFiles: (plan.changedFiles ?? []).map((file) => file.path),
        readOnly: event.isFork,
        log,
      })
    : undefined;

  let baselineUpdated = false;
  if (refreshesBaseline(plan)) {
    const next = updateBaseline(
      input.baseline,
      input.runs,
      {
        commit: event.headSha,
        ...(input.tree ? { tree: input.tree } : {}),
        ...(input.scopes && Object.keys(input.scopes).length > 0 ? { scopes: input.scopes } : {}),
        branch: event.branch ?? event.defaultBranch ?? 'main',
        ...(event.runId ? { runId: event.runId } : {}),
        ...(event.runAttempt ? { runAttempt: event.runAttempt } : {}),
        createdAt: input.clock.now().toISOString(),
        schemaVersion: 1,
      },
      { historyRuns: config.baseline['history-runs'], perfSamples: config.baseline['perf-samples'] },
    );
    writeBaseline(input.baselineDir, next);
    baselineUpdated = true;
    log.info(`baseline updated for ${event.headSha.slice(0, 7)} → ${input.baselineDir}`);
  }

  // rendered last so the summary carries the issue links and every problem met while publishing
  const summary = renderSummary(report);
  // awaited: a summary write that fails is the step's error, not an unhandled rejection after it
  await input.writeSummary(summary);
  const annotations = collectAnnotations(report, input.configPath, {
    changedFiles: (plan.changedFiles ?? []).map((file) => file.path),
  });
  const listedIn = checkRun?.name ? `the job summary and in the check run "${checkRun.name}"` : 'the job summary';
  for (const annotation of fitToStep(annotations, { listedIn, ...(input.annotationRoom ? { room: input.annotationRoom() } : {}) })) {
    const location = {
      ...(annotation.file ? { file: annotation.file } : {}),
      ...(annotation.line ? { line: annotation.line } : {}),
      ...(annotation.title ? { title: annotation.title } : {}),
    };
    log[annotation.level](annotation.message, location);
  }
  const comment = renderComment(report, {
    ...(summaryUrl ? { summaryUrl } : {}),
    ...(input.commentId ? { commentId: input.commentId } : {}),
  });
  return {
    ...(commentUrl ? { commentUrl } : {}),
    ...(checkRun?.url ? { checkRunUrl: checkRun.url } : {}),
    ...(commentAction ? { commentAction } : {}),
    baselineUpdated,
    comment,
    summary,
  };
}
