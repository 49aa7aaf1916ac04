import { describe, expect, it } from 'vitest';
import { assignShards, coverageTotals, matrixFor, mergeRuns, parseShard, shardSuites, testTotals } from '../../src/impact/index.js';
import type { Baseline, FileCoverage, RunsFile, SuitePlan, SuiteRun, TestCase } from '../../src/model.js';
import { testId } from '../../src/util/id.js';

const baseline = (suiteDurations: Record<string, number[]>, fileDurations: Baseline['fileDurations'] = {}): Baseline => ({
  schemaVersion: 1,
  provenance: { commit: 'c', branch: 'main', createdAt: '2025-01-01T00:00:00Z', schemaVersion: 1 },
  perf: {},
  tests: {},
  suiteDurations,
  fileDurations,
  totalDurations: [],
  findings: [],
});

const plan = (names: string[], files?: Record<string, string[]>): SuitePlan[] =>
  names.map((name) => ({ name, selected: true, reasons: ['always'], ...(files?.[name] ? { files: files[name] } : {}) }));

describe('shardSuites', () => {
  const suites = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const durations = baseline({ a: [100], b: [80, 90, 70], c: [60], d: [40], e: [30], f: [20], g: [10] });

  it('places every selected suite on exactly one shard, longest first onto the least loaded', () => {
    const shards = [1, 2, 3].map((index) => shardSuites(plan(suites), { index, total: 3 }, durations));
    for (const name of suites) expect(shards.filter((shard) => shard.find((suite) => suite.name === name)?.selected)).toHaveLength(1);
    const loads = shards.map((shard) =>
      shard.filter((suite) => suite.selected).reduce((sum, suite) => sum + (suite.estimatedDuration ?? 0), 0),
    );
    expect(loads.reduce((sum, load) => sum + load, 0)).toBe(340);
    // LPT on these durations: {100, 30, 10}=140? no — 100 | 80+20 | 60+40 → then 30,10: the optimum max is ≤ 120
    expect(Math.max(...loads)).toBeLessThanOrEqual(120);
    const skipped = shards[0].find((suite) => !suite.selected);
    expect(skipped?.reasons.at(-1)).toMatch(/^runs on shard [23]\/3, not 1\/3$/);
  });

  it('gives the same layout on every run, equal durations ordered by name', () => {
    const equal = baseline(Object.fromEntries(suites.map((name) => [name, [10]])));
    const layout = () => assignShards(plan(suites), 3, equal).shardOf.join('');
    expect(layout()).toBe(layout());
    // a b c on shards 1 2 3, then d e f, then g
    expect(layout()).toBe('0120120');
  });

  it('splits the test files of a files-arg suite by their own durations', () => {
    const files = Array.from({ length: 12 }, (_, index) => `test/t${index}.test.ts`);
    const fileDurations = { unit: Object.fromEntries(files.map((file, index) => [file, [index + 1]])) };
    const shards = [1, 2, 3].map((index) => shardSuites(plan(['unit'], { unit: files }), { index, total: 3 }, baseline({}, fileDurations)));
    const parts = shards.map((shard) => shard[0].files ?? []);
    expect(parts.flat().sort()).toEqual([...files].sort());
    const loads = shards.map((shard) => shard[0].estimatedDuration ?? 0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2); // 78 s in 3 × 26 s
    expect(shards[0][0].reasons.at(-1)).toMatch(/^\d+ of 12 test files on this shard$/);
  });

  it('estimates unknown suites from the known ones, and leaves skipped suites alone', () => {
    const input: SuitePlan[] = [...plan(['a', 'new']), { name: 'off', selected: false, reasons: ['no files changed'] }];
    const one = shardSuites(input, { index: 1, total: 1 }, baseline({ a: [30] }));
    expect(one.map((suite) => suite.estimatedDuration)).toEqual([30, 30, undefined]);
    expect(one[2]).toEqual(input[2]);
  });

  it('rejects a bad shard spec with the expected form', () => {
    expect(() => parseShard('4/3')).toThrow('shard: expected "i/n" with 1 ≤ i ≤ n (e.g. "2/3"), got "4/3"');
    expect(parseShard(' 2/3 ')).toEqual({ index: 2, total: 3 });
    expect(() => shardSuites([], { index: 0, total: 2 }, null)).toThrow(/expected 1 ≤ index ≤ total/);
  });

  it('matrixFor gives the matrix JSON', () => {
    expect(matrixFor(3)).toEqual({ shard: ['1/3', '2/3', '3/3'] });
    expect(() => matrixFor(0)).toThrow(/whole number ≥ 1/);
  });
});

