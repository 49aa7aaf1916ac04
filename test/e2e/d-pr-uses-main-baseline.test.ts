import { afterEach, beforeEach, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, runPush, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it("d. the next PR restores main's baseline and compares against it, with its provenance in the comment", async () => {
  const mainHead = await commitOnBranch(
    world,
    'main',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// on main\n' },
    'main moves',
  );
  const push = await runPush(world, { before: world.mainSha, after: mainHead, runId: 1600 });
  expect(push.status, explain(push)).toBe('success');
  const savedKey = push.outputs['cache-key'];

  const head = await commitOnBranch(
    world,
    'feature',
    mainHead,
    { path: 'packages/web/src/format.mjs', append: '// on the PR\n' },
    'PR change',
  );
  const run = await runPullRequest(world, { number: 11, headRef: 'feature', headSha: head, baseSha: mainHead, runId: 1601 });
  expect(run.status, explain(run)).toBe('success');

  // restored from main's scope through the restore-keys prefix (the primary key is this run's)
  expect(run.step('restore').outputs).toMatchObject({ 'cache-hit': 'false', 'cache-matched-key': savedKey });
  const [comment] = stickyComments(world, 11);
  expect(comment?.body).toContain(`Baseline: \`main\` at [\`${mainHead.slice(0, 7)}\`](https://github.com/acme/demo/commit/${mainHead})`);
  expect(comment?.body).not.toContain('No baseline was found');
  expect(run.summary).toContain(`Baseline: \`main\` at`);
  // a PR never writes the baseline
  expect(run.steps.find((s) => s.name === 'Save the testops baseline')?.outcome).toBe('skipped');
  expect(world.cache.entries().map((e) => e.scope)).toEqual(['refs/heads/main']);
  world.github.assertNoViolations();
});
