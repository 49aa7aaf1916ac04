import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { commitOnBranch, explain, runPullRequest, runPush, startWorld, type World } from './world.js';
import type { RunsFile } from '../../src/model.js';
import { readReport } from './world-extra.js';

let world: World;
beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await world.close();
});

// the `variant` input as a workflow passes it: toJSON(matrix) of each leg
const LINUX = JSON.stringify({ os: 'ubuntu-latest' });
const WINDOWS = JSON.stringify({ os: 'windows-latest' });

it('p. two matrix legs of one run save two baselines; a PR on the windows leg restores the windows one', async () => {
  const mainHead = await commitOnBranch(
    world,
    'main',
    world.mainSha,
    { path: 'packages/web/src/format.mjs', append: '\n// on main\n' },
    'main moves',
  );
  // one workflow run, two legs: before keys named the leg, the second save hit "already exists"
  const linux = await runPush(world, { before: world.mainSha, after: mainHead, runId: 1900, inputs: { variant: LINUX } });
  expect(linux.status, explain(linux)).toBe('success');
  const windows = await runPush(world, { before: world.mainSha, after: mainHead, runId: 1900, inputs: { variant: WINDOWS } });
  expect(windows.status, explain(windows)).toBe('success');
  // the windows leg did not restore the linux leg's baseline, though it was saved first in the same scope
  expect(windows.step('restore').outputs['cache-matched-key'], explain(windows)).toBeUndefined();

  const linuxKey = linux.outputs['cache-key'];
  const windowsKey = windows.outputs['cache-key'];
  expect(linuxKey).toMatch(/^testops-v1-main-test-os-ubuntu-latest-[0-9a-f]{8}-1900-1$/);
  expect(windowsKey).toMatch(/^testops-v1-main-test-os-windows-latest-[0-9a-f]{8}-1900-1$/);
  expect(linux.step('keys').outputs['baseline-key']).toBe(linuxKey);
  for (const run of [linux, windows]) {
    const save = run.steps.find((step) => step.name === 'Save the testops baseline');
    expect(save?.outcome, explain(run)).toBe('success');
  }
  expect(
    world.cache
      .entries()
      .filter((entry) => entry.finalized)
      .map((entry) => entry.key)
      .sort(),
  ).toEqual([linuxKey, windowsKey]);

  // the PR runs on the windows leg after the linux leg's baseline is the newest one in main's scope
  const relinux = await runPush(world, { before: world.mainSha, after: mainHead, runId: 1901, inputs: { variant: LINUX } });
  expect(relinux.step('restore').outputs['cache-matched-key'], explain(relinux)).toBe(linuxKey);
  const head = await commitOnBranch(world, 'feature', mainHead, { path: 'packages/web/src/format.mjs', append: '// PR\n' }, 'PR change');
  const pr = await runPullRequest(world, {
    number: 61,
    headRef: 'feature',
    headSha: head,
    baseSha: mainHead,
    runId: 1902,
    inputs: { variant: WINDOWS },
  });
  expect(pr.status, explain(pr)).toBe('success');
  expect(pr.step('restore').outputs['cache-matched-key'], explain(pr)).toBe(windowsKey);
  const report = readReport(pr.outputs.report);
  expect(report.baseline.status).toBe('ok');
  expect(report.baseline.key).toBe(windowsKey);
  // every test of the PR carries the windows leg in its identity, so it is compared with windows' history
  const runs = JSON.parse(readFileSync(pr.outputs.runs ?? '', 'utf8')) as RunsFile;
  const variants = new Set(runs.suites.flatMap((suite) => suite.tests.map((test) => test.variant)));
  expect(variants.size, explain(pr)).toBeGreaterThan(0);
  expect([...variants]).toEqual(['test · os=windows-latest']);
  world.github.assertNoViolations();
}, 480_000);
