import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionRun } from '../harness/runner.js';
import { calls, commitOnBranch, explain, runPullRequest, runPush, startWorld, stickyComments, type World } from './world.js';
import { artifactDir, countsOf, keepFile, planFileOf, readReport } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

/** One job of the workflow: a push to main or a PR run, with the given inputs. */
type Job = (inputs: Record<string, string>, runAttempt?: number) => Promise<ActionRun>;

/**
 * The recipe of docs/sharding.md: a plan job outputs the matrix; one `mode: run` job per shard
 * uploads runs.json (and plan.json, which spares the report job planning again); the report job
 * downloads them all into one directory (a sub-directory per artifact, as actions/download-artifact
 * does with a pattern) and merges.
 */
async function planAndShards(
  job: Job,
  options: { uploadPlan: boolean },
): Promise<{ plan: ActionRun; shards: ActionRun[]; runsDir: string }> {
  const plan = await job({ mode: 'plan', shards: '3' });
  expect(plan.status, explain(plan)).toBe('success');
  const matrix = JSON.parse(plan.outputs.matrix ?? '') as { shard: string[] };
  expect(matrix).toEqual({ shard: ['1/3', '2/3', '3/3'] });
  // the plan job runs nothing
  expect(plan.steps.filter((s) => s.outcome !== 'skipped').map((s) => s.id)).toEqual(['keys', 'restore', 'plan']);

  const runsDir = artifactDir(world, 'shard-runs');
  const shards: ActionRun[] = [];
  for (const [index, shard] of matrix.shard.entries()) {
    const run = await job({ mode: 'run', shard });
    expect(run.status, explain(run)).toBe('success');
    expect(run.steps.filter((s) => s.outcome !== 'skipped').map((s) => s.id)).toEqual(['keys', 'restore', 'plan', 'run']);
    const artifact = join(runsDir, `testops-runs-${index}`);
    keepFile(run.outputs.runs, artifact);
    if (options.uploadPlan && index === 0) keepFile(planFileOf(run), artifact);
    shards.push(run);
  }
  return { plan, shards, runsDir };
}

const selectedBy = (run: ActionRun) => JSON.parse(run.outputs['selected-suites'] ?? '[]') as string[];

