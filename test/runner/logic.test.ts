import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoverageReport, PerfReport, TestCase } from '../../src/model.js';
import { combineCoverage, combinePerf, totalsOf } from '../../src/runner/combine.js';
import { measureDeterminism, outcomesOf } from '../../src/runner/determinism.js';
import { suiteEnv } from '../../src/runner/env.js';
import { dependencyOrder } from '../../src/runner/index.js';
import { collectReports, findFiles, stampReports } from '../../src/runner/reports.js';
import { retryCommand } from '../../src/runner/suite.js';
import { cleanTempDirs, makeConfig, tempDir } from './helpers.js';

afterEach(cleanTempDirs);

const test = (id: string, statuses: TestCase['status'][], extra: Partial<TestCase> = {}): TestCase => ({
  id,
  suite: 's',
  name: id,
  status: statuses.at(-1) as TestCase['status'],
  attempts: statuses.map((status) => ({ status, duration: 1 })),
  flaky: false,
  duration: statuses.length,
  ...extra,
});

describe('determinism', () => {
  it('counts tests whose outcome is the same in every repeat; a test missing from one repeat differs', () => {
    const repeats = [
      outcomesOf([test('a', ['passed']), test('b', ['failed']), test('c', ['passed'])]),
      outcomesOf([test('a', ['passed']), test('b', ['failed']), test('c', ['failed'])]),
      outcomesOf([test('a', ['passed']), test('b', ['failed'])]),
    ];
    const { figure, nondeterministic } = measureDeterminism(repeats);
    expect(figure).toEqual({ repeats: 3, identical: 2, total: 3, ratio: 2 / 3 });
    expect([...nondeterministic]).toEqual(['c']);
    expect(measureDeterminism([new Map(), new Map()]).figure.ratio).toBe(1);
  });

  it('a test listed twice in one repeat keeps its worst outcome', () => {
    expect(outcomesOf([test('a', ['passed']), test('a', ['errored'])]).get('a')).toBe('errored');
  });
});

describe('combining reports', () => {
  const coverage = (file: string, lines: [number, number][]): CoverageReport => ({
    kind: 'coverage',
    format: 'lcov',
    file,
    files: [{ path: 'src/a.ts', lines, branches: [[3, 1, 2]] }],
    totals: {
      lines: { covered: 0, total: 0, pct: null },
      branches: { covered: 0, total: 0, pct: null },
      functions: { covered: 0, total: 0, pct: null },
    },
  });

  it('sums line hits of the same file and recomputes the totals', () => {
    const merged = combineCoverage([
      coverage('a.info', [
        [1, 1],
        [2, 0],
        [3, 0],
      ]),
      coverage('b.info', [
        [2, 4],
        [4, 0],
      ]),
    ]);
    expect(merged?.files[0]?.lines).toEqual([
      [1, 1],
      [2, 4],
      [3, 0],
      [4, 0],
    ]);
    expect(merged?.totals.lines).toEqual({ covered: 2, total: 4, pct: 50 });
    expect(merged?.totals.branches).toEqual({ covered: 1, total: 2, pct: 50 });
    expect(combineCoverage([])).toBeUndefined();
  });

  it('keeps every repeat of a perf metric as a sample and reports the median', () => {
    const perf = (p95: number): PerfReport => ({
      kind: 'perf',
      format: 'k6',
      file: 'k6.json',
      scenarios: [{ name: 'api', metrics: { p95: { value: p95, unit: 'ms', biggerIsBetter: false } } }],
    });
    const [scenario] = combinePerf([perf(10), perf(30), perf(12)]);
    expect(scenario?.metrics.p95).toEqual({ value: 12, unit: 'ms', biggerIsBetter: false, samples: [10, 30, 12] });
  });

  it('totals count final statuses, flaky tests and attempts', () => {
    expect(totalsOf([test('a', ['failed', 'passed'], { flaky: true }), test('b', ['skipped']), test('c', ['errored'])])).toEqual({
      tests: 3,
      passed: 1,
      failed: 0,
      errored: 1,
      skipped: 1,
      flaky: 1,
      attempts: 4,
      duration: 4,
    });
  });
});

describe('retry command', () => {
  const suite = (rerun?: string) => makeConfig({ suites: { s: { command: 'npm test', ...(rerun ? { rerun } : {}) } } }).suites.s as never;
  it('uses the rerun template with the failed tests and files, else the whole command', () => {
    const failed = [
      test('x', ['failed'], { name: 'adds', file: 'a b.test.ts' }),
      test('y', ['failed'], { name: 'adds', file: 'c.test.ts' }),
    ];
    expect(retryCommand(suite('vitest run {files} -t {tests}'), 'npm test', failed)).toBe("vitest run 'a b.test.ts' c.test.ts -t adds");
    expect(retryCommand(suite(), 'npm test', failed)).toBe('npm test');
    expect(retryCommand(suite('vitest {tests}'), 'npm test', [])).toBe('npm test');
    // {files} asked for but the report gave no files: rerunning "vitest run" with none would run everything anyway
    expect(retryCommand(suite('vitest run {files}'), 'npm test', [test('z', ['failed'])])).toBe('npm test');
  });
});

