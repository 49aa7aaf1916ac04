/**
 * Combining what several report files (or several attempts) said about one suite: tests are
 * merged by the injected ingest function; coverage, perf and findings here.
 */
import type { CoverageReport, FileCoverage, Finding, PerfReport, PerfScenario, Ratio, TestCase, TestTotals } from '../model.js';
import { median } from '../util/stats.js';

const ratio = (covered: number, total: number): Ratio => ({ covered, total, pct: total === 0 ? null : (covered / total) * 100 });

interface FileAccumulator {
  lines: Map<number, number>;
  branches: Map<number, [number, number]>;
  functions?: { covered: number; total: number };
}

/** Several coverage reports of one run (one per package, say) as one: hits summed per line. */
export function combineCoverage(reports: readonly CoverageReport[]): CoverageReport | undefined {
  if (reports.length <= 1) return reports[0];
  const files = new Map<string, FileAccumulator>();
  for (const report of reports) {
    for (const file of report.files) {
      const entry: FileAccumulator = files.get(file.path) ?? { lines: new Map(), branches: new Map() };
      for (const [line, hits] of file.lines) entry.lines.set(line, (entry.lines.get(line) ?? 0) + hits);
      for (const [line, covered, total] of file.branches) {
        const previous = entry.branches.get(line);
        entry.branches.set(line, previous ? [Math.max(previous[0], covered), Math.max(previous[1], total)] : [covered, total]);
      }
      if (file.functions)
        entry.functions = entry.functions
          ? {
              covered: Math.max(entry.functions.covered, file.functions.covered),
              total: Math.max(entry.functions.total, file.functions.total),
            }
          : { ...file.functions };
      files.set(file.path, entry);
    }
  }
  const merged: FileCoverage[] = [...files.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, entry]) => ({
      path,
      lines: [...entry.lines.entries()].sort((a, b) => a[0] - b[0]),
      branches: [...entry.branches.entries()].sort((a, b) => a[0] - b[0]).map(([line, [covered, total]]) => [line, covered, total]),
      ...(entry.functions ? { functions: entry.functions } : {}),
    }));
  const sum = (pick: (file: FileCoverage) => [number, number]) =>
    merged.reduce<[number, number]>(
      (acc, file) => {
        const [covered, total] = pick(file);
        return [acc[0] + covered, acc[1] + total];
      },
      [0, 0],
    );
  const lines = sum((file) => [file.lines.filter(([, hits]) => hits > 0).length, file.lines.length]);
  const branches = sum((file) =>
    file.branches.reduce<[number, number]>((acc, [, covered, total]) => [acc[0] + covered, acc[1] + total], [0, 0]),
  );
  const functions = sum((file) => [file.functions?.covered ?? 0, file.functions?.total ?? 0]);
  return {
    kind: 'coverage',
    format: [...new Set(reports.map((report) => report.format))].join('+'),
    file: reports.map((report) => report.file).join(', '),
    files: merged,
    totals: { lines: ratio(...lines), branches: ratio(...branches), functions: ratio(...functions) },
  };
}

/**
 * Perf scenarios over repeats: the same scenario measured several times keeps every value as a
 * sample and reports the median.
 */
export function combinePerf(reports: readonly PerfReport[]): PerfScenario[] {
  const scenarios = new Map<string, PerfScenario[]>();
  for (const report of reports)
    for (const scenario of report.scenarios) scenarios.set(scenario.name, [...(scenarios.get(scenario.name) ?? []), scenario]);
  return [...scenarios.entries()].map(([name, runs]) => {
    if (runs.length === 1) return runs[0] as PerfScenario;
    const metrics: PerfScenario['metrics'] = {};
    for (const run of runs) {
      for (const [metric, value] of Object.entries(run.metrics)) {
        const current = metrics[metric];
        const samples = [...(current?.samples ?? []), ...(value.samples ?? [value.value])];
        metrics[metric] = { unit: value.unit, biggerIsBetter: value.biggerIsBetter, value: median(samples), samples };
      }
    }
    const failed = [...new Set(runs.flatMap((run) => run.failedThresholds ?? []))];
    return { name, metrics, ...(failed.length ? { failedThresholds: failed } : {}) };
  });
}

/** Findings without duplicates (the same fingerprint from several files or attempts). */
export function combineFindings(lists: readonly Finding[][]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const list of lists) for (const finding of list) if (!seen.has(finding.fingerprint)) seen.set(finding.fingerprint, finding);
  return [...seen.values()];
}

export function totalsOf(tests: readonly TestCase[]): TestTotals {
  const totals: TestTotals = { tests: tests.length, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };
  for (const test of tests) {
    totals[test.status] += 1;
    if (test.flaky) totals.flaky += 1;
    totals.attempts += test.attempts.length;
    totals.duration += test.duration;
  }
  return totals;
}
