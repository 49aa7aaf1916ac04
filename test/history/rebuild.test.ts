import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBaseline, updateBaseline } from '../../src/baseline/index.js';
import { appendToBranch } from '../../src/history/branch-store.js';
import { compactRecord, recordFromReport } from '../../src/history/record.js';
import { baselineFromRecords, restoreBaselineFromHistory } from '../../src/history/rebuild.js';
import type { Baseline } from '../../src/model.js';
import { memoryLog } from '../../src/util/log.js';
import { git } from '../cli/helpers.js';
import { makeRunRepo, RUN_REPO, type RunOutput, runInto } from './run-fixture.js';
import { cloneOf, makeRemote } from './store-fixture.js';

const LIMITS = { historyRuns: 50, perfSamples: 20 };
const CONFIG = { baseline: { 'max-age': 30 * 86400, 'history-runs': 50, 'perf-samples': 20 } };

describe('the baseline rebuilt from the data branch when the cache misses (real runs, real git)', () => {
  let one: RunOutput;
  let two: RunOutput;
  let expected: Baseline;
  beforeAll(async () => {
    const repo = await makeRunRepo();
    one = await runInto(repo, 'one', { FAIL_FLAG: '1' });
    two = await runInto(repo, 'two');
    // what the report step would have built and cached over the same two default-branch runs
    const provenance = (run: RunOutput) => ({
      commit: run.plan.event.headSha,
      branch: 'main',
      createdAt: run.report.createdAt,
      schemaVersion: 1,
    });
    expected = updateBaseline(updateBaseline(null, one.runs, provenance(one), LIMITS), two.runs, provenance(two), LIMITS);
  }, 180_000);

  const records = () => [one, two].map((run) => recordFromReport(run.report, { runs: run.runs, plan: run.plan }));

  it('replays whole records into the same test histories, durations, coverage and perf windows', () => {
    const rebuilt = baselineFromRecords(records(), CONFIG) as Baseline;
    expect(Object.keys(rebuilt.tests).sort()).toEqual(Object.keys(expected.tests).sort());
    for (const [id, test] of Object.entries(expected.tests)) {
      const got = rebuilt.tests[id];
      expect({ suite: got.suite, name: got.name, file: got.file }).toEqual({ suite: test.suite, name: test.name, file: test.file });
      expect(got.history.map((entry) => [entry.commit, entry.status, entry.attempts, entry.failures, entry.at])).toEqual(
        test.history.map((entry) => [entry.commit, entry.status, entry.attempts, entry.failures, entry.at]),
      );
    }
    expect(Object.keys(rebuilt.suiteDurations).sort()).toEqual(Object.keys(expected.suiteDurations).sort());
    for (const [suite, values] of Object.entries(expected.suiteDurations))
      for (const [index, value] of values.entries()) expect(rebuilt.suiteDurations[suite][index]).toBeCloseTo(value, 2);
    expect(rebuilt.coverage?.files).toEqual(expected.coverage?.files);
    expect(rebuilt.coverage?.totals).toEqual(expected.coverage?.totals);
    expect(Object.keys(rebuilt.perf)).toEqual(Object.keys(expected.perf));
    const p99 = (baseline: Baseline) => baseline.perf['load › k6']?.p99;
    expect(p99(rebuilt)?.runs?.map((run) => run.value)).toEqual(p99(expected)?.runs?.map((run) => run.value));
    expect(rebuilt.totalDurations).toHaveLength(2);
    expect(rebuilt.provenance).toMatchObject({ commit: two.plan.event.headSha, createdAt: two.report.createdAt });
  });

  it('a compacted record adds no test history (it holds only the failures), and PR runs are left out', () => {
    const [first, second] = records();
    const rebuilt = baselineFromRecords(
      [compactRecord(first), second, { ...first, run: { ...first.run, id: 'pr-1', event: 'pull_request', pr: 3 } }],
      CONFIG,
    ) as Baseline;
    for (const test of Object.values(rebuilt.tests)) expect(test.history.map((entry) => entry.status)).toEqual(['passed']);
    expect(rebuilt.suiteDurations.unit).toHaveLength(2); // the compacted run's suite durations still count
  });

  it('restores baseline.json from the branch when the cache restored nothing, and leaves a restored one alone', async () => {
    const { bare } = await makeRemote();
    const writer = await cloneOf(bare, 'writer');
    for (const record of records()) await appendToBranch({ repo: writer }, record);
    const reader = await cloneOf(bare, 'reader');
    const configDir = mkdtempSync(join(tmpdir(), 'testops-config-'));
    const configPath = join(configDir, 'testops.yml');
    writeFileSync(configPath, `${RUN_REPO['.github/testops.yml']}history: { store: branch }\n`);
    const baselineDir = join(mkdtempSync(join(tmpdir(), 'testops-baseline-')), 'baseline');
    const log = memoryLog();

    expect(await restoreBaselineFromHistory({ repoRoot: reader, configPath, baselineDir, log })).toBe('rebuilt');
    expect(log.lines.join('\n')).toMatch(
      /no baseline in the cache; rebuilt it from branch testops-data \(2 runs, 2 with every test; newest [0-9a-f]{7} at /,
    );
    const read = readBaseline(baselineDir, { maxAgeSeconds: 30 * 86400, now: new Date() });
    expect(read.info.status).toBe('ok');
    expect(Object.keys(read.baseline?.tests ?? {}).sort()).toEqual(Object.keys(expected.tests).sort());
    const text = readFileSync(join(baselineDir, 'baseline.json'), 'utf8');
    expect(await restoreBaselineFromHistory({ repoRoot: reader, configPath, baselineDir, log })).toBe('present');
    expect(readFileSync(join(baselineDir, 'baseline.json'), 'utf8')).toBe(text);
    expect(await git(reader, 'status', '--porcelain')).toBe('');

    // store: cache (the default) never looks at a branch; a missing branch is said, not an error
    writeFileSync(configPath, RUN_REPO['.github/testops.yml']);
    const empty = join(mkdtempSync(join(tmpdir(), 'testops-baseline-')), 'baseline');
    expect(await restoreBaselineFromHistory({ repoRoot: reader, configPath, baselineDir: empty, log })).toBe('off');
    writeFileSync(configPath, `${RUN_REPO['.github/testops.yml']}history: { store: branch, branch: other-data }\n`);
    expect(await restoreBaselineFromHistory({ repoRoot: reader, configPath, baselineDir: empty, log })).toBe('empty');
    expect(log.lines.at(-1)).toBe('testops history: no baseline in the cache and branch other-data does not exist yet');
    expect(existsSync(join(empty, 'baseline.json'))).toBe(false);
  }, 120_000);
});
