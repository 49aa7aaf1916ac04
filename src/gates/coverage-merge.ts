/**
 * One coverage picture from the reports of several suites: a line is covered when any suite
 * covered it. Totals are recomputed from the files, never taken from the inputs.
 */
import type { CoverageReport, CoverageTotals, FileCoverage, Ratio } from '../model.js';

export function ratio(covered: number, total: number): Ratio {
  return { covered, total, pct: total === 0 ? 100 : (covered / total) * 100 };
}

export function coverageTotals(files: FileCoverage[]): CoverageTotals {
  let linesCovered = 0;
  let linesTotal = 0;
  let branchesCovered = 0;
  let branchesTotal = 0;
  let functionsCovered = 0;
  let functionsTotal = 0;
  for (const file of files) {
    linesTotal += file.lines.length;
    for (const [, hits] of file.lines) if (hits > 0) linesCovered++;
    for (const [, covered, total] of file.branches) {
      branchesCovered += covered;
      branchesTotal += total;
    }
    functionsCovered += file.functions?.covered ?? 0;
    functionsTotal += file.functions?.total ?? 0;
  }
  return {
    lines: ratio(linesCovered, linesTotal),
    branches: ratio(branchesCovered, branchesTotal),
    functions: ratio(functionsCovered, functionsTotal),
  };
}

export function mergeCoverageReports(reports: CoverageReport[]): CoverageReport | undefined {
  if (reports.length === 0) return undefined;
  if (reports.length === 1) return reports[0];
  const byPath = new Map<string, { lines: Map<number, number>; branches: Map<number, [number, number]>; functions?: Ratio }>();
  for (const report of reports) {
    for (const file of report.files) {
      let entry = byPath.get(file.path);
      if (!entry) byPath.set(file.path, (entry = { lines: new Map(), branches: new Map() }));
      for (const [line, hits] of file.lines) entry.lines.set(line, (entry.lines.get(line) ?? 0) + hits);
      for (const [line, covered, total] of file.branches) {
        const previous = entry.branches.get(line);
        entry.branches.set(line, previous ? [Math.max(previous[0], covered), Math.max(previous[1], total)] : [covered, total]);
      }
      if (file.functions && (!entry.functions || file.functions.covered > entry.functions.covered))
        entry.functions = ratio(file.functions.covered, file.functions.total);
    }
  }
  const files: FileCoverage[] = [...byPath.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, entry]) => ({
      path,
      lines: [...entry.lines.entries()].sort((a, b) => a[0] - b[0]),
      branches: [...entry.branches.entries()].sort((a, b) => a[0] - b[0]).map(([line, [covered, total]]) => [line, covered, total]),
      ...(entry.functions ? { functions: { covered: entry.functions.covered, total: entry.functions.total } } : {}),
    }));
  return {
    kind: 'coverage',
    format: 'merged',
    file: reports.map((report) => report.file).join(', '),
    files,
    totals: coverageTotals(files),
  };
}
