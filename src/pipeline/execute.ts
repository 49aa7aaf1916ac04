/**
 * Applying effects (src/pipeline/effects.ts), one executor per environment:
 * - the Action: GitHub (issues, comment, check run), files, the job summary, annotations, outputs;
 * - the CLI: files and the terminal only;
 * - `mode: comment`: the comment and the check run of an uploaded report, and outputs.
 * An executor returns what happened (links, problems) as a PublishOutcome; the report it was given
 * is never changed. What it renders (comment, summary, files) comes from the final report so far:
 * the report with every link and problem that earlier effects produced.
 */
import { writeBaseline } from '../baseline/index.js';
import { syncFlakyIssues } from '../flaky/index.js';
import { describeGitHubError, type GitHubClient } from '../github/client.js';
import { commentsApi, upsertStickyComment } from '../github/comments.js';
import { flakyIssuesApi } from '../github/issues.js';
import { storeRunRecord } from '../history/store-step.js';
import type { Report } from '../model.js';
import { writeRecord } from '../record/index.js';
import {
  type AnnotationRoom,
  type CommentOptions,
  collectAnnotations,
  fitToStep,
  renderComment,
  renderHtmlPage,
  renderSummary,
} from '../render/index.js';
import { renderTerminal } from '../render/terminal.js';
import type { Log } from '../util/log.js';
import { recordAttempt } from './attempts.js';
import { publishReportCheckRun } from './check-run.js';
import { type Effect, type EffectKind, emptyOutcome, finalReport, outcomeOutputs, type PublishOutcome } from './effects.js';
import { writeJson, writeText } from './files.js';
import { releaseMemory } from '../util/memory.js';

/** What an effect handler sees: the report as built, the outcome so far, and renderings of the final report so far. */
export interface ExecutionState {
  readonly built: Report;
  readonly outcome: PublishOutcome;
  /** the report with the outcome so far merged in (a new object; `built` is untouched) */
  current(): Report;
  comment(options: CommentOptions): string;
  summary(): string;
}

type Handler<K extends EffectKind> = (effect: Extract<Effect, { kind: K }>, state: ExecutionState) => void | Promise<void>;
export type Executor = { [K in EffectKind]: Handler<K> };

function executionState(built: Report, outcome: PublishOutcome): ExecutionState {
  let merged: { key: string; report: Report; renders: Map<string, string> } | undefined;
  const current = () => {
    const key = `${outcome.problems.length}/${Object.keys(outcome.issueLinks).length}`;
    if (merged?.key !== key) merged = { key, report: finalReport(built, outcome), renders: new Map() };
    return merged;
  };
  const rendered = (key: string, render: (report: Report) => string) => {
    const state = current();
    let text = state.renders.get(key);
    if (text === undefined) {
      text = render(state.report);
      state.renders.set(key, text);
    }
    return text;
  };
  return {
    built,
    outcome,
    current: () => current().report,
    comment: (options) => rendered(`comment ${JSON.stringify(options)}`, (report) => renderComment(report, options)),
    summary: () => rendered('summary', renderSummary),
  };
}

/** Apply the effects in order; returns the final report (built + outcome) and the outcome. */
export async function applyEffects(
  built: Report,
  effects: readonly Effect[],
  executor: Executor,
): Promise<{ report: Report; outcome: PublishOutcome }> {
  const outcome = emptyOutcome();
  const state = executionState(built, outcome);
  for (const effect of effects) await (executor[effect.kind] as Handler<EffectKind>)(effect, state);
  return { report: state.current(), outcome };
}

const githubProblem = (outcome: PublishOutcome, message: string): void => {
  outcome.problems.push({ kind: 'github', message });
};

