import { afterEach, beforeEach, expect, it } from 'vitest';
import { BOT, calls, commitOnBranch, explain, FULL_NAME, MARKER, runPullRequest, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('b. a second push updates the same comment, past 250 other comments and a look-alike marker from another user', async () => {
  const first = await commitOnBranch(
    world,
    'feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// first push\n' },
    'first push',
  );
  world.github.state.addPull(FULL_NAME, {
    number: 9,
    user: 'dev',
    head: { ref: 'feature', sha: first },
    base: { ref: 'main', sha: world.mainSha },
  });
  const lookAlike = world.github.state.addComment(FULL_NAME, 9, {
    user: 'mallory',
    body: `${MARKER}\nI copied your marker: please edit me instead`,
  });

  const run1 = await runPullRequest(world, { number: 9, headRef: 'feature', headSha: first, baseSha: world.mainSha });
  expect(run1.status, explain(run1)).toBe('success');
  const [created] = stickyComments(world, 9);
  expect(created).toBeDefined();
  expect(created?.id).not.toBe(lookAlike.id);
  const firstBody = created?.body;

  for (let i = 0; i < 250; i++) world.github.state.addComment(FULL_NAME, 9, { user: i % 2 ? 'reviewer' : BOT, body: `review note ${i}` });

  const second = await commitOnBranch(
    world,
    'feature',
    first,
    { path: 'packages/web/src/format.mjs', append: '// second push\n' },
    'second push',
  );
  const before = world.github.requests().length;
  const run2 = await runPullRequest(world, { number: 9, headRef: 'feature', headSha: second, baseSha: world.mainSha, runId: 3009 });
  expect(run2.status, explain(run2)).toBe('success');

  const ours = stickyComments(world, 9);
  expect(ours.map((c) => c.id)).toEqual([created?.id]);
  expect(ours[0]?.body).not.toBe(firstBody);
  expect(ours[0]?.body).toContain(second.slice(0, 7));
  expect(world.github.state.comments(FULL_NAME, 9)).toHaveLength(252);
  expect(world.github.state.comments(FULL_NAME, 9).find((c) => c.id === lookAlike.id)?.body).toContain('I copied your marker');
  expect(run2.outputs['comment-url']).toBe(`https://github.com/acme/demo/pull/9#issuecomment-${created?.id}`);

  const secondRunCalls = calls(world).slice(before);
  // 252 comments at 100 a page: three pages, followed through the Link header
  expect(secondRunCalls.filter((c) => c.startsWith('GET issues/list-comments'))).toHaveLength(3);
  expect(
    world.github
      .requests()
      .slice(before)
      .filter((r) => r.operation === 'issues/list-comments')
      .map((r) => r.path),
  ).toEqual([
    '/repos/acme/demo/issues/9/comments?per_page=100',
    '/repos/acme/demo/issues/9/comments?per_page=100&page=2',
    '/repos/acme/demo/issues/9/comments?per_page=100&page=3',
  ]);
  expect(secondRunCalls.filter((c) => /create-comment|update-comment|delete-comment/.test(c))).toEqual(['PATCH issues/update-comment 200']);
  world.github.assertNoViolations();
});
