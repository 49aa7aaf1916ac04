/** Partial runs (test files narrowed by imports) are judged over the files their tests cover, against the same files in the baseline. */
import { describe, expect, it } from 'vitest';
import { computePatchCoverage, evaluateGates, narrowRunsCoverage, partialRun } from '../../src/gates/index.js';
import { coverageTotals } from '../../src/ingest/coverage/totals.js';
import type { CoverageReport, FileCoverage, SuitePlan } from '../../src/model.js';
import { baseline, config, OK, runs, shown, suite, tests } from './helpers.js';

/** A file of `total` lines whose first `covered` lines ran. */
const file = (path: string, covered: number, total: number): FileCoverage => ({
  path,
  lines: Array.from({ length: total }, (_, index) => [index + 1, index < covered ? 3 : 0] as [number, number]),
  branches: [],
});
const report = (files: FileCoverage[]): CoverageReport => ({
  kind: 'coverage',
  format: 'lcov',
  file: 'lcov.info',
  files,
  totals: coverageTotals(files),
});

// vitest with coverage.all lists every source file; a run of 2 of 109 test files executes only src/math.ts
const subsetCoverage = report([file('src/math.ts', 45, 50), file('src/index.ts', 0, 40), file('src/io.ts', 0, 30)]);
const base = baseline({
  coverage: {
    totals: coverageTotals([file('a', 113, 120)]),
    files: {
      'src/math.ts': { covered: 46, total: 50 },
      'src/index.ts': { covered: 40, total: 40 },
      'src/io.ts': { covered: 27, total: 30 },
    },
  },
});
const plan: SuitePlan[] = [
  { name: 'unit', selected: true, reasons: [], files: ['test/math.test.ts', 'test/sum.test.ts'], testFiles: 109 },
  { name: 'lint', selected: true, reasons: [] },
];
const gatesConfig = config('coverage:\n  min: 80\n  max-drop: 3\n  patch-min: 80');

describe('coverage of a partial run', () => {
  it('partialRun counts the test files of narrowed suites only', () => {
    expect(partialRun({ suites: plan })).toEqual({ ran: 2, total: 109, suites: ['unit'] });
    expect(partialRun({ suites: [{ name: 'unit', selected: true, reasons: [] }] })).toBeUndefined();
  });

  it('min, max-drop and patch coverage are over the files the selected tests cover, and say so', () => {
    const partial = partialRun({ suites: plan });
    const run = runs([suite({ name: 'unit', tests: tests(5), coverage: subsetCoverage })]);
    const judged = narrowRunsCoverage(run, partial);
    const narrowedCoverage = judged.suites[0].coverage as CoverageReport;
    expect(narrowedCoverage.files.map((entry) => entry.path)).toEqual(['src/math.ts']);
    const patch = computePatchCoverage(new Map([['src/math.ts', [1, 2, 3, 48]]]), narrowedCoverage);
    const result = evaluateGates({ runs: judged, baseline: base, baselineInfo: OK, config: gatesConfig, patch, flaky: [], partial });
    const verdict = (gate: string, subject?: string) =>
      result.verdicts.find((entry) => entry.gate === gate && (subject === undefined || entry.subject === subject));
    expect(shown(verdict('coverage', 'lines'))).toMatchObject({
      status: 'pass',
      value: '90%',
      reason: '45 of 50 lines covered in the file the selected tests cover (2 of 109 test files ran), at or above 85%',
    });
    expect(verdict('coverage', 'drop')).toMatchObject({
      status: 'warn',
      reason:
        'dropped 2.0 pts against the baseline, over the file the selected tests cover and the same files in the baseline (2 of 109 test files ran)',
    });
    expect(shown(verdict('coverage', 'drop'))?.baseline).toMatch(/^92% @ abc1234/);
    expect(shown(verdict('patch-coverage'))).toMatchObject({ status: 'fail', value: '75%' });
    expect(verdict('patch-coverage')?.reason).toMatch(/^3 of 4 changed coverable lines covered in the file the selected tests cover/);
    // files the subset never loaded are not "drops"
    expect(result.coverage?.drops.map((drop) => drop.path)).toEqual(['src/math.ts']);
  });

  it('the same report judged as a full run fails (what a narrowed run used to get)', () => {
    const run = runs([suite({ name: 'unit', tests: tests(5), coverage: subsetCoverage })]);
    const result = evaluateGates({ runs: run, baseline: base, baselineInfo: OK, config: gatesConfig, flaky: [] });
    expect(result.verdicts.find((entry) => entry.subject === 'lines')?.status).toBe('fail');
    expect(result.coverage?.drops.map((drop) => drop.path)).toContain('src/index.ts');
  });
});
