import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, FULL_NAME, runPullRequest, startWorld, stickyComments, WRITE_TOKEN, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const PR = 41;

async function push(from: string, note: string): Promise<string> {
  return commitOnBranch(world, 'feature', from, { path: 'packages/web/src/format.mjs', append: `\n// ${note}\n` }, note);
}

async function firstRun(): Promise<{ head: string; commentId: number }> {
  const head = await push(world.mainSha, 'first push');
  const run = await runPullRequest(world, { number: PR, headRef: 'feature', headSha: head, baseSha: world.mainSha });
  expect(run.status, explain(run)).toBe('success');
  const comments = stickyComments(world, PR);
  expect(comments).toHaveLength(1);
  return { head, commentId: comments[0]?.id ?? -1 };
}

/** Resolves once the stand-in has answered a request for `operation` beyond the first `after` ones. */
async function whenAnswered(operation: string, after: number): Promise<void> {
  const seen = () => world.github.requests().filter((r) => r.operation === operation).length;
  const deadline = Date.now() + 60_000;
  while (seen() <= after) {
    if (Date.now() > deadline) throw new Error(`no ${operation} request within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('h. a deleted sticky comment is written again', () => {
  it('deleted between two pushes (by a maintainer, through the API): the next run creates it again', async () => {
    const { head, commentId } = await firstRun();
    const deleted = await fetch(`${world.github.url}/repos/${FULL_NAME}/issues/comments/${commentId}`, {
      method: 'DELETE',
      headers: { authorization: `token ${WRITE_TOKEN}`, accept: 'application/vnd.github+json' },
    });
    expect(deleted.status).toBe(204);
    expect(world.github.state.comments(FULL_NAME, PR)).toEqual([]);

    const second = await push(head, 'second push');
    const run = await runPullRequest(world, { number: PR, headRef: 'feature', headSha: second, baseSha: world.mainSha });
    expect(run.status, explain(run)).toBe('success');
    const comments = stickyComments(world, PR);
    expect(comments).toHaveLength(1);
    expect(world.github.state.comments(FULL_NAME, PR)).toHaveLength(1);
    expect(comments[0]?.id).not.toBe(commentId);
    expect(comments[0]?.body).toContain(second.slice(0, 7));
    expect(run.outputs['comment-url']).toBe(`https://github.com/acme/demo/pull/${PR}#issuecomment-${comments[0]?.id}`);
    // found missing by listing, so created without a failed update first
    expect(calls(world).filter((c) => /comment/.test(c) && !c.startsWith('GET'))).toEqual([
      'POST issues/create-comment 201',
      'DELETE issues/delete-comment 204',
      'POST issues/create-comment 201',
    ]);
    world.github.assertNoViolations();
  });

  it('deleted after the run listed it and before its update landed (404 on update): created again, one comment', async () => {
    const { head, commentId } = await firstRun();
    const listedBefore = world.github.requests().filter((r) => r.operation === 'issues/list-comments').length;
    // hold the update long enough for the deletion below to happen first
    world.github.injectFault({ kind: 'slow', operation: 'issues/update-comment', delayMs: 1500 });
    const second = await push(head, 'second push');
    const running = runPullRequest(world, { number: PR, headRef: 'feature', headSha: second, baseSha: world.mainSha });
    await whenAnswered('issues/list-comments', listedBefore);
    world.github.state.deleteComment(FULL_NAME, commentId);
    const run = await running;

    expect(run.status, explain(run)).toBe('success');
    const writes = calls(world).filter((c) => /comment/.test(c) && !c.startsWith('GET'));
    expect(writes).toEqual(['POST issues/create-comment 201', 'PATCH issues/update-comment 404', 'POST issues/create-comment 201']);
    const comments = stickyComments(world, PR);
    expect(comments).toHaveLength(1);
    expect(world.github.state.comments(FULL_NAME, PR)).toHaveLength(1);
    expect(comments[0]?.id).not.toBe(commentId);
    expect(comments[0]?.body).toContain(second.slice(0, 7));
    expect(run.log).toMatch(/deleted meanwhile; created it again/);
    // handled, not reported as a problem: no error, no warning about the comment
    expect(run.annotations.filter((a) => a.level === 'error' || /comment/i.test(a.message))).toEqual([]);
    world.github.assertNoViolations();
  });
});
