import { afterEach, beforeEach, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, runPush, startWorld, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('c. a push to main saves the baseline to the cache', async () => {
  const after = await commitOnBranch(
    world,
    'main',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// on main\n' },
    'main moves',
  );
  const run = await runPush(world, { before: world.mainSha, after, runId: 1500 });
  expect(run.status, explain(run)).toBe('success');

  const save = run.steps.find((s) => s.name === 'Save the testops baseline');
  expect(save?.outcome, explain(run)).toBe('success');
  expect(run.step('report').outputs['baseline-updated']).toBe('true');
  const key = run.outputs['cache-key'];
  expect(key).toMatch(/^testops-v1-main-/);
  // saved by the real @actions/cache into the main branch's scope, under the key the report step chose
  expect(world.cache.entries()).toEqual([expect.objectContaining({ key, scope: 'refs/heads/main', finalized: true })]);
  expect(world.cache.entries()[0]?.sizeBytes).toBeGreaterThan(0);
  // nothing restored the first time: the restore step ran and found nothing
  expect(run.step('restore').outputs['cache-matched-key']).toBeUndefined();
  // a push has no pull request: no comment was written
  expect(calls(world).some((c) => c.includes('comment'))).toBe(false);
  world.github.assertNoViolations();
});
