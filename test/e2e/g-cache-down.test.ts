import { afterEach, beforeEach, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, runPush, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('g. the cache service is down: the comment says the baseline is missing, and the run still completes', async () => {
  // main did save a baseline; then the service goes away (connection refused)
  const mainHead = await commitOnBranch(
    world,
    'main',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// on main\n' },
    'main moves',
  );
  expect((await runPush(world, { before: world.mainSha, after: mainHead, runId: 1700 })).status).toBe('success');
  expect(world.cache.entries()).toHaveLength(1);
  await world.cache.setMode('refused');

  const head = await commitOnBranch(world, 'feature', mainHead, { path: 'packages/web/src/format.mjs', append: '// PR\n' }, 'PR change');
  const run = await runPullRequest(world, { number: 41, headRef: 'feature', headSha: head, baseSha: mainHead, runId: 1701 });
  expect(run.status, explain(run)).toBe('success');
  expect(run.steps.filter((s) => s.outcome !== 'skipped').map((s) => `${s.id}:${s.conclusion}`)).toEqual([
    'keys:success',
    'restore:success',
    'plan:success',
    'run:success',
    'report:success',
  ]);
  expect(run.step('restore').outputs['cache-matched-key']).toBeUndefined();
  expect(run.annotations.some((a) => a.level === 'warning' && /Failed to restore/.test(a.message) && /ECONNREFUSED/.test(a.message))).toBe(
    true,
  );
  const [comment] = stickyComments(world, 41);
  expect(comment?.body).toContain('No baseline was found');
  expect(comment?.body).not.toContain('Baseline: `main`');
  expect(run.summary).toContain('No baseline was found');
  world.github.assertNoViolations();
});

it('g. a cache service answering 500 is retried by @actions/cache and then treated as missing', async () => {
  await world.cache.setMode('error');
  const head = await commitOnBranch(
    world,
    'feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '// PR\n' },
    'PR change',
  );
  const run = await runPullRequest(world, { number: 42, headRef: 'feature', headSha: head, baseSha: world.mainSha, runId: 1702 });
  expect(run.status, explain(run)).toBe('success');
  expect(stickyComments(world, 42)[0]?.body).toContain('No baseline was found');
  // five attempts with backoff before the library gives up
  expect(
    world.cache
      .requests()
      .filter((r) => r.path.endsWith('/GetCacheEntryDownloadURL'))
      .map((r) => r.status),
  ).toEqual([500, 500, 500, 500, 500]);
});
