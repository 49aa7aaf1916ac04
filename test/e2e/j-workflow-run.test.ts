import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BOT,
  calls,
  commitOnBranch,
  explain,
  FULL_NAME,
  MARKER,
  READ_TOKEN,
  runPullRequest,
  startWorld,
  stickyComments,
  type World,
} from './world.js';
import { artifactDir, keepFile, readReport, runEvent, workflowRunEvent } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

const PR = 31;
const FORK = 'fork-contributor';

/** The fork PR's run (read-only token): report.json in RUNNER_TEMP, "uploaded" to an artifact directory. */
async function forkRun(): Promise<{ head: string; artifact: string }> {
  const head = await commitOnBranch(
    world,
    'fork-feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// from a fork\n' },
    'fork change',
  );
  const run = await runPullRequest(world, {
    number: PR,
    headRef: 'fork-feature',
    headSha: head,
    baseSha: world.mainSha,
    token: READ_TOKEN,
    forkOwner: FORK,
  });
  expect(run.status, explain(run)).toBe('success');
  const reportPath = run.outputs.report ?? '';
  // the report lives in RUNNER_TEMP, where actions/upload-artifact picks it up
  expect(reportPath.startsWith(run.runnerTemp), `${reportPath} is not under ${run.runnerTemp}`).toBe(true);
  const artifact = keepFile(reportPath, artifactDir(world, 'report'));
  expect(world.github.state.comments(FULL_NAME, PR)).toEqual([]);
  return { head, artifact };
}

/** The trusted follow-up: a workflow_run job on main with a write token, posting from the downloaded report. */
async function commentRun(headSha: string, reportFile: string) {
  await world.git.run('checkout', '-q', '--detach', world.mainSha);
  const event = workflowRunEvent({
    apiUrl: world.github.url,
    mainSha: world.mainSha,
    headSha,
    headBranch: 'fork-feature',
    forkOwner: FORK,
  });
  return runEvent(world, event, { runId: 3100, inputs: { mode: 'comment', 'report-file': reportFile } });
}

describe('j. workflow_run recipe: a fork PR reports to an artifact, a trusted follow-up posts the comment', () => {
  it('posts the comment from the fork run’s report.json on the PR whose head the workflow run names', async () => {
    const { head, artifact } = await forkRun();
    const report = readReport(artifact);
    expect(report.event).toMatchObject({ prNumber: PR, prHeadSha: head, isFork: true });

    const run = await commentRun(head, artifact);
    expect(run.status, explain(run)).toBe('success');
    // only the comment step runs: no cache, no plan, no suites (PR code is never run with the write token)
    expect(run.steps.filter((s) => s.outcome !== 'skipped').map((s) => s.id)).toEqual(['comment']);
    const comments = stickyComments(world, PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.user).toBe(BOT);
    expect(comments[0]?.body.startsWith(MARKER)).toBe(true);
    expect(comments[0]?.body).toMatch(/web/);
    expect(run.outputs['comment-url']).toBe(`https://github.com/acme/demo/pull/${PR}#issuecomment-${comments[0]?.id}`);
    expect(run.outputs.conclusion).toBe('success');
    expect(calls(world).filter((c) => c.startsWith('POST issues/create-comment'))).toEqual(['POST issues/create-comment 201']);
    expect(run.log).not.toContain('ghs_e2e_write_token_0001');
    world.github.assertNoViolations();
  });

  it('refuses a report whose PR head is not the workflow run’s commit: no comment, one-line error', async () => {
    const { artifact } = await forkRun();
    const other = await commitOnBranch(
      world,
      'fork-feature',
      world.mainSha,
      { path: 'packages/web/src/format.mjs', append: '\n// a different commit\n' },
      'another fork change',
    );
    const run = await commentRun(other, artifact);
    expect(run.status, explain(run)).toBe('failure');
    expect(run.step('comment')).toMatchObject({ outcome: 'failure', exitCode: 2 });
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^(testops report: )?report-file: .*refusing to comment$/);
    expect(errors[0]?.message).toContain(other.slice(0, 7));
    expect(errors[0]?.message).not.toContain('\n');
    // no stack trace in the step's output
    expect(run.step('comment').stdout + run.step('comment').stderr).not.toMatch(/\n\s+at /);
    expect(world.github.state.comments(FULL_NAME, PR)).toEqual([]);
    expect(calls(world).some((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toBe(false);
    world.github.assertNoViolations();
  });

  it('refuses when the PR has moved on since the tested commit (the report is stale)', async () => {
    const { head, artifact } = await forkRun();
    // a newer push to the fork branch: the PR's head is no longer the commit the report is for
    const newer = await commitOnBranch(
      world,
      'fork-feature',
      head,
      { path: 'packages/web/src/format.mjs', append: '\n// pushed later\n' },
      'later fork push',
    );
    world.github.state.repo(FULL_NAME).pulls.get(PR)!.head.sha = newer;
    const run = await commentRun(head, artifact);
    expect(run.status, explain(run)).toBe('failure');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/PR #31's head is not the workflow run's commit .*refusing to comment$/),
    ]);
    expect(world.github.state.comments(FULL_NAME, PR)).toEqual([]);
    world.github.assertNoViolations();
  });
});

describe('j. workflow_run recipe: a bad report-file is a one-line error naming the file', () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['missing', undefined, /report\.json \(download the testing workflow's artifact first\) not found$/],
    ['not JSON', '<html>not a report</html>', /is not valid JSON/],
    ['not a report', '{"version": 1, "hello": "world"}', /is not a testops report: conclusion: /],
  ];
  for (const [label, content, expected] of cases) {
    it(`${label}: refused without a stack trace, nothing posted`, async () => {
      const dir = artifactDir(world, 'bad-report');
      const file = join(dir, 'report.json');
      if (content !== undefined) writeFileSync(file, content);
      const run = await commentRun(world.mainSha, file);
      expect(run.status).toBe('failure');
      const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      // one line per problem (a report missing all its fields lists each)
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        // the input named, or the file itself first
        expect(error).toMatch(/^(testops report: )?(report-file: |\/)/);
        expect(error).toContain(file);
      }
      expect(
        errors.some((error) => expected.test(error)),
        errors.join('\n'),
      ).toBe(true);
      expect(run.step('comment').stdout + run.step('comment').stderr).not.toMatch(/\n\s+at /);
      expect(calls(world).some((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toBe(false);
      world.github.assertNoViolations();
    });
  }
});
