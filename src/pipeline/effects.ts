/**
 * What a built report makes happen, decided once and purely: `planEffects(report, context)` lists
 * the effects (GitHub writes, files, the job summary, annotations, the baseline, step outputs, the
 * terminal) as data, in the order they are applied. An executor (src/pipeline/execute.ts) applies
 * them for its environment and returns what happened (links, problems) as a PublishOutcome;
 * `finalReport` merges that into a new report, which is what every file and rendering shows. The
 * report itself is never changed.
 */
import { join } from 'node:path';
import { updateBaseline } from '../baseline/index.js';
import type { CommentMode, Config, FlakyConfig, HistoryConfig } from '../config/schema.js';
import type { RepoRef } from '../github/issues.js';
import type { Baseline, CoverageReport, Plan, Problem, Report, RunsFile } from '../model.js';
import type { CommentOptions } from '../render/index.js';
import type { CheckRunSetting } from './check-run.js';
import type { Paths } from './paths.js';

/** The files an effect may write, each rendered from the final report. */
export type RenderedFile = 'report.json' | 'comment.md' | 'summary.md' | 'comment.html';

export type Effect =
  /** open, update, reopen and close the flaky-test issues (src/flaky/sync.ts) */
  | {
      kind: 'flaky-issues';
      repo: RepoRef;
      runs: RunsFile;
      baseline: Baseline | null;
      config: FlakyConfig;
      now: string;
      tree?: string;
      scopes?: Record<string, string>;
      /** when the PR's merge-base was committed: a closed issue is not reopened from an older branch */
      mergeBaseAt?: string;
    }
  /** the sticky PR comment: create or update it (upsert, as the mode says), or delete it (mode off) */
  | {
      kind: 'comment';
      action: 'upsert' | 'delete';
      repo: RepoRef;
      pr: number;
      mode: CommentMode;
      failed: boolean;
      /** the sticky comment's id and its link to the full report (the run's page) */
      comment: CommentOptions;
    }
  /** the check run on the tested commit (src/pipeline/check-run.ts) */
  | {
      kind: 'check-run';
      setting: Exclude<CheckRunSetting, 'false'>;
      configPath: string;
      changedFiles: string[];
      readOnly: boolean;
      commentId?: string;
    }
  /** the refreshed baseline, computed here, written to its directory */
  | { kind: 'baseline-write'; dir: string; baseline: Baseline }
  /** a file rendered from the final report (the comment's files as the PR comment renders it) */
  | { kind: 'file'; path: string; content: RenderedFile; comment: CommentOptions; title?: string }
  /** the job summary (GITHUB_STEP_SUMMARY) */
  | { kind: 'job-summary' }
  /** workflow-command annotations at file:line */
  | { kind: 'annotations'; configPath: string; changedFiles: string[] }
  /** report.html, warroom.ndjson and bundle.zip: for people; failing to write them never changes the verdict */
  | {
      kind: 'record';
      dir: string;
      workDir: string;
      runs: RunsFile;
      /** runs.json as written for these runs (streamed into the bundle), when there is one */
      runsFile?: string;
      plan: Plan;
      baseline: Baseline | null;
      comment: CommentOptions;
    }
  /** the durable history (history.store: branch) */
  | { kind: 'history-append'; repoRoot: string; history: HistoryConfig; runs: RunsFile; plan: Plan; coverage?: CoverageReport }
  /** a slim copy of this attempt's results, for a re-run of the same workflow run */
  | { kind: 'attempts-record'; dir: string; attempt: number; key: string; runs: RunsFile }
  /** the failing gates, said once in the log (an error when they fail the step) */
  | { kind: 'verdict-log'; level: 'error' | 'warning'; message: string }
  /** the report printed for a person at a terminal */
  | { kind: 'terminal'; format: 'terminal' | 'md' | 'json'; quiet: boolean; reportPath: string }
  /** step outputs known before publishing; the executor adds the links publishing made */
  | { kind: 'outputs'; values: Record<string, string | number | boolean | undefined> };

export type EffectKind = Effect['kind'];

/** What applying the effects did: merged into the final report by finalReport. */
export interface PublishOutcome {
  problems: Problem[];
  /** test id → its flaky-test issue */
  issueLinks: Record<string, { number: number; url: string }>;
  commentUrl?: string;
  commentAction?: string;
  checkRunUrl?: string;
  /** the check run's name, when one was written (annotations point to it) */
  checkRunName?: string;
  baselineUpdated: boolean;
  record?: { html: string; warroom: string; bundle: string; anomalies: number };
  historyCommit?: string;
  attemptsKey?: string;
}

export function emptyOutcome(): PublishOutcome {
  return { problems: [], issueLinks: {}, baselineUpdated: false };
}

