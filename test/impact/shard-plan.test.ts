/**
 * Sharding through the real planner: a full run of a files-arg suite in a real git repository is
 * split by test file across the shards, balanced by the baseline's per-file durations.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBaseline } from '../../src/baseline/index.js';
import type { Baseline, EventInfo } from '../../src/model.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { systemClock } from '../../src/util/clock.js';
import { memoryLog } from '../../src/util/log.js';
import { makeRepo, type TempRepo } from './repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup();
});

const FILES = Array.from({ length: 12 }, (_, index) => `test/t${String(index).padStart(2, '0')}.test.js`);

function setUp(): { repo: TempRepo; head: string } {
  const repo = makeRepo({
    '.github/testops.yml': [
      'version: 1',
      'suites:',
      '  unit:',
      '    command: node --test test/',
      '    files-arg: node --test {files}',
      '    tests: "test/**/*.test.js"',
      '    always: true',
      '  lint:',
      '    command: echo lint',
      '    always: true',
      '',
    ].join('\n'),
    ...Object.fromEntries(FILES.map((file) => [file, 'export {};\n'])),
    'test/helper.js': 'export {};\n',
  });
  const head = repo.commit('tests');
  repos.push(repo);
  return { repo, head };
}

const baseline = (fileDurations: Record<string, number[]>): Baseline => ({
  schemaVersion: 1,
  provenance: { commit: 'c', branch: 'main', createdAt: new Date().toISOString(), schemaVersion: 1 },
  perf: {},
  tests: {},
  suiteDurations: { lint: [3], unit: [100] },
  fileDurations: { unit: fileDurations },
  totalDurations: [],
  findings: [],
});

async function planShard(repo: TempRepo, head: string, index: number, total: number) {
  const event: EventInfo = { name: 'push', headSha: head, isDefaultBranch: true, isFork: false, branch: 'main' };
  const { plan } = await makePlan({
    repoRoot: repo.dir,
    event,
    shard: { index, total },
    fullRun: true,
    baselineDir: join(repo.dir, '.baseline'),
    log: memoryLog(),
    clock: systemClock,
  });
  return plan;
}

describe('a full run of a files-arg suite over 3 shards', () => {
  it('splits its test files by recorded duration, every file on exactly one shard, the same on every run', async () => {
    const { repo, head } = setUp();
    // skewed: one 30 s file, the rest 1–11 s; t11 has no history (gets the median)
    const durations = Object.fromEntries(FILES.slice(0, 11).map((file, index) => [file, [index === 0 ? 30 : index]]));
    writeBaseline(join(repo.dir, '.baseline'), baseline(durations));
    const plans = await Promise.all([1, 2, 3].map((index) => planShard(repo, head, index, 3)));
    const units = plans.map((plan) => plan.suites.find((suite) => suite.name === 'unit'));
    const split = units.map((unit) => (unit?.selected ? (unit.files ?? []) : []));
    expect(split.flat().sort()).toEqual(FILES);
    expect(split.every((files) => files.length > 0)).toBe(true);
    // expected loads: 30 + 55 + 6 (median of 1..10 and 30 → 6) = 91 over 3 shards; LPT keeps the longest ≤ 1.15 × mean
    const loads = plans.map((plan) =>
      plan.suites.filter((suite) => suite.selected).reduce((sum, suite) => sum + (suite.estimatedDuration ?? 0), 0),
    );
    const mean = loads.reduce((sum, load) => sum + load, 0) / loads.length;
    expect(Math.max(...loads)).toBeLessThanOrEqual(1.15 * mean);
    expect(units[0]?.reasons.join('; ')).toMatch(/shard 1\/3 \(expected \d+s of work\); \d+ of 12 test files on this shard/);
    // the same inputs, the same layout
    const again = await planShard(repo, head, 2, 3);
    expect(again.suites.find((suite) => suite.name === 'unit')?.files).toEqual(split[1]);
  });

  it('without a baseline, files count 5 s and suites 60 s: lint fills one shard, the files share the others', async () => {
    const { repo, head } = setUp();
    const plans = await Promise.all([1, 2, 3].map((index) => planShard(repo, head, index, 3)));
    const counts = plans.map((plan) => plan.suites.find((suite) => suite.name === 'unit')?.files?.length ?? 0);
    expect([...counts].sort()).toEqual([0, 6, 6]);
    const lint = plans.findIndex((plan) => plan.suites.find((suite) => suite.name === 'lint')?.selected);
    expect(counts[lint]).toBe(0);
  });
});
