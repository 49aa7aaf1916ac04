import { afterEach, beforeEach, expect, it } from 'vitest';
import { calls, commitOnBranch, explain, FULL_NAME, runPush, startWorld, type World } from './world.js';
import { readReport } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

it('k. pushes to main: no PR comment, a full summary, and each run saves the baseline the next one restores', async () => {
  // an open PR whose head is the commit that lands on main: a push run must still not comment on it
  const after = await commitOnBranch(
    world,
    'main',
    world.mainSha,
    { path: 'packages/core/src/index.mjs', append: '\n// merged\n' },
    'merge feature',
  );
  world.github.state.addPull(FULL_NAME, {
    number: 61,
    head: { ref: 'feature', sha: after },
    base: { ref: 'main', sha: world.mainSha },
    files: [{ filename: 'packages/core/src/index.mjs', status: 'modified', additions: 1, deletions: 0 }],
  });

  const first = await runPush(world, { before: world.mainSha, after, runId: 1600 });
  expect(first.status, explain(first)).toBe('success');
  // the default branch runs everything
  expect(JSON.parse(first.outputs['selected-suites'] ?? '[]')).toHaveLength(5);
  const report = readReport(first.outputs.report);
  expect(report.event).toMatchObject({ name: 'push', isDefaultBranch: true, headSha: after });
  expect(report.event.prNumber).toBeUndefined();
  expect(report.totals.tests).toBeGreaterThan(0);
  expect(first.outputs['comment-url']).toBe('');

  // the summary holds the report: every suite that ran, by name
  expect(first.summary).toMatch(/testops/);
  for (const suite of ['core', 'api', 'web', 'integration', 'smoke']) expect(first.summary).toContain(suite);
  expect(first.summary).toContain(`${report.totals.passed}`);

  // the save step ran and the cache holds exactly the key the action output
  const key1 = first.outputs['cache-key'];
  expect(key1).toMatch(/^testops-v1-main-/);
  const save = first.steps.find((s) => s.name === 'Save the testops baseline');
  expect(save?.outcome, explain(first)).toBe('success');
  expect(world.cache.entries().map((e) => [e.key, e.scope, e.finalized])).toEqual([[key1, 'refs/heads/main', true]]);

  // the next push restores that baseline and saves its own under a new key
  const next = await commitOnBranch(world, 'main', after, { path: 'packages/web/src/format.mjs', append: '\n// later\n' }, 'later');
  const second = await runPush(world, { before: after, after: next, runId: 1601 });
  expect(second.status, explain(second)).toBe('success');
  expect(second.step('restore').outputs['cache-matched-key']).toBe(key1);
  const key2 = second.outputs['cache-key'];
  expect(key2).not.toBe(key1);
  expect(
    world.cache
      .entries()
      .map((e) => e.key)
      .sort(),
  ).toEqual([key1, key2].sort());
  const secondReport = readReport(second.outputs.report);
  expect(JSON.stringify(secondReport.gates)).toContain(after.slice(0, 7));

  // no comment anywhere, and no comment API call at all
  expect(world.github.state.comments(FULL_NAME, 61)).toEqual([]);
  expect(calls(world).filter((c) => c.includes('comment'))).toEqual([]);
  world.github.assertNoViolations();
});
