/**
 * The report pipeline, shared by the action's report step and `testops run`: build the report
 * (once; never changed afterwards), plan its effects (pure), apply them with the environment's
 * executor, and return the final report — the built one with what publishing did merged in —
 * which is what report.json holds, written once.
 */
import { mergeBaseTime } from '../flaky/git-facts.js';
import type { Report, RunsFile } from '../model.js';
import type { Clock } from '../util/clock.js';
import type { Git } from '../util/git.js';
import { type Effect, type EffectContext, planEffects, type PublishOutcome, refreshesBaseline } from './effects.js';
import { applyEffects, type Executor } from './execute.js';
import { buildReport, readReportFacts } from './report.js';
import { releaseMemory } from '../util/memory.js';

export interface ReportRunInput
  extends Pick<EffectContext, 'repoRoot' | 'plan' | 'runs' | 'runsFile' | 'config' | 'configPath' | 'paths' | 'recordDir'> {
  /** the restore step's key and outcome, and what to say of a missing baseline */
  baselineKey?: string;
  baselineOutcome?: string;
  missingBaselineReason?: string;
  /** earlier attempts of this workflow run (same tree): flaky evidence */
  previousAttempts?: RunsFile[];
  git: Git;
  clock: Clock;
  /** how to publish: what planEffects needs that is neither the report nor read here */
  publish: Pick<EffectContext, 'github' | 'commentMode' | 'commentId' | 'checkRun' | 'failOnGates' | 'outputs' | 'terminal' | 'html'> & {
    /** refresh the baseline: always, never, or when this is a default-branch run (refreshesBaseline) */
    updateBaseline: boolean | 'default-branch';
    /** keep this attempt's results for a re-run (the action, with a run id) */
    attempts?: (runs: RunsFile) => EffectContext['attempts'];
  };
}

export interface ReportRunResult {
  /** the final report: as built, with the outcome merged in */
  report: Report;
  built: Report;
  effects: Effect[];
  outcome: PublishOutcome;
}

export async function reportRun(input: ReportRunInput, executor: Executor): Promise<ReportRunResult> {
  const { plan, runs, config, git, publish } = input;
  const tree = (await git.run(['rev-parse', `${plan.event.headSha}^{tree}`], { allowFailure: true })).trim() || undefined;
  // the I/O first (the baseline directory, git), then the report, built once
  const facts = await readReportFacts({
    plan,
    runs,
    config,
    baselineDir: input.paths.baseline,
    ...(input.baselineKey ? { baselineKey: input.baselineKey } : {}),
    ...(input.baselineOutcome ? { baselineOutcome: input.baselineOutcome } : {}),
    ...(input.missingBaselineReason ? { missingBaselineReason: input.missingBaselineReason } : {}),
    ...(input.previousAttempts && input.previousAttempts.length > 0 ? { previousAttempts: input.previousAttempts } : {}),
    git,
    ...(tree ? { tree } : {}),
    clock: input.clock,
  });
  const { report, baseline, scopes, coverage } = buildReport({ plan, runs, config, ...facts });
  releaseMemory();
  // a PR whose merge-base predates an issue's closing must not reopen it (asked only when issues are written)
  const issues = publish.github && config.flaky.issues && report.flaky.some((entry) => entry.state !== 'stable');
  const mergeBaseAt = issues && plan.mergeBase ? await mergeBaseTime(git, plan.mergeBase) : undefined;
  const attempts = publish.attempts?.(runs);
  const effects = planEffects(report, {
    repoRoot: input.repoRoot,
    plan,
    runs,
    ...(input.runsFile ? { runsFile: input.runsFile } : {}),
    config,
    configPath: input.configPath,
    baseline,
    scopes,
    ...(coverage ? { coverage } : {}),
    ...(tree ? { tree } : {}),
    ...(mergeBaseAt ? { mergeBaseAt } : {}),
    now: input.clock.now().toISOString(),
    paths: input.paths,
    recordDir: input.recordDir,
    github: publish.github,
    commentMode: publish.commentMode,
    ...(publish.commentId ? { commentId: publish.commentId } : {}),
    checkRun: publish.checkRun,
    updateBaseline: publish.updateBaseline === 'default-branch' ? refreshesBaseline(plan) : publish.updateBaseline,
    ...(attempts ? { attempts } : {}),
    failOnGates: publish.failOnGates,
    outputs: publish.outputs,
    ...(publish.terminal ? { terminal: publish.terminal } : {}),
    ...(publish.html ? { html: true } : {}),
  });
  const applied = await applyEffects(report, effects, executor);
  return { report: applied.report, built: report, effects, outcome: applied.outcome };
}
