import { afterEach, beforeEach, expect, it } from 'vitest';
import { BOT, calls, commitOnBranch, explain, FULL_NAME, runPullRequest, startWorld, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const PR = 91;
const markerOf = (id: string) => `<!-- testops:sticky id=${id} -->`;
const byBot = () => world.github.state.comments(FULL_NAME, PR).filter((c) => c.user === BOT);
const commentWrites = () => calls(world).filter((c) => /comment/.test(c) && !c.startsWith('GET'));

it('n. two testops jobs on one PR (comment-id): one sticky comment each, updated and deleted independently', async () => {
  const first = await commitOnBranch(world, 'feature', world.mainSha, { path: 'packages/web/src/format.mjs', append: '\n// one\n' }, 'one');
  const job = (headSha: string, commentId: string, extra: Record<string, string> = {}) =>
    runPullRequest(world, {
      number: PR,
      headRef: 'feature',
      headSha,
      baseSha: world.mainSha,
      inputs: { 'comment-id': commentId, ...extra },
    });

  for (const id of ['unit', 'e2e']) {
    const run = await job(first, id);
    expect(run.status, explain(run)).toBe('success');
  }
  const [unit, e2e] = byBot();
  expect(byBot()).toHaveLength(2);
  expect(unit?.body.startsWith(markerOf('unit'))).toBe(true);
  expect(e2e?.body.startsWith(markerOf('e2e'))).toBe(true);
  // neither carries the default marker, so a job without comment-id would not take one over
  for (const comment of byBot()) expect(comment.body).not.toContain(markerOf('default'));

  // a second push: each job updates its own comment in place
  const second = await commitOnBranch(world, 'feature', first, { path: 'packages/web/src/format.mjs', append: '\n// two\n' }, 'two');
  const unitAgain = await job(second, 'unit');
  expect(unitAgain.status, explain(unitAgain)).toBe('success');
  expect(unitAgain.outputs['comment-url']).toBe(`https://github.com/acme/demo/pull/${PR}#issuecomment-${unit?.id}`);
  const afterUpdate = byBot();
  expect(afterUpdate.map((c) => c.id)).toEqual([unit?.id, e2e?.id]);
  expect(afterUpdate[0]?.body).toContain(second.slice(0, 7));
  expect(afterUpdate[1]?.body).toBe(e2e?.body);

  // comment-mode off in one job deletes only that job's comment
  const e2eOff = await job(second, 'e2e', { 'comment-mode': 'off' });
  expect(e2eOff.status, explain(e2eOff)).toBe('success');
  expect(byBot().map((c) => c.id)).toEqual([unit?.id]);
  expect(commentWrites()).toEqual([
    'POST issues/create-comment 201',
    'POST issues/create-comment 201',
    'PATCH issues/update-comment 200',
    'DELETE issues/delete-comment 204',
  ]);
  world.github.assertNoViolations();
});
