import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT, calls, commitOnBranch, explain, FULL_NAME, READ_TOKEN, runPullRequest, startWorld, type World } from './world.js';
import { artifactDir, keepFile, runEvent, workflowRunEvent } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

/** a PR that adds a test file with 30 failing tests */
const THIRTY_FAILURES = {
  path: 'packages/web/test/many.test.mjs',
  append: `import assert from 'node:assert/strict';\nimport { test } from 'node:test';\n${Array.from(
    { length: 30 },
    (_, i) => `test('broken case ${String(i + 1).padStart(2, '0')}', () => assert.equal(${i}, -1));`,
  ).join('\n')}\n`,
};

const levels = (list: readonly { level: string }[]) => ({
  error: list.filter((a) => a.level === 'error').length,
  warning: list.filter((a) => a.level === 'warning').length,
  notice: list.filter((a) => a.level === 'notice').length,
});

describe('p. annotations within GitHub limits', () => {
  it('30 failing tests: 10 error annotations from the step, the tenth naming the other 20, none dropped by GitHub', async () => {
    const head = await commitOnBranch(world, 'many', world.mainSha, THIRTY_FAILURES, 'thirty failing tests');
    const run = await runPullRequest(world, { number: 41, headRef: 'many', headSha: head, baseSha: world.mainSha });
    expect(run.status, explain(run)).toBe('failure');
    const written = levels(run.annotations);
    // testops writes no more than GitHub shows: what it wrote is what the reader sees
    expect(run.shownAnnotations).toEqual(run.annotations);
    expect(written.error).toBe(10);
    expect(written.warning).toBeLessThanOrEqual(10);
    expect(written.notice).toBeLessThanOrEqual(10);
    const errors = run.annotations.filter((a) => a.level === 'error');
    // failures in the file the PR changed, at their lines
    expect(errors.every((a) => a.file === 'packages/web/test/many.test.mjs' && (a.line ?? 0) > 0)).toBe(true);
    expect(errors.slice(0, 9).some((a) => /more error/.test(a.message))).toBe(false);
    expect(errors[9]?.title).toMatch(/\(\+20 more errors\)$/);
    expect(errors[9]?.message).toMatch(/20 more errors are not annotated here .*listed in the job summary/);
    expect(errors[9]?.message).toContain('and in the check run "testops / test"');
    // the gate line GitHub would have dropped is still in the log, as text
    expect(run.log).toMatch(/error: testops: \d gates? failed/);
    // and every failure is in the summary
    for (let i = 1; i <= 30; i++) expect(run.summary).toContain(`broken case ${String(i).padStart(2, '0')}`);

    // the check run on the PR's head commit carries all 30, with the verdict as its title
    const checks = world.github.state.checkRuns(FULL_NAME);
    expect(checks).toHaveLength(1);
    const check = checks[0];
    expect(check).toMatchObject({ name: 'testops / test', headSha: head, status: 'completed', conclusion: 'failure', creator: BOT });
    expect(check?.output.title).toMatch(/^❌ testops: Failed — \d gates? failed · \d+ warned · 30 of \d+ tests failed · \d+ flaky$/);
    expect(check?.output.summary).toContain('broken case 30');
    const failures = check?.annotations.filter((a) => a.level === 'failure') ?? [];
    expect(failures).toHaveLength(30);
    expect(new Set(failures.map((a) => a.title))).toEqual(
      new Set(Array.from({ length: 30 }, (_, i) => `Test failed: broken case ${String(i + 1).padStart(2, '0')}`)),
    );
    expect(failures.every((a) => a.path === 'packages/web/test/many.test.mjs' && a.startLine > 0)).toBe(true);
    expect(run.outputs['check-run-url']).toBe(`https://github.com/acme/demo/runs/${check?.id}`);
    expect(run.log).toMatch(/check run "testops \/ test" created on [0-9a-f]{7} with \d+ annotation\(s\) in 1 request\(s\)/);
    world.github.assertNoViolations();
  });
});

/** a small PR: one changed source file, its suites pass */
const SMALL_CHANGE = { path: 'packages/web/src/format.mjs', append: '\n// a small change\n' };

const checkCalls = () => calls(world).filter((c) => c.includes(' checks/'));

