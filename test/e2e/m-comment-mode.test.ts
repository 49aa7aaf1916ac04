import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, FULL_NAME, runPullRequest, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const HARMLESS = (note: string) => ({ path: 'packages/web/src/format.mjs', append: `\n// ${note}\n` });
const BREAK_A_TEST = {
  path: 'packages/web/test/format.test.mjs',
  append: "\ntest('counts two', () => assert.equal(formatCount(2, 'item'), '2 item'));\n",
};
const FIX_THE_TEST = {
  path: 'packages/web/test/format.test.mjs',
  append: "\ntest('counts two again', () => assert.equal(formatCount(2, 'item'), '2 items'));\n",
};

/** the comment writes (and deletes) the stand-in saw, in order */
const commentWrites = () => calls(world).filter((c) => /comment/.test(c) && !c.startsWith('GET'));

describe('m. comment-mode input', () => {
  it('off deletes the existing testops comment and writes nothing', async () => {
    const first = await commitOnBranch(world, 'feature', world.mainSha, HARMLESS('first'), 'first');
    const created = await runPullRequest(world, { number: 51, headRef: 'feature', headSha: first, baseSha: world.mainSha });
    expect(created.status, explain(created)).toBe('success');
    expect(stickyComments(world, 51)).toHaveLength(1);
    // someone else's comment on the PR stays
    world.github.state.addComment(FULL_NAME, 51, { body: 'looks good to me', user: 'dev' });

    const second = await commitOnBranch(world, 'feature', first, HARMLESS('second'), 'second');
    const off = await runPullRequest(world, {
      number: 51,
      headRef: 'feature',
      headSha: second,
      baseSha: world.mainSha,
      inputs: { 'comment-mode': 'off' },
    });
    expect(off.status, explain(off)).toBe('success');
    expect(stickyComments(world, 51)).toEqual([]);
    expect(world.github.state.comments(FULL_NAME, 51).map((c) => c.body)).toEqual(['looks good to me']);
    expect(commentWrites()).toEqual(['POST issues/create-comment 201', 'DELETE issues/delete-comment 204']);
    expect(off.outputs['comment-url']).toBe('');
    // the report still reaches the job summary
    expect(off.summary).toMatch(/testops/);
    world.github.assertNoViolations();
  });

  it('off with no comment on the PR writes nothing at all', async () => {
    const head = await commitOnBranch(world, 'feature', world.mainSha, HARMLESS('only'), 'only');
    const run = await runPullRequest(world, {
      number: 52,
      headRef: 'feature',
      headSha: head,
      baseSha: world.mainSha,
      inputs: { 'comment-mode': 'off' },
    });
    expect(run.status, explain(run)).toBe('success');
    expect(world.github.state.comments(FULL_NAME, 52)).toEqual([]);
    expect(commentWrites()).toEqual([]);
    world.github.assertNoViolations();
  });

  it('on-failure: no comment on a green run, one on a red run, and that one is updated when it turns green', async () => {
    const inputs = { 'comment-mode': 'on-failure' };
    const green = await commitOnBranch(world, 'feature', world.mainSha, HARMLESS('green'), 'green');
    const first = await runPullRequest(world, { number: 53, headRef: 'feature', headSha: green, baseSha: world.mainSha, inputs });
    expect(first.status, explain(first)).toBe('success');
    expect(first.outputs.conclusion).toBe('success');
    expect(world.github.state.comments(FULL_NAME, 53)).toEqual([]);
    expect(commentWrites()).toEqual([]);

    const red = await commitOnBranch(world, 'feature', green, BREAK_A_TEST, 'red');
    const second = await runPullRequest(world, { number: 53, headRef: 'feature', headSha: red, baseSha: world.mainSha, inputs });
    expect(second.outputs.conclusion, explain(second)).toBe('failure');
    const [failing] = stickyComments(world, 53);
    expect(stickyComments(world, 53)).toHaveLength(1);
    expect(failing?.body).toMatch(/❌/);
    expect(failing?.body).toMatch(/counts two/);

    // back to green: the existing comment is updated so it never shows a stale failure
    await world.git.run('checkout', '-q', 'feature');
    await world.git.run('revert', '--no-edit', 'HEAD');
    const fixed = await commitOnBranch(world, 'feature', 'feature', FIX_THE_TEST, 'green again');
    const third = await runPullRequest(world, { number: 53, headRef: 'feature', headSha: fixed, baseSha: world.mainSha, inputs });
    expect(third.status, explain(third)).toBe('success');
    const after = stickyComments(world, 53);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(failing?.id);
    expect(after[0]?.body).not.toMatch(/❌/);
    expect(after[0]?.body).toMatch(/✅/);
    expect(commentWrites()).toEqual(['POST issues/create-comment 201', 'PATCH issues/update-comment 200']);
    world.github.assertNoViolations();
  });

  it('an unknown comment-mode is a one-line error naming the input', async () => {
    const head = await commitOnBranch(world, 'feature', world.mainSha, HARMLESS('typo'), 'typo');
    const run = await runPullRequest(world, {
      number: 54,
      headRef: 'feature',
      headSha: head,
      baseSha: world.mainSha,
      inputs: { 'comment-mode': 'sometimes' },
    });
    expect(run.status).toBe('failure');
    // found by the plan step, before any suite runs; a user error: exit 2
    expect(run.step('plan')).toMatchObject({ outcome: 'failure', exitCode: 2 });
    expect(run.step('run').outcome).toBe('skipped');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'input comment-mode: expected one of always, on-change, on-failure, off, got "sometimes" (set it in the testops step\'s with:)',
    ]);
    expect(world.github.state.comments(FULL_NAME, 54)).toEqual([]);
    world.github.assertNoViolations();
  });
});