/** Effects on files and the log, the same in every environment. */
function localHandlers(
  log: Log,
): Pick<Executor, 'baseline-write' | 'file' | 'record' | 'history-append' | 'attempts-record' | 'verdict-log'> {
  return {
    'baseline-write'(effect, { built, outcome }) {
      writeBaseline(effect.dir, effect.baseline);
      outcome.baselineUpdated = true;
      log.info(`baseline updated for ${built.event.headSha.slice(0, 7)} → ${effect.dir}`);
    },
    file(effect, state) {
      if (effect.content === 'report.json') writeJson(effect.path, state.current());
      else if (effect.content === 'summary.md') writeText(effect.path, state.summary());
      else if (effect.content === 'comment.md') writeText(effect.path, state.comment(effect.comment));
      else {
        writeText(effect.path, renderHtmlPage(state.comment(effect.comment), effect.title));
        log.info(`rendered comment → ${effect.path}`);
      }
    },
    // the record is for people: failing to write it is said, and never changes the verdict
    async record(effect, state) {
      // the renders of the comment and summary go before the record makes its own
      releaseMemory();
      const record = await writeRecord(effect.dir, {
        report: state.current(),
        runs: effect.runs,
        ...(effect.runsFile ? { runsFile: effect.runsFile } : {}),
        plan: effect.plan,
        baseline: effect.baseline,
        comment: state.comment(effect.comment),
        summary: state.summary(),
        workDir: effect.workDir,
      }).catch((error: Error) => {
        log.warning(`testops report: the run's record (report.html, bundle.zip) could not be written: ${error.message}`);
        return undefined;
      });
      if (record)
        state.outcome.record = { html: record.html, warroom: record.warroom, bundle: record.bundle, anomalies: record.anomalies.length };
    },
    // bookkeeping, never the verdict
    async 'history-append'(effect, state) {
      const stored = await storeRunRecord({
        repoRoot: effect.repoRoot,
        history: effect.history,
        report: state.current(),
        runs: effect.runs,
        plan: effect.plan,
        ...(effect.coverage ? { coverage: effect.coverage } : {}),
        log,
      });
      if (stored) state.outcome.historyCommit = stored.commit;
    },
    'attempts-record'(effect, { outcome }) {
      recordAttempt(effect.dir, effect.runs, effect.attempt);
      outcome.attemptsKey = effect.key;
    },
    'verdict-log'(effect) {
      log[effect.level](effect.message);
    },
  };
}

/** The effects on GitHub, with the step's token. */
function githubHandlers(
  github: GitHubClient | undefined,
  log: Log,
  options: { identityLog?: boolean } = {},
): Pick<Executor, 'flaky-issues' | 'comment' | 'check-run'> {
  return {
    async 'flaky-issues'(effect, { built, outcome }) {
      if (!github) return githubProblem(outcome, 'flaky-test issues not updated: no github-token');
      try {
        const result = await syncFlakyIssues({
          api: flakyIssuesApi(github),
          owner: effect.repo.owner,
          repo: effect.repo.repo,
          entries: built.flaky,
          runs: effect.runs,
          baseline: effect.baseline,
          event: built.event,
          config: effect.config,
          ...(built.runUrl ? { runUrl: built.runUrl } : {}),
          now: new Date(effect.now),
          log,
          ...(effect.tree ? { tree: effect.tree } : {}),
          ...(effect.scopes ? { scopes: effect.scopes } : {}),
          ...(effect.mergeBaseAt ? { mergeBaseAt: effect.mergeBaseAt } : {}),
        });
        Object.assign(outcome.issueLinks, result.links);
        for (const problem of result.problems) githubProblem(outcome, problem);
      } catch (error) {
        // a problem of the report: shown once, as its annotation and in the summary
        githubProblem(outcome, `flaky-test issues not updated: ${describeGitHubError(error)}`);
      }
    },
    async comment(effect, state) {
      if (!github) return githubProblem(state.outcome, 'PR comment not posted: no github-token');
      try {
        const result = await upsertStickyComment({
          api: commentsApi(github, options.identityLog ? { log } : {}),
          owner: effect.repo.owner,
          repo: effect.repo.repo,
          issue: effect.pr,
          body: state.comment(effect.comment),
          ...(effect.comment.commentId ? { commentId: effect.comment.commentId } : {}),
          mode: effect.mode,
          failed: effect.failed,
          log,
        });
        if (result.url) state.outcome.commentUrl = result.url;
        state.outcome.commentAction = result.action;
        log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
      } catch (error) {
        githubProblem(state.outcome, `PR comment not posted: ${describeGitHubError(error)}`);
      }
    },
    async 'check-run'(effect, state) {
      const result = await publishReportCheckRun({
        report: state.current(),
        setting: effect.setting,
        ...(github ? { octokit: github } : {}),
        ...(effect.commentId ? { commentId: effect.commentId } : {}),
        configPath: effect.configPath,
        changedFiles: effect.changedFiles,
        readOnly: effect.readOnly,
        log,
      });
      if (result.url) state.outcome.checkRunUrl = result.url;
      if (result.name) state.outcome.checkRunName = result.name;
      for (const problem of result.problems) githubProblem(state.outcome, problem);
    },
  };
}

