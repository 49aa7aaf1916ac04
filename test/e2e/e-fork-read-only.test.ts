import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, FULL_NAME, READ_TOKEN, runPullRequest, startWorld, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const BREAK_A_TEST = {
  path: 'packages/web/test/format.test.mjs',
  append: "\ntest('counts two', () => assert.equal(formatCount(2, 'item'), '2 item'));\n",
};
const HARMLESS = { path: 'packages/web/src/format.mjs', append: '\n// harmless\n' };

describe('e. read-only tokens: the report reaches the summary and the exit code follows the verdict', () => {
  it('a fork PR with passing gates succeeds, writes nothing and reports in the summary', async () => {
    const head = await commitOnBranch(world, 'fork-feature', world.mainSha, HARMLESS, 'fork change');
    const run = await runPullRequest(world, {
      number: 21,
      headRef: 'fork-feature',
      headSha: head,
      baseSha: world.mainSha,
      token: READ_TOKEN,
      forkOwner: 'fork-contributor',
    });
    expect(run.status, explain(run)).toBe('success');
    expect(run.outputs.conclusion).toBe('success');
    expect(world.github.state.comments(FULL_NAME, 21)).toEqual([]);
    expect(run.summary).toMatch(/testops/);
    expect(run.summary).toMatch(/fork PR: the token is read-only/);
    expect(calls(world).filter((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toEqual([]);
    world.github.assertNoViolations();
  });

  it('a fork PR with a failing test fails the job through the gate, not an API error', async () => {
    const head = await commitOnBranch(world, 'fork-feature', world.mainSha, BREAK_A_TEST, 'fork breaks a test');
    const run = await runPullRequest(world, {
      number: 22,
      headRef: 'fork-feature',
      headSha: head,
      baseSha: world.mainSha,
      token: READ_TOKEN,
      forkOwner: 'fork-contributor',
    });
    expect(run.status, explain(run)).toBe('failure');
    expect(run.outputs.conclusion).toBe('failure');
    expect(run.step('report')).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(run.summary).toMatch(/counts two/);
    expect(run.annotations.some((a) => a.level === 'error' && /counts two/.test(`${a.title ?? ''} ${a.message}`))).toBe(true);
    expect(world.github.state.comments(FULL_NAME, 22)).toEqual([]);
    world.github.assertNoViolations();
  });

  it('a same-repo PR whose token is read-only (as for Dependabot) gets 403 on the comment and still succeeds on passing gates', async () => {
    const head = await commitOnBranch(world, 'deps', world.mainSha, HARMLESS, 'bump');
    const run = await runPullRequest(world, { number: 23, headRef: 'deps', headSha: head, baseSha: world.mainSha, token: READ_TOKEN });
    expect(calls(world)).toContain('POST issues/create-comment 403');
    expect(world.github.state.comments(FULL_NAME, 23)).toEqual([]);
    expect(run.status, explain(run)).toBe('success');
    expect(run.step('report')).toMatchObject({ outcome: 'success', exitCode: 0 });
    expect(run.outputs['comment-url']).toBe('');
    expect(run.summary).toMatch(/testops/);
    // said plainly as a warning, never as an error
    expect(run.annotations.filter((a) => /cannot write the PR comment/.test(a.message)).map((a) => a.level)).toEqual(['warning']);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    world.github.assertNoViolations();
  });
});
