/**
 * Planning: config + event + changed files → plan.json (which suites run and why, the seed,
 * the shard, the cache keys). Shared by the action's plan step and the CLI.
 */
import { readBaseline } from '../baseline/index.js';
import { cacheKeys } from '../baseline/index.js';
import { planEarlyRepeats } from '../flaky/early.js';
import type { Config } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import {
  matrixFor,
  pullFilesApi,
  buildImportGraph,
  previousTexts,
  detectChanges,
  fullRunReason,
  listTestFiles,
  type PullFilesApi,
  parseShard,
  type ShardSpec,
  selectSuites,
  shardSuites,
} from '../impact/index.js';
import type { EventInfo, Plan, Problem } from '../model.js';
import { deriveSeed } from '../runner/index.js';
import type { Clock } from '../util/clock.js';
import { createGit } from '../util/git.js';
import type { Log } from '../util/log.js';
import { restoreBaselineFromHistory } from '../history/rebuild.js';
import type { SetOutputs, StepContext } from '../steps/common.js';
import { systemClock } from '../util/clock.js';
import { resolveVariant } from '../util/variant.js';
import { writeJson } from './files.js';
import { pushAll } from '../util/arrays.js';

export interface PlanInput {
  repoRoot: string;
  configPath?: string;
  event: EventInfo;
  /** compare with this ref instead of the event's base */
  baseRef?: string;
  headRef?: string;
  shard?: { index: number; total: number };
  /** the full-run input */
  fullRun?: boolean;
  /** who asked for the full run, as the reason says it (default "the full-run input"; the CLI says "--full") */
  fullRunSource?: string;
  baselineDir: string;
  /** overrides the configured and derived seed (--seed, or TEST_SEED in the environment) */
  seed?: string;
  pullFiles?: PullFilesApi;
  /** the matrix leg (resolveVariant): part of the baseline cache key */
  variant?: string;
  log: Log;
  clock: Clock;
}

export interface PlanResult {
  plan: Plan;
  config: Config;
  configPath: string;
}

/** The shard input: "" → no sharding; "2/3" → {index: 2, total: 3}; anything else a usage error. */
export function shardInput(text: string | undefined): ShardSpec | undefined {
  return text?.trim() ? parseShard(text) : undefined;
}

export async function makePlan(input: PlanInput): Promise<PlanResult> {
  const { config, path: configPath } = loadConfig(input.repoRoot, input.configPath);
  const git = createGit(input.repoRoot);
  const problems: Problem[] = [];
  const { event } = input;

  const changes = await detectChanges({ event, git, api: input.pullFiles, baseRef: input.baseRef, headRef: input.headRef, log: input.log });
  pushAll(problems, changes.problems);
  // input- and event-driven full runs; selectSuites adds the config-driven ones (default branch, PR label)
  const requested = input.fullRun ? `requested by ${input.fullRunSource ?? 'the full-run input'}` : changes.full;
  const full = requested ?? fullRunReason(config, event) ?? undefined;

  const { baseline } = readBaseline(input.baselineDir, { maxAgeSeconds: config.baseline['max-age'], now: input.clock.now() });
  const needsGraph = Object.values(config.suites).some((suite) => suite.impact === 'imports');
  const importGraph = needsGraph && !full ? await buildImportGraph(input.repoRoot) : undefined;
  // the changed JS/TS files at the merge base: a change inside function bodies is followed by binding
  const previous = importGraph ? await previousTexts(git, changes.mergeBase, changes.files) : undefined;
  const seed = deriveSeed(config, event.headSha, input.seed);

  let suites = selectSuites({
    config,
    configPath,
    changed: changes.files,
    ...(requested ? { full: requested } : {}),
    event,
    repoRoot: input.repoRoot,
    importGraph,
    previous,
  });
  if (input.shard && input.shard.total > 1) suites = shardSuites(suites, input.shard, baseline, await listTestFiles(git, config, suites));
  // early flake detection: the test files this change adds or modifies run again (not on full runs of the default branch)
  suites = planEarlyRepeats({ config, suites, changed: changes.files, event, baseline, repoRoot: input.repoRoot });

  const plan: Plan = {
    version: 1,
    createdAt: input.clock.now().toISOString(),
    configPath,
    repoRoot: input.repoRoot,
    event,
    changedFiles: changes.files,
    changedSource: changes.source,
    full: full !== undefined,
    ...(full !== undefined ? { fullReason: full } : {}),
    ...(changes.mergeBase ? { mergeBase: changes.mergeBase } : {}),
    suites,
    ...(input.shard ? { shard: input.shard } : {}),
    seed,
    cache: eventCacheKeys(event, input.variant),
    problems,
  };
  return { plan, config, configPath };
}

/** The baseline cache keys of a run, from its event (the branch it saves under, the branches it restores from). */
export function eventCacheKeys(event: EventInfo, variant?: string): Plan['cache'] {
  return cacheKeys({
    branch: event.branch ?? 'local',
    baseBranch: event.baseRef,
    defaultBranch: event.defaultBranch ?? 'main',
    runId: event.runId ?? 'local',
    runAttempt: event.runAttempt ?? 1,
    ...(variant ? { variant } : {}),
  });
}

/** The action's plan step: plan.json and the plan outputs (src/steps/plan.ts). */
export async function planImpl(context: StepContext, setOutputs: SetOutputs): Promise<number> {
  const { log, event } = context;
  const { inputs } = context;
  const octokit = context.octokit();
  // history.store: branch — a baseline the cache lost is rebuilt from the data branch
  await restoreBaselineFromHistory({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    baselineDir: context.paths.baseline,
    ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
    log,
  });
  const { plan } = await makePlan({
    repoRoot: context.repoRoot,
    configPath: inputs.config,
    event,
    baseRef: inputs['base-ref'],
    shard: inputs.shard,
    fullRun: inputs['full-run'],
    baselineDir: context.paths.baseline,
    variant: resolveVariant(process.env),
    ...(process.env.TEST_SEED ? { seed: process.env.TEST_SEED } : {}),
    ...(octokit && event.repo && !event.isFork ? { pullFiles: pullFilesApi(octokit) } : {}),
    log,
    clock: systemClock,
  });
  writeJson(context.paths.plan, plan);

  log.group(`testops plan: ${plan.suites.filter((s) => s.selected).length} of ${plan.suites.length} suites selected`);
  for (const suite of plan.suites) log.info(`${suite.selected ? '✓ run ' : '– skip'} ${suite.name}: ${suite.reasons.join('; ')}`);
  if (plan.changedFiles) log.info(`${plan.changedFiles.length} changed files (from ${plan.changedSource})`);
  log.info(`TEST_SEED=${plan.seed}`);
  log.endGroup();
  for (const problem of plan.problems) log.warning(problem.message);

  setOutputs({
    'selected-suites': JSON.stringify(plan.suites.filter((suite) => suite.selected).map((suite) => suite.name)),
    'skipped-suites': JSON.stringify(
      plan.suites.filter((suite) => !suite.selected).map((suite) => ({ name: suite.name, reason: suite.reasons.join('; ') })),
    ),
    matrix: JSON.stringify(matrixFor(inputs.shards)),
    'cache-key': plan.cache.key,
    seed: plan.seed,
    plan: context.paths.plan,
  });
  return 0;
}