/** What the Action's executor writes to besides files. */
export interface ActionEdges {
  github?: GitHubClient;
  log: Log;
  /** appends to the job summary (GITHUB_STEP_SUMMARY) */
  jobSummary(markdown: string): Promise<void>;
  setOutputs(values: Record<string, string | number | boolean | undefined>): void;
  /** workflow-command annotations of each level the step may still write */
  annotationRoom?: () => AnnotationRoom;
}

/** The Action: GitHub, files, the job summary, annotations and step outputs. */
export function actionExecutor(edges: ActionEdges): Executor {
  const { log } = edges;
  return {
    ...localHandlers(log),
    ...githubHandlers(edges.github, log),
    // awaited: a summary write that fails is the step's error, not an unhandled rejection after it
    'job-summary': async (_effect, state) => edges.jobSummary(state.summary()),
    annotations(effect, state) {
      const annotations = collectAnnotations(state.current(), effect.configPath, { changedFiles: effect.changedFiles });
      const name = state.outcome.checkRunName;
      const listedIn = name ? `the job summary and in the check run "${name}"` : 'the job summary';
      for (const annotation of fitToStep(annotations, { listedIn, ...(edges.annotationRoom ? { room: edges.annotationRoom() } : {}) })) {
        log[annotation.level](annotation.message, {
          ...(annotation.file ? { file: annotation.file } : {}),
          ...(annotation.line ? { line: annotation.line } : {}),
          ...(annotation.title ? { title: annotation.title } : {}),
        });
      }
    },
    terminal() {},
    outputs: (effect, { outcome }) => edges.setOutputs({ ...effect.values, ...outcomeOutputs(outcome) }),
  };
}

/** `mode: comment`: only the comment and the check run of an uploaded report, with the trusted job's token, and outputs. */
export function commentModeExecutor(edges: Pick<ActionEdges, 'github' | 'log' | 'setOutputs'>): Executor {
  const refuse = (effect: Effect) => {
    throw new Error(`mode comment applies no ${effect.kind} effect`);
  };
  return {
    'baseline-write': refuse,
    file: refuse,
    record: refuse,
    'history-append': refuse,
    'attempts-record': refuse,
    'verdict-log': refuse,
    'job-summary': refuse,
    annotations: refuse,
    terminal: refuse,
    // flaky-test issues are the testing run's business, never an uploaded report's
    ...githubHandlers(edges.github, edges.log, { identityLog: true }),
    'flaky-issues': refuse,
    outputs: (effect, { outcome }) =>
      edges.setOutputs({ ...effect.values, 'comment-url': outcome.commentUrl, 'check-run-url': outcome.checkRunUrl }),
  };
}

/** What the CLI's executor writes to besides files. */
export interface CliEdges {
  log: Log;
  stdout(text: string): void;
  color: boolean;
  columns?: number;
}

/** The CLI: files and the terminal only (a laptop has no token, no job summary, no outputs). */
export function cliExecutor(edges: CliEdges): Executor {
  const { log } = edges;
  const local = localHandlers(log);
  const noGitHub = (effect: Effect, state: ExecutionState) => githubProblem(state.outcome, `${effect.kind}: not written from a laptop`);
  return {
    ...local,
    async record(effect, state) {
      await local.record(effect, state);
      const written = state.outcome.record;
      if (written) log.info(`report.html, warroom.ndjson (${written.anomalies} anomalies), bundle.zip → ${effect.dir}`);
    },
    'flaky-issues': noGitHub,
    comment: noGitHub,
    'check-run': noGitHub,
    // summary.md holds it; annotations are for a workflow's log; the terminal shows the failing gates
    'job-summary'() {},
    annotations() {},
    'verdict-log'() {},
    outputs() {},
    terminal(effect, state) {
      const report = state.current();
      if (effect.format === 'json') edges.stdout(`${JSON.stringify(report, null, 2)}\n`);
      // --quiet always prints the verdict line (and the failing gates), whatever the format
      else if (effect.format === 'md' && !effect.quiet) edges.stdout(`${state.comment({})}\n`);
      else
        edges.stdout(
          renderTerminal(report, {
            color: edges.color,
            quiet: effect.quiet,
            reportPath: effect.reportPath,
            ...(edges.columns ? { width: edges.columns } : {}),
          }),
        );
    },
  };
}