describe('dependency order', () => {
  it('waits only for needs that run here, and breaks cycles instead of waiting forever', () => {
    const needs: Record<string, string[]> = { a: ['b'], b: ['a', 'c'], c: [], d: ['absent'] };
    const order = dependencyOrder(['a', 'b', 'c', 'd'], (name) => needs[name] ?? []);
    expect(Object.fromEntries(order)).toEqual({ a: ['b'], b: ['c'], c: [], d: [] });
  });
});

describe('suite environment', () => {
  it('withholds credentials and workflow files; the TEST_* values win over the suite env', () => {
    const env = suiteEnv(
      { PATH: '/bin', 'INPUT_GITHUB-TOKEN': 't', GITHUB_TOKEN: 't', ACTIONS_RUNTIME_TOKEN: 't', GITHUB_ENV: '/f', GITHUB_SHA: 'abc' },
      { mode: 'MOCK', seed: '1', suite: 'u', shard: '', extra: { TEST_SEED: 'x', FOO: 'bar' } },
    );
    expect(env).toEqual({
      PATH: '/bin',
      GITHUB_SHA: 'abc',
      FOO: 'bar',
      CI: 'true',
      TEST_MODE: 'MOCK',
      TEST_SEED: '1',
      TESTOPS_SUITE: 'u',
      TESTOPS_SHARD: '',
    });
  });
});

describe('report files', () => {
  it('finds files by glob, walking only the fixed part, skipping node_modules unless named, honouring "!"', async () => {
    const root = tempDir();
    for (const file of [
      'reports/a.xml',
      'reports/deep/b.xml',
      'reports/c.json',
      'node_modules/x/reports/d.xml',
      'other/e.xml',
      'reports/skip.xml',
    ]) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '<x/>');
    }
    expect(await findFiles(root, ['reports/*.xml'])).toEqual(['reports/a.xml', 'reports/skip.xml']);
    expect(await findFiles(root, ['**/*.xml', '!reports/skip.xml'])).toEqual(['other/e.xml', 'reports/a.xml', 'reports/deep/b.xml']);
    expect(await findFiles(root, ['node_modules/**/*.xml'])).toEqual(['node_modules/x/reports/d.xml']);
    expect(await findFiles(root, ['reports/c.json', 'missing/*.xml'])).toEqual(['reports/c.json']);
    expect(await findFiles(root, ['reports/{a,deep/b}.xml'])).toEqual(['reports/a.xml', 'reports/deep/b.xml']);
  });

  it('collects only the files an attempt wrote, copied under the work dir', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'r'));
    writeFileSync(join(root, 'r', 'old.xml'), 'old');
    writeFileSync(join(root, 'r', 'rewritten.xml'), 'v1');
    utimesSync(join(root, 'r', 'rewritten.xml'), new Date(1000), new Date(1000));
    const specs = [{ kind: 'tests' as const, format: 'auto', patterns: ['r/*.xml'] }];
    const before = await stampReports(root, specs);
    writeFileSync(join(root, 'r', 'rewritten.xml'), 'v2');
    writeFileSync(join(root, 'r', 'new.xml'), 'new');
    const collected = await collectReports(root, specs, before, join(root, 'work', '0'));
    expect(collected.reports.map((report) => report.file)).toEqual(['r/new.xml', 'r/rewritten.xml']);
    expect(collected.stale).toEqual(['r/old.xml']);
    expect(collected.reports[1]?.copy).toBe(join(root, 'work', '0', 'r', 'rewritten.xml'));
  });
});

describe('config: run fields', () => {
  it('a rerun that is neither a preset nor a template with a placeholder is a config error naming the field', async () => {
    const { parseConfigText } = await import('../../src/config/load.js');
    expect(() =>
      parseConfigText('version: 1\nsuites:\n  unit:\n    command: npm test\n    rerun: npx vitest run\n', 'testops.yml'),
    ).toThrow(
      'testops.yml: suites.unit.rerun: expected a preset (pytest, vitest, jest, node, mocha, playwright, go, maven, gradle) or a command template with a placeholder',
    );
  });
});

describe('report directories', () => {
  it('are the fixed part of each glob inside the repository', async () => {
    const { reportDirs } = await import('../../src/runner/reports.js');
    const specs = [
      {
        kind: 'tests' as const,
        format: 'auto',
        patterns: ['reports/unit/*.xml', 'out.xml', '!reports/skip.xml', '../outside/x.xml', '**/junit.xml'],
      },
      { kind: 'coverage' as const, format: 'auto', patterns: ['coverage/lcov.info'] },
    ];
    expect(reportDirs('/repo', specs)).toEqual(['/repo/coverage', '/repo/reports/unit']);
  });
});