describe('mergeRuns', () => {
  // Deterministic suites: each test file has tests whose outcome depends only on its index.
  const FILES = Array.from({ length: 9 }, (_, index) => `test/f${index}.test.ts`);
  function testsOf(suite: string, file: string, fileIndex: number): TestCase[] {
    return Array.from({ length: 4 + fileIndex }, (_, index) => {
      const status = (['passed', 'passed', 'failed', 'skipped', 'errored'] as const)[(index + fileIndex) % 5];
      const flaky = status === 'passed' && index % 3 === 0;
      const attempts = flaky
        ? [
            { status: 'failed' as const, duration: 0.5 },
            { status: 'passed' as const, duration: 0.5 },
          ]
        : [{ status, duration: 0.25 * (index + 1) }];
      const name = `case ${index}`;
      return {
        id: testId(suite, file, undefined, name),
        suite,
        file,
        name,
        status,
        attempts,
        flaky,
        duration: attempts.reduce((s, a) => s + a.duration, 0),
      };
    });
  }
  function suiteRun(name: string, files: string[], shard?: string): SuiteRun {
    const tests = files.flatMap((file) => testsOf(name, file, FILES.indexOf(file)));
    const totals = testTotals(tests);
    const coverageFiles: FileCoverage[] = files.map((file) => ({
      path: `src/${file}`,
      lines: [
        [1, 1],
        [2, FILES.indexOf(file) % 2],
      ],
      branches: [],
    }));
    return {
      name,
      selected: true,
      reasons: ['always'],
      mode: 'MOCK',
      seed: 's',
      shard,
      command: 'x',
      status: totals.failed > 0 ? 'failed' : 'passed',
      exitCode: totals.failed > 0 ? 1 : 0,
      duration: totals.duration,
      attempts: [],
      services: [],
      tests,
      totals,
      perf: [],
      security: [],
      problems: [],
      coverage: { kind: 'coverage', format: 'lcov', file: 'lcov.info', files: coverageFiles, totals: coverageTotals(coverageFiles) },
    };
  }
  const runsFile = (suites: SuiteRun[], shard?: { index: number; total: number }): RunsFile => ({
    version: 1,
    startedAt: `2025-01-01T00:00:0${shard?.index ?? 0}Z`,
    finishedAt: `2025-01-01T00:01:0${shard?.index ?? 0}Z`,
    cancelled: false,
    seed: 's',
    shard,
    suites,
  });

  it('3 shards merge into the totals of the unsharded run', () => {
    const selection: SuitePlan[] = [
      // a full run: the planner selects the suite whole; its test files come from its tests: globs
      { name: 'unit', selected: true, reasons: ['always'] },
      { name: 'lint', selected: true, reasons: ['always'] },
      { name: 'int', selected: true, reasons: ['always'] },
    ];
    const whole = runsFile([suiteRun('unit', FILES), suiteRun('lint', FILES.slice(0, 2)), suiteRun('int', FILES.slice(2, 5))]);
    const shardRuns = [1, 2, 3].map((index) => {
      const spec = { index, total: 3 };
      const mine = shardSuites(selection, spec, baseline({ lint: [10], int: [10] }), new Map([['unit', FILES]])).filter(
        (suite) => suite.selected,
      );
      const suites = mine.map((suite) =>
        suiteRun(
          suite.name,
          suite.name === 'unit' ? (suite.files ?? []) : suite.name === 'lint' ? FILES.slice(0, 2) : FILES.slice(2, 5),
          `${index}/3`,
        ),
      );
      return runsFile(suites, spec);
    });
    expect(shardRuns.filter((run) => run.suites.some((suite) => suite.name === 'unit'))).toHaveLength(3); // the files really were split
    const merged = mergeRuns([shardRuns[2], shardRuns[0], shardRuns[1]]);
    const byName = Object.fromEntries(merged.suites.map((suite) => [suite.name, suite]));
    for (const expected of whole.suites) {
      const got = byName[expected.name];
      expect(got.totals).toEqual({ ...expected.totals, duration: got.totals.duration });
      expect(got.totals.duration).toBeCloseTo(expected.totals.duration, 9);
      expect(got.tests.map((test) => test.id).sort()).toEqual(expected.tests.map((test) => test.id).sort());
      expect(got.status).toBe(expected.status);
      expect(got.coverage?.totals).toEqual(coverageTotals(expected.coverage?.files ?? []));
    }
    expect(byName.unit.shard).toBe('1/3, 2/3, 3/3');
    expect(byName.unit.shards?.map((entry) => entry.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(byName.unit.shards?.reduce((sum, entry) => sum + entry.actual, 0)).toBeCloseTo(byName.unit.duration, 9);
    expect(merged.startedAt).toBe('2025-01-01T00:00:01Z');
    expect(merged.finishedAt).toBe('2025-01-01T00:01:03Z');
    expect(merged.shard).toBeUndefined();
  });

  it('rejects nothing to merge and foreign files with a clear message', () => {
    expect(() => mergeRuns([])).toThrow(/no runs.json to merge/);
    expect(() => mergeRuns([{ version: 2 } as unknown as RunsFile])).toThrow(
      'runs file 1: expected a runs.json with "version": 1 and "suites", got 2',
    );
  });
});
