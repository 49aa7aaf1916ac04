import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { historySchema } from '../../src/config/sections/history.js';
import { branchSource } from '../../src/history/branch-store.js';
import { readHistory } from '../../src/history/read.js';
import { skipReason, storeRunRecord } from '../../src/history/store-step.js';
import type { EventInfo } from '../../src/model.js';
import type { Log } from '../../src/util/log.js';
import { git } from '../cli/helpers.js';
import { makeRunRepo, type RunOutput, runInto } from './run-fixture.js';
import { cloneOf, makeRemote } from './store-fixture.js';

function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (message: string) => lines.push(`${level}: ${message}`);
  return {
    lines,
    info: add('info'),
    warning: add('warning'),
    error: add('error'),
    notice: add('notice'),
    debug: () => {},
    group: () => {},
    endGroup: () => {},
  };
}

const branchStore = historySchema.parse({ store: 'branch' });
const push: EventInfo = {
  name: 'push',
  headSha: 'a'.repeat(40),
  branch: 'main',
  defaultBranch: 'main',
  isDefaultBranch: true,
  isFork: false,
  runId: '900',
  runAttempt: 1,
};

describe('which runs are recorded', () => {
  it('default-branch runs with store: branch; pull requests only when asked and never from forks', () => {
    expect(skipReason(historySchema.parse({}), push, false)).toBe('history.store is cache');
    expect(skipReason(branchStore, push, false)).toBeNull();
    expect(skipReason(branchStore, push, true)).toMatch(/shard/);
    expect(skipReason(branchStore, { ...push, branch: 'feature', isDefaultBranch: false }, false)).toBe(
      'branch feature is not the default branch',
    );
    const pr = { ...push, name: 'pull_request', isDefaultBranch: false, prNumber: 7 };
    expect(skipReason(branchStore, pr, false)).toMatch(/pr-runs: true/);
    expect(skipReason(historySchema.parse({ store: 'branch', 'pr-runs': true }), pr, false)).toBeNull();
    expect(skipReason(historySchema.parse({ store: 'branch', 'pr-runs': true }), { ...pr, isFork: true }, false)).toMatch(/fork/);
  });

  it('the config section: defaults, and one line naming the field for a bad value', () => {
    expect(historySchema.parse({})).toEqual({
      store: 'cache',
      branch: 'testops-data',
      'pr-runs': false,
      'keep-runs': 50,
      retention: 400 * 86400,
    });
    expect(historySchema.safeParse({ store: 'git' }).success).toBe(false);
    expect(historySchema.safeParse({ branch: '../x' }).success).toBe(false);
    expect(historySchema.parse({ retention: '90d' }).retention).toBe(90 * 86400);
  });
});

describe("the report step's record on the data branch (a real run, a bare remote)", () => {
  let run: RunOutput;
  let remote: { bare: string };
  beforeAll(async () => {
    remote = await makeRemote();
    run = await runInto(await makeRunRepo(), 'store');
    await git(run.repo, 'remote', 'add', 'origin', remote.bare);
  }, 120_000);

  it("appends the run's whole record on a default-branch run and says where", async () => {
    const log = memoryLog();
    const report = { ...run.report, event: push };
    const stored = await storeRunRecord({ repoRoot: run.repo, history: branchStore, report, runs: run.runs, plan: run.plan, log });
    expect(stored?.path).toMatch(/^runs\/\d{4}-\d{2}\/\d{8}T\d{6}Z-900-1\.json$/);
    expect(log.lines).toEqual([
      expect.stringMatching(/^info: testops history: run 900-1 recorded on branch testops-data \(runs\/.*, commit [0-9a-f]{7}\)$/),
    ]);
    const source = await branchSource({ repo: await cloneOf(remote.bare, 'reader') });
    const { records } = await readHistory(source as NonNullable<typeof source>);
    expect(records.map((record) => [record.run.id, record.testsKept, record.tests.length])).toEqual([['900-1', 'all', 3]]);
    expect(await git(run.repo, 'status', '--porcelain')).toBe('');
  });

  it('a push the remote refuses is one warning naming the permission, not an error', async () => {
    const hook = join(remote.bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "protected branch: push declined" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const log = memoryLog();
    const report = { ...run.report, event: { ...push, runId: '901' } };
    expect(await storeRunRecord({ repoRoot: run.repo, history: branchStore, report, runs: run.runs, plan: run.plan, log })).toBeNull();
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: testops history: the run's record was not stored on branch testops-data: git push to branch testops-data of origin failed: .*contents: write/,
      ),
    ]);
  });
});