// Four action runs per case (plan, three shards, the merge) on a shared two-core machine: 60 s was
// the whole margin.
describe('l. shard matrix: plan → 3 shards → one merged report', () => {
  it('on a push to main: the shards split the suites, the merge equals an unsharded run, one baseline save', async () => {
    const after = await commitOnBranch(
      world,
      'main',
      world.mainSha,
      { path: 'packages/web/src/format.mjs', append: '\n// on main\n' },
      'main moves',
    );
    const job: Job = (inputs) => runPush(world, { before: world.mainSha, after, runId: 1700, inputs });
    const { plan, shards, runsDir } = await planAndShards(job, { uploadPlan: true });

    // every selected suite runs on exactly one shard
    const perShard = shards.map(selectedBy);
    const all = selectedBy(plan);
    expect(all).toHaveLength(5);
    expect(perShard.flat().sort()).toEqual([...all].sort());
    expect(perShard.filter((suites) => suites.length > 0).length).toBeGreaterThan(1);
    // no shard saves a baseline or writes a report
    for (const shard of shards) expect(shard.steps.find((s) => s.name === 'Save the testops baseline')?.outcome).toBe('skipped');
    expect(world.cache.entries()).toEqual([]);

    const report = await job({ mode: 'report', runs: runsDir });
    expect(report.status, explain(report)).toBe('success');
    expect(report.log).toMatch(/merged 3 shard result files/);
    const merged = readReport(report.outputs.report);
    expect(merged.suites.filter((s) => s.selected).map((s) => s.name)).toEqual(expect.arrayContaining(all));
    // one baseline save, under the key the report step output
    const key = report.outputs['cache-key'];
    expect(report.step('report').outputs['baseline-updated']).toBe('true');
    expect(world.cache.entries().map((e) => [e.key, e.scope, e.finalized])).toEqual([[key, 'refs/heads/main', true]]);

    // the same commit unsharded
    const full = await runPush(world, { before: world.mainSha, after, runId: 1701 });
    expect(full.status, explain(full)).toBe('success');
    const unsharded = readReport(full.outputs.report);
    expect(unsharded.totals.tests).toBeGreaterThan(0);
    expect(countsOf(merged.totals)).toEqual(countsOf(unsharded.totals));
    const perSuite = (r: typeof merged) =>
      Object.fromEntries(r.suites.filter((s) => s.selected).map((s) => [s.name, { status: s.status, ...countsOf(s.tests) }]));
    expect(perSuite(merged)).toEqual(perSuite(unsharded));
    // the unsharded run restored the baseline the merged report saved
    expect(full.step('restore').outputs['cache-matched-key']).toBe(key);
    expect(calls(world).some((c) => c.includes('comment'))).toBe(false);
    world.github.assertNoViolations();
  });

  it('on a PR, with a failing test and no plan.json uploaded: shards write no comment, the merge writes one and fails like the unsharded run', async () => {
    const head = await commitOnBranch(
      world,
      'feature',
      world.mainSha,
      {
        path: 'packages/core/test/money.test.mjs',
        append: "\ntest('sharded failure', () => { throw new Error('broken on purpose'); });\n",
      },
      'core test breaks',
    );
    const job: Job = (inputs) => runPullRequest(world, { number: 71, headRef: 'feature', headSha: head, baseSha: world.mainSha, inputs });
    // the unsharded run first, writing no comment of its own
    const full = await job({ 'comment-mode': 'off' });
    expect(full.outputs.conclusion, explain(full)).toBe('failure');
    expect(stickyComments(world, 71)).toEqual([]);

    const { shards, runsDir } = await planAndShards(job, { uploadPlan: false });
    const created = () => calls(world).filter((c) => c.startsWith('POST issues/create-comment'));
    expect(created()).toEqual([]);
    for (const shard of shards) expect(shard.outputs['comment-url']).toBe('');

    const report = await job({ mode: 'report', runs: runsDir });

    expect(report.status).toBe('failure');
    expect(report.outputs.conclusion).toBe('failure');
    const merged = readReport(report.outputs.report);
    const unsharded = readReport(full.outputs.report);
    expect(countsOf(merged.totals)).toEqual(countsOf(unsharded.totals));
    expect(merged.totals.failed).toBe(1);
    expect(merged.failures.map((f) => f.name)).toEqual(unsharded.failures.map((f) => f.name));
    const comments = stickyComments(world, 71);
    expect(comments).toHaveLength(1);
    expect(created()).toEqual(['POST issues/create-comment 201']);
    expect(comments[0]?.body).toMatch(/sharded failure/);
    // a PR never saves the baseline (a failing run does keep its attempt record for re-runs)
    expect(world.cache.entries().filter((entry) => !entry.key.startsWith('testops-v1-attempts-'))).toEqual([]);
    world.github.assertNoViolations();
  });

  it('a tampered plan.json from a shard cannot make a PR run write the baseline nor pick the config: the event and the config come from the report job', async () => {
    const head = await commitOnBranch(
      world,
      'feature',
      world.mainSha,
      { path: 'packages/web/src/format.mjs', append: '\n// tamper\n' },
      'web change',
    );
    const job: Job = (inputs) => runPullRequest(world, { number: 72, headRef: 'feature', headSha: head, baseSha: world.mainSha, inputs });
    const shard = await job({ mode: 'run', shard: '1/1' });
    expect(shard.status, explain(shard)).toBe('success');
    const runsDir = artifactDir(world, 'tampered');
    const artifact = join(runsDir, 'testops-runs-0');
    keepFile(shard.outputs.runs, artifact);
    // the shard job's code (the PR's) rewrites the plan it uploads: a push to the default branch
    const planPath = keepFile(planFileOf(shard), artifact);
    const plan = JSON.parse(readFileSync(planPath, 'utf8'));
    const { prNumber: _pr, prHeadSha: _head, baseRef: _base, ...rest } = plan.event;
    plan.event = { ...rest, name: 'push', ref: 'refs/heads/main', branch: 'main', isDefaultBranch: true, isFork: false };
    plan.cache = { key: 'testops-v1-main-1-1', restoreKeys: ['testops-v1-main-'] };
    // …and names a config of its own: the report job reads the one it checked out
    const foreignConfig = join(artifact, 'foreign-testops.yml');
    writeFileSync(foreignConfig, 'not: a testops config\n');
    plan.configPath = foreignConfig;
    writeFileSync(planPath, JSON.stringify(plan));

    const report = await job({ mode: 'report', runs: runsDir });
    expect(report.status, explain(report)).toBe('success');
    expect(report.step('report').outputs['baseline-updated']).not.toBe('true');
    expect(report.outputs['cache-key']).not.toBe('testops-v1-main-1-1');
    expect(report.outputs['cache-key']).toMatch(/^testops-v1-feature-/);
    expect(world.cache.entries().filter((entry) => !entry.key.startsWith('testops-v1-attempts-'))).toEqual([]);
    // the report is the PR's: its comment is on the PR
    expect(stickyComments(world, 72)).toHaveLength(1);
    expect(readReport(report.outputs.report).event).toMatchObject({ name: 'pull_request', prNumber: 72, isDefaultBranch: false });
    world.github.assertNoViolations();
  });
});
