import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startCacheServer } from '../cache-server/server.js';
import { branchSource } from '../../src/history/branch-store.js';
import { readHistory } from '../../src/history/read.js';
import { commitFiles } from './world-extra.js';
import { BOT, explain, FULL_NAME, runPush, startWorld, type World } from './world.js';

const exec = promisify(execFile);
const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const gitIn = async (cwd: string, ...args: string[]) => (await exec('git', args, { cwd })).stdout.trim();

let world: World;
let bare: string;
beforeEach(async () => {
  world = await startWorld();
  // the repository's remote: a bare repository in the world's temp dir (GitHub's side of origin)
  bare = join(world.workspace, '..', 'origin.git');
  await gitIn(join(world.workspace, '..'), 'init', '-q', '--bare', '-b', 'main', bare);
  await world.git.run('remote', 'add', 'origin', bare);
});
afterEach(async () => {
  await world.close();
});

async function history() {
  const source = await branchSource({ repo: world.workspace });
  if (!source) throw new Error('no data branch');
  return readHistory(source);
}

it('q. history.store: branch — default-branch runs append to the data branch, a lost cache is rebuilt from it, and mode: health keeps one issue', async () => {
  const config = readFileSync(join(world.workspace, '.github/testops.yml'), 'utf8');
  const first = await commitFiles(world, { '.github/testops.yml': `${config}\nhistory: { store: branch }\n` }, 'keep history on a branch');
  await world.git.run('push', '-q', 'origin', 'HEAD:main');

  // 1. a push to main: the record goes to testops-data; the checkout is left as it was
  const run1 = await runPush(world, { before: world.mainSha, after: first, runId: 3100 });
  expect(run1.status, explain(run1)).toBe('success');
  expect(run1.outputs['history-commit'], explain(run1)).toMatch(/^[0-9a-f]{40}$/);
  expect(run1.log).toMatch(
    /testops history: run 3100-1 recorded on branch testops-data \(runs\/\d{4}-\d{2}\/\d{8}T\d{6}Z-3100-1\.json, commit [0-9a-f]{7}\)/,
  );
  expect(await gitIn(bare, 'rev-parse', 'testops-data')).toBe(run1.outputs['history-commit']);
  expect(await world.git.run('rev-parse', 'HEAD')).toBe(first);
  expect(await world.git.run('status', '--porcelain')).toBe('');
  expect(await world.git.run('branch', '--list', 'testops-data')).toBe('');
  const one = await history();
  expect(one.records.map((record) => [record.run.id, record.run.commit, record.testsKept])).toEqual([['3100-1', first, 'all']]);
  expect(one.records[0].tests.length).toBe(one.records[0].totals.tests);

  // 2. the cache loses everything (evicted): the next run rebuilds the baseline from the branch
  await world.cache.close();
  world.cache = await startCacheServer();
  const second = await commitFiles(
    world,
    { 'packages/web/src/format.mjs': `${readFileSync(join(world.workspace, 'packages/web/src/format.mjs'), 'utf8')}\n// later\n` },
    'main moves',
  );
  await world.git.run('push', '-q', 'origin', 'HEAD:main');
  const run2 = await runPush(world, { before: first, after: second, runId: 3101 });
  expect(run2.status, explain(run2)).toBe('success');
  expect(run2.step('restore').outputs['cache-matched-key']).toBeUndefined();
  expect(run2.log).toMatch(
    /testops history: no baseline in the cache; rebuilt it from branch testops-data \(1 runs, 1 with every test; newest [0-9a-f]{7}/,
  );
  const report = JSON.parse(readFileSync(run2.outputs.report, 'utf8'));
  expect(report.baseline).toMatchObject({ status: 'ok' });
  expect(run2.summary).not.toContain('No baseline was found');
  expect((await history()).records.map((record) => record.run.id)).toEqual(['3100-1', '3101-1']);
  // kept for step 4 (the next run's runner temp replaces this one's files)
  const imports = join(world.workspace, '..', 'reports', 'run-3101');
  mkdirSync(imports, { recursive: true });
  expect(existsSync(run2.outputs.report)).toBe(true);
  for (const name of ['report.json', 'runs.json', 'plan.json']) {
    const file = join(dirname(run2.outputs.report), name);
    if (existsSync(file)) copyFileSync(file, join(imports, name));
  }

  // 3. mode: health on a schedule: one labelled issue, created once and then updated in place
  const health1 = await runPush(world, { before: first, after: second, runId: 3102, inputs: { mode: 'health' } });
  expect(health1.status, explain(health1)).toBe('success');
  expect(health1.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['health']);
  const issues = () =>
    world.github.state.issues(FULL_NAME).filter((issue) => issue.user === BOT && issue.labels.includes('testops-health'));
  expect(issues()).toHaveLength(1);
  expect(health1.outputs['health-issue-url']).toMatch(new RegExp(`/${FULL_NAME}/issues/${issues()[0].number}$`));
  expect(issues()[0].body).toContain('<!-- testops-health -->');
  expect(issues()[0].body).toContain('Default-branch runs from');
  expect(health1.summary).toContain('| Pass rate | 100% |');
  const health2 = await runPush(world, { before: first, after: second, runId: 3103, inputs: { mode: 'health' } });
  expect(health2.status, explain(health2)).toBe('success');
  expect(issues()).toHaveLength(1);
  expect(health2.log).toMatch(/testops health: updated issue #\d+/);

  // 4. the `history` input: a directory built by `testops history import` is read instead of the
  // branch (one report imported where the branch holds two runs, so the log tells them apart)
  const imported = join(world.workspace, '..', 'imported-history');
  const importRun = await exec(process.execPath, [CLI, 'history', 'import', dirname(imports), '--out', imported], { cwd: world.workspace });
  expect(importRun.stdout).toContain(`imported 1 run into ${imported} (1 with every test, 0 failures only`);
  const health3 = await runPush(world, { before: first, after: second, runId: 3104, inputs: { mode: 'health', history: imported } });
  expect(health3.status, explain(health3)).toBe('success');
  expect(health3.log).toContain(`testops health: 1 runs read from ${imported};`);
  expect(health3.log).toMatch(/testops health: updated issue #\d+/);
  expect(issues()).toHaveLength(1);
  // a directory that is not there is the input's error, said in one line (exit 2), not "no alerts"
  const missing = join(world.workspace, '..', 'no-such-history');
  const health4 = await runPush(world, { before: first, after: second, runId: 3105, inputs: { mode: 'health', history: missing } });
  expect(health4.status).toBe('failure');
  expect(health4.log).toContain(`history directory ${missing} not found (build one with testops history import DIR)`);
  expect(issues()).toHaveLength(1);
  world.github.assertNoViolations();
}, 300_000);
