import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BOT, calls, commitOnBranch, explain, MARKER, runPullRequest, startWorld, stickyComments, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('a. first PR run: suites selected from real git changes, comment created, summary written, outputs set', async () => {
  const head = await commitOnBranch(
    world,
    'feature',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// a comment-only change\n' },
    'tweak web',
  );
  const run = await runPullRequest(world, { number: 7, headRef: 'feature', headSha: head, baseSha: world.mainSha });

  expect(run.status, explain(run)).toBe('success');
  expect(run.steps.filter((s) => s.outcome !== 'skipped').map((s) => s.id)).toEqual(['keys', 'restore', 'plan', 'run', 'report']);
  // impact: only the web suite (and the always-run smoke suite) from the one changed file
  expect(JSON.parse(run.outputs['selected-suites'] ?? '')).toEqual(['web', 'smoke']);
  const skipped = JSON.parse(run.outputs['skipped-suites'] ?? '') as { name: string; reason: string }[];
  expect(skipped.map((s) => s.name).sort()).toEqual(['api', 'core', 'integration']);
  expect(skipped.find((s) => s.name === 'core')?.reason).toContain('packages/core/**');
  expect(run.outputs.conclusion).toBe('success');
  expect(existsSync(run.outputs.report ?? '')).toBe(true);
  const report = JSON.parse(readFileSync(run.outputs.report ?? '', 'utf8')) as Record<string, unknown>;
  expect(JSON.stringify(report)).toContain('packages/web/src/format.mjs');
  // the run's record, under $RUNNER_TEMP/testops/out
  expect(run.outputs.html).toMatch(/[\\/]testops[\\/]out[\\/]report\.html$/);
  expect(readFileSync(run.outputs.html ?? '', 'utf8')).toContain('<section id="suites">');
  expect(existsSync(run.outputs.bundle ?? '')).toBe(true);
  expect(existsSync(run.outputs.warroom ?? '')).toBe(true);

  // the sticky comment: one, by the workflow's bot, with the marker, linked from the outputs
  const comments = stickyComments(world, 7);
  expect(comments).toHaveLength(1);
  const [comment] = comments;
  expect(comment?.user).toBe(BOT);
  expect(comment?.body.startsWith(MARKER)).toBe(true);
  expect(comment?.body).toMatch(/web/);
  expect(comment?.body).toMatch(/No baseline was found/);
  expect(run.outputs['comment-url']).toBe(`https://github.com/acme/demo/pull/7#issuecomment-${comment?.id}`);

  // the job summary has the full report
  expect(run.summary).toMatch(/testops/);
  expect(run.summary).toMatch(/Impact: 2 of 5 suites run, 1 changed file/);
  // the changed files came from the pulls API, whose list was made from the real git diff
  expect(calls(world)).toContain('GET pulls/list-files 200');
  expect(calls(world).filter((c) => c.startsWith('POST issues/create-comment'))).toEqual(['POST issues/create-comment 201']);
  // the token never appears in the log
  expect(run.log).not.toContain('ghs_e2e_write_token_0001');
  world.github.assertNoViolations();
});
