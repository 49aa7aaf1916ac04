import { afterEach, beforeEach, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, runPullRequest, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('f. a rate-limited API (403 + retry-after) is retried and succeeds', async () => {
  const head = await commitOnBranch(
    world,
    'feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// rate limits\n' },
    'change',
  );
  world.github.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/create-comment', retryAfter: 1 });
  world.github.injectFault({ kind: 'secondary-rate-limit', operation: 'issues/list-comments', retryAfter: 1 });
  world.github.injectFault({ kind: 'rate-limit', operation: 'pulls/list-files', retryAfter: 1 });
  const started = Date.now();
  const run = await runPullRequest(world, { number: 31, headRef: 'feature', headSha: head, baseSha: world.mainSha });
  expect(run.status, explain(run)).toBe('success');
  expect(Date.now() - started).toBeGreaterThanOrEqual(3000);

  const seen = calls(world);
  expect(seen.filter((c) => c.includes('pulls/list-files'))).toEqual(['GET pulls/list-files 429', 'GET pulls/list-files 200']);
  // the list is retried after the limit, and read once more after creating (a racing run's comment would show there)
  expect(seen.filter((c) => c.includes('issues/list-comments'))).toEqual([
    'GET issues/list-comments 403',
    'GET issues/list-comments 200',
    'GET issues/list-comments 200',
  ]);
  expect(seen.filter((c) => c.includes('issues/create-comment'))).toEqual([
    'POST issues/create-comment 403',
    'POST issues/create-comment 201',
  ]);
  expect(stickyComments(world, 31)).toHaveLength(1);
  // the changed files still came from the API after the retry, not from a fallback
  expect(JSON.parse(run.outputs['selected-suites'] ?? '')).toEqual(['web', 'smoke']);
  world.github.assertNoViolations();
});
