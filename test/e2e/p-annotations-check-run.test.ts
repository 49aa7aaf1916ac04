import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, startWorld, type World } from './world.js';

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
    // the gate line GitHub would have dropped is still in the log, as text
    expect(run.log).toMatch(/error: testops: \d gates? failed/);
    // and every failure is in the summary
    for (let i = 1; i <= 30; i++) expect(run.summary).toContain(`broken case ${String(i).padStart(2, '0')}`);
    world.github.assertNoViolations();
  });
});