/** The report with what publishing did: its problems appended, flaky tests linked to their issues. A new object. */
export function finalReport(report: Report, outcome: PublishOutcome): Report {
  const linked = Object.keys(outcome.issueLinks).length > 0;
  if (outcome.problems.length === 0 && !linked) return report;
  return {
    ...report,
    problems: [...report.problems, ...outcome.problems],
    flaky: linked
      ? report.flaky.map((entry) => {
          const link = outcome.issueLinks[entry.id];
          return link ? { ...entry, issueNumber: link.number, issueUrl: link.url } : entry;
        })
      : report.flaky,
  };
}

/** The step outputs publishing decides (links, the record's paths, whether the baseline was written). */
export function outcomeOutputs(outcome: PublishOutcome): Record<string, string | boolean | undefined> {
  return {
    html: outcome.record?.html,
    bundle: outcome.record?.bundle,
    warroom: outcome.record?.warroom,
    'attempts-key': outcome.attemptsKey,
    'comment-url': outcome.commentUrl,
    'check-run-url': outcome.checkRunUrl,
    'baseline-updated': outcome.baselineUpdated,
    'history-commit': outcome.historyCommit,
  };
}

/** Is this run one that refreshes the baseline? Pushes (and scheduled/manual runs) on the default branch. */
export function refreshesBaseline(plan: Plan): boolean {
  const { event } = plan;
  return event.isDefaultBranch && event.name !== 'pull_request' && event.name !== 'pull_request_target' && !plan.shard;
}

/** Everything besides the report that decides the effects; facts only, no clients. */
export interface EffectContext {
  /** this job's checkout (never a shard's plan.json's) */
  repoRoot: string;
  plan: Plan;
  runs: RunsFile;
  /** runs.json on disk, when it holds exactly these runs (not merged shards) */
  runsFile?: string;
  config: Config;
  configPath: string;
  /** the baseline the report was judged against, and the suites' fingerprints (buildReport) */
  baseline: Baseline | null;
  scopes: Record<string, string>;
  tree?: string;
  mergeBaseAt?: string;
  /** ISO time: the baseline's and the issues' clock */
  now: string;
  paths: Paths;
  /** where report.html, warroom.ndjson and bundle.zip go */
  recordDir: string;
  /** a token to write to GitHub with */
  github: boolean;
  commentMode: CommentMode;
  commentId?: string;
  checkRun: CheckRunSetting;
  /** refresh the baseline from this run (the action: refreshesBaseline; the CLI: --update-baseline) */
  updateBaseline: boolean;
  /** the run's coverage as buildReport merged it (for the baseline and the history record) */
  coverage?: CoverageReport;
  /** keep this attempt's results for a re-run: where, and the cache key they are saved under */
  attempts?: { dir: string; attempt: number; key: string };
  /** a non-passing verdict fails the step (fail-on-gates) */
  failOnGates: boolean;
  /** the action's step outputs; none on a laptop */
  outputs: boolean;
  /** printed for a person (the CLI) */
  terminal?: { format: 'terminal' | 'md' | 'json'; quiet: boolean; reportPath: string };
  /** also write comment.html (the CLI's --html) */
  html?: boolean;
}

/** The failing gates in one line, or nothing when none fails. */
export function failedGatesLine(report: Report): string | undefined {
  if (report.conclusion !== 'failure') return undefined;
  const failed = report.gates.filter((gate) => gate.status === 'fail' && gate.blocking !== false);
  return `testops: ${failed.length} gate${failed.length === 1 ? '' : 's'} failed — ${failed.map((gate) => `${gate.gate}${gate.subject ? ` (${gate.subject})` : ''}: ${gate.reason}`).join('; ')}`;
}

/** The sticky comment on a pull request; mode off still acts: it deletes an earlier comment, whose verdict would be stale. */
function commentEffect(repo: RepoRef, pr: number, mode: CommentMode, failed: boolean, comment: CommentOptions): Effect {
  return {
    kind: 'comment',
    action: mode === 'off' ? 'delete' : 'upsert',
    repo: { owner: repo.owner, repo: repo.repo },
    pr,
    mode,
    failed,
    comment,
  };
}

function checkRunEffect(
  setting: Exclude<CheckRunSetting, 'false'>,
  configPath: string,
  commentId: string | undefined,
): Extract<Effect, { kind: 'check-run' }> {
  return { kind: 'check-run', setting, configPath, changedFiles: [], readOnly: false, ...(commentId ? { commentId } : {}) };
}

