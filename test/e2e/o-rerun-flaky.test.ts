import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReport } from './world-extra.js';
import { commitOnBranch, explain, runPullRequest, startWorld, type World } from './world.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

describe('o. "Re-run failed jobs": a test that failed in attempt 1 and passes in attempt 2 is flaky, not fixed', () => {
  it('the re-run restores attempt 1 from the cache and reports the test as flaky with same-tree evidence', async () => {
    // fails the first time it runs anywhere, passes afterwards: a marker outside the repository
    const marker = join(mkdtempSync(join(tmpdir(), 'testops-rerun-')), 'ran-once');
    const flakyTest = {
      path: 'packages/web/test/format.test.mjs',
      append: `\nimport { existsSync as seen, writeFileSync as mark } from 'node:fs';\ntest('depends on a warm cache', () => {\n  const first = !seen(${JSON.stringify(marker)});\n  mark(${JSON.stringify(marker)}, 'x');\n  assert.equal(first, false, 'cold cache on the first run');\n});\n`,
    };
    const head = await commitOnBranch(world, 'warm-cache', world.mainSha, flakyTest, 'web: a test that needs a warm cache');
    const pr = { number: 31, headRef: 'warm-cache', headSha: head, baseSha: world.mainSha, runId: 7731 };

    const first = await runPullRequest(world, { ...pr, runAttempt: 1 });
    expect(first.outputs.conclusion, explain(first)).toBe('failure');
    expect(existsSync(marker)).toBe(true);
    const firstKey = world.cache
      .entries()
      .map((entry) => entry.key)
      .find((key) => key.startsWith('testops-v1-attempts-7731-'));
    // the job's variant (job and runner OS) is part of the key: each matrix leg keeps its own attempts
    expect(firstKey).toMatch(/^testops-v1-attempts-7731-test--test-linux-[0-9a-f]{8}-1$/);

    const rerun = await runPullRequest(world, { ...pr, runAttempt: 2 });
    expect(rerun.step('attempts').outcome, explain(rerun)).toBe('success');
    expect(rerun.outputs.conclusion, explain(rerun)).toBe('success');
    const report = readReport(rerun.outputs.report);
    const entry = report.flaky.find((flaky) => flaky.name === 'depends on a warm cache');
    expect(entry, JSON.stringify(report.flaky)).toBeDefined();
    expect(entry?.state).toBe('flaky');
    expect(entry?.evidence.join(' ')).toMatch(/attempt/i);
    // the action opens one flaky-test issue for it, labelled and linked from the report
    const issues = world.github.state.issues('acme/demo').filter((issue) => issue.labels.includes('flaky-test'));
    expect(issues.map((issue) => issue.state)).toEqual(['open']);
    expect(issues[0].body).toContain(entry?.id ?? 'no id');
    expect(issues[0].body).toContain('depends on a warm cache');
    expect(entry?.issueNumber).toBe(issues[0].number);
    // the re-run records itself too, so a third attempt would see both
    expect(world.cache.entries().map((e) => e.key)).toContain(firstKey?.replace(/-1$/, '-2'));
    world.github.assertNoViolations();
  });
});