describe('p. the check run', () => {
  it('is created once per commit and job, updated by a re-run; another comment-id is its own check run', async () => {
    const head = await commitOnBranch(world, 'feature', world.mainSha, SMALL_CHANGE, 'small change');
    const pr = { number: 42, headRef: 'feature', headSha: head, baseSha: world.mainSha, runId: 4242 };
    const first = await runPullRequest(world, pr);
    expect(first.status, explain(first)).toBe('success');
    expect(checkCalls()).toEqual(['GET checks/list-for-ref 200', 'POST checks/create 201']);
    const [created] = world.github.state.checkRuns(FULL_NAME, head);
    expect(created).toMatchObject({ name: 'testops / test', conclusion: 'success', externalId: 'testops:test:default' });
    expect(created?.output.title).toMatch(/^(✅|⚠️) testops: (All checks passed|Passed with warnings)/);
    expect(created?.detailsUrl).toMatch(/\/actions\/runs\/4242/);

    // "Re-run jobs": same commit, attempt 2 — the same check run is updated, not a second one
    const before = checkCalls().length;
    const rerun = await runPullRequest(world, { ...pr, runAttempt: 2 });
    expect(rerun.status, explain(rerun)).toBe('success');
    expect(checkCalls().slice(before)).toEqual([
      'GET checks/list-for-ref 200',
      'GET checks/list-annotations 200',
      'PATCH checks/update 200',
    ]);
    expect(world.github.state.checkRuns(FULL_NAME, head).map((r) => r.id)).toEqual([created?.id]);
    expect(rerun.outputs['check-run-url']).toBe(first.outputs['check-run-url']);

    // another job (comment-id) on the same commit is its own check run
    const other = await runPullRequest(world, { ...pr, runAttempt: 3, inputs: { 'comment-id': 'api' } });
    expect(other.status, explain(other)).toBe('success');
    expect(world.github.state.checkRuns(FULL_NAME, head).map((r) => r.name)).toEqual(['testops / test', 'testops / test (api)']);
    world.github.assertNoViolations();
  }, 300_000);

  it('without checks: write it is skipped with one line, and the run is otherwise the same', async () => {
    world.github.state.user(BOT).checks = 'read';
    const head = await commitOnBranch(world, 'feature', world.mainSha, SMALL_CHANGE, 'small change');
    const run = await runPullRequest(world, { number: 43, headRef: 'feature', headSha: head, baseSha: world.mainSha });
    expect(run.status, explain(run)).toBe('success');
    expect(world.github.state.checkRuns(FULL_NAME)).toEqual([]);
    const lines = run.log.split('\n').filter((line) => /check run|checks: write/i.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/check run skipped: the token lacks checks: write \(add `checks: write` to the job's permissions/);
    // not a warning: auto means "when the token may"
    expect(run.annotations.filter((a) => /check run/.test(a.message))).toEqual([]);
    expect(run.outputs['check-run-url'] ?? '').toBe('');
    expect(run.outputs['comment-url']).toBeDefined();
    world.github.assertNoViolations();
  });

  it('check-run: true without the permission is a warning; check-run: false never calls the Checks API', async () => {
    world.github.state.user(BOT).checks = 'read';
    const head = await commitOnBranch(world, 'feature', world.mainSha, SMALL_CHANGE, 'small change');
    const pr = { number: 44, headRef: 'feature', headSha: head, baseSha: world.mainSha };
    const strict = await runPullRequest(world, { ...pr, inputs: { 'check-run': 'true' } });
    expect(strict.status, explain(strict)).toBe('success');
    // the step's warning, and the same as a problem of the report (in the summary), as for a comment GitHub refused
    const warnings = strict.annotations.filter(
      (a) => a.level === 'warning' && /check run not created: .*needs checks: write/.test(a.message),
    );
    expect(warnings.map((a) => a.title ?? '')).toEqual(['', 'testops: github']);
    expect(strict.summary).toMatch(/check run not created: .*needs checks: write/);
    const before = checkCalls().length;
    world.github.state.user(BOT).checks = 'write';
    const off = await runPullRequest(world, { ...pr, runAttempt: 2, inputs: { 'check-run': 'false' } });
    expect(off.status, explain(off)).toBe('success');
    expect(checkCalls().slice(before)).toEqual([]);
    const bad = await runPullRequest(world, { ...pr, runAttempt: 3, inputs: { 'check-run': 'sometimes' } });
    expect(bad.status).toBe('failure');
    expect(bad.annotations.map((a) => a.message)).toContainEqual(
      expect.stringMatching(/input check-run: expected one of true, True, TRUE, false, False, FALSE, auto, got "sometimes"/),
    );
    world.github.assertNoViolations();
  }, 300_000);

  it('a fork PR: the fork run (read-only token) says it is skipped; the workflow_run job creates it on the PR head', async () => {
    const FORK = 'fork-contributor';
    const head = await commitOnBranch(world, 'fork-feature', world.mainSha, SMALL_CHANGE, 'fork change');
    const forkRun = await runPullRequest(world, {
      number: 45,
      headRef: 'fork-feature',
      headSha: head,
      baseSha: world.mainSha,
      token: READ_TOKEN,
      forkOwner: FORK,
    });
    expect(forkRun.status, explain(forkRun)).toBe('success');
    expect(checkCalls()).toEqual([]);
    expect(forkRun.log.split('\n').filter((line) => /check run/.test(line))).toEqual([
      expect.stringMatching(/check run skipped: a fork PR.s token is read-only \(the workflow_run recipe creates it/),
    ]);
    const artifact = keepFile(forkRun.outputs.report, artifactDir(world, 'report'));

    await world.git.run('checkout', '-q', '--detach', world.mainSha);
    const event = workflowRunEvent({
      apiUrl: world.github.url,
      mainSha: world.mainSha,
      headSha: head,
      headBranch: 'fork-feature',
      forkOwner: FORK,
    });
    const comment = await runEvent(world, event, { runId: 3100, inputs: { mode: 'comment', 'report-file': artifact } });
    expect(comment.status, explain(comment)).toBe('success');
    const checks = world.github.state.checkRuns(FULL_NAME);
    expect(checks).toHaveLength(1);
    // on the PR's head commit (not main, where the workflow_run job runs), by the trusted token
    expect(checks[0]).toMatchObject({ name: 'testops / test', headSha: head, conclusion: 'success', creator: BOT });
    expect(comment.outputs['check-run-url']).toBe(`https://github.com/acme/demo/runs/${checks[0]?.id}`);
    world.github.assertNoViolations();
  });
});