/** The effects of a built report, in the order they are applied. Pure. */
export function planEffects(report: Report, context: EffectContext): Effect[] {
  const { plan, config, paths } = context;
  const event = report.event;
  const repo = event.repo;
  const changedFiles = (plan.changedFiles ?? []).map((file) => file.path);
  const canWrite = context.github && repo !== undefined && !event.isFork;
  const effects: Effect[] = [];
  const comment: CommentOptions = {
    ...(report.runUrl ? { summaryUrl: report.runUrl } : {}),
    ...(context.commentId ? { commentId: context.commentId } : {}),
  };

  if (canWrite && repo && config.flaky.issues && report.flaky.some((entry) => entry.state !== 'stable'))
    effects.push({
      kind: 'flaky-issues',
      repo: { owner: repo.owner, repo: repo.repo },
      runs: context.runs,
      baseline: context.baseline,
      config: config.flaky,
      now: context.now,
      ...(context.tree ? { tree: context.tree } : {}),
      ...(Object.keys(context.scopes).length > 0 ? { scopes: context.scopes } : {}),
      ...(context.mergeBaseAt ? { mergeBaseAt: context.mergeBaseAt } : {}),
    });
  if (canWrite && repo && event.prNumber)
    effects.push(commentEffect(repo, event.prNumber, context.commentMode, report.conclusion === 'failure', comment));
  if (context.checkRun !== 'false' && repo)
    effects.push({ ...checkRunEffect(context.checkRun, context.configPath, context.commentId), changedFiles, readOnly: event.isFork });
  if (context.updateBaseline)
    effects.push({
      kind: 'baseline-write',
      dir: paths.baseline,
      baseline: updateBaseline(
        context.baseline,
        context.runs,
        {
          commit: event.headSha,
          ...(context.tree ? { tree: context.tree } : {}),
          ...(Object.keys(context.scopes).length > 0 ? { scopes: context.scopes } : {}),
          branch: event.branch ?? event.defaultBranch ?? 'main',
          ...(event.runId ? { runId: event.runId } : {}),
          ...(event.runAttempt ? { runAttempt: event.runAttempt } : {}),
          createdAt: context.now,
          schemaVersion: 1,
        },
        { historyRuns: config.baseline['history-runs'], perfSamples: config.baseline['perf-samples'] },
        context.coverage,
      ),
    });

  // from here on the report is final: what GitHub said has been merged into it
  effects.push(
    { kind: 'file', path: paths.report, content: 'report.json', comment },
    { kind: 'file', path: paths.comment, content: 'comment.md', comment },
    { kind: 'file', path: paths.summary, content: 'summary.md', comment },
    { kind: 'job-summary' },
    { kind: 'annotations', configPath: context.configPath, changedFiles },
    {
      kind: 'record',
      dir: context.recordDir,
      workDir: paths.work,
      runs: context.runs,
      ...(context.runsFile ? { runsFile: context.runsFile } : {}),
      plan,
      baseline: context.baseline,
      comment,
    },
    {
      kind: 'history-append',
      repoRoot: context.repoRoot,
      history: config.history,
      runs: context.runs,
      plan,
      ...(context.coverage ? { coverage: context.coverage } : {}),
    },
  );
  if (context.attempts) effects.push({ kind: 'attempts-record', ...context.attempts, runs: context.runs });
  if (context.html)
    effects.push({
      kind: 'file',
      path: join(paths.root, 'comment.html'),
      content: 'comment.html',
      comment,
      title: `testops — ${event.headSha.slice(0, 7)}`,
    });
  const failed = failedGatesLine(report);
  if (failed) effects.push({ kind: 'verdict-log', level: context.failOnGates ? 'error' : 'warning', message: failed });
  if (context.terminal) effects.push({ kind: 'terminal', ...context.terminal });
  if (context.outputs)
    effects.push({
      kind: 'outputs',
      values: { conclusion: report.conclusion, report: paths.report, 'cache-key': plan.cache.key },
    });
  return effects;
}

/**
 * The effects of `mode: comment`: the comment of an uploaded report, and its check run, on the pull
 * request the trusted job resolved (none: only the outputs). The report's event is the trusted one.
 */
export function planCommentEffects(
  report: Report,
  context: { pr?: number; commentMode: CommentMode; commentId?: string; checkRun: CheckRunSetting; configPath: string },
): Effect[] {
  const repo = report.event.repo;
  const effects: Effect[] = [];
  if (repo && context.pr) {
    // the uploaded conclusion is untrusted: anything but success counts as a failure
    const comment = context.commentId ? { commentId: context.commentId } : {};
    effects.push(commentEffect(repo, context.pr, context.commentMode, report.conclusion !== 'success', comment));
    // on the PR's head commit, with this job's token (docs/comment.md)
    if (context.checkRun !== 'false') effects.push(checkRunEffect(context.checkRun, context.configPath, context.commentId));
  }
  effects.push({ kind: 'outputs', values: { conclusion: report.conclusion } });
  return effects;
}
