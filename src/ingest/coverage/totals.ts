/** Coverage totals are always computed from the per-file data, never taken from the input. */
import type { CoverageReport, CoverageTotals, FileCoverage, Ratio, SuiteRun } from '../../model.js';

export function ratio(covered: number, total: number): Ratio {
  // two decimals are what reports show; nothing to cover is "no data" (null), never 100%
  return { covered, total, pct: total === 0 ? null : Math.floor((covered / total) * 10000) / 100 };
}

export function coverageTotals(files: FileCoverage[]): CoverageTotals {
  let lines = 0;
  let linesHit = 0;
  let branches = 0;
  let branchesHit = 0;
  let functions = 0;
  let functionsHit = 0;
  for (const file of files) {
    if (file.counts) {
      // the format's own unit (Go statements, Istanbul summary counts) decides the totals
      lines += file.counts.lines.total;
      linesHit += file.counts.lines.covered;
      branches += file.counts.branches.total;
      branchesHit += file.counts.branches.covered;
    } else {
      for (const [, hits] of file.lines) {
        lines++;
        if (hits > 0) linesHit++;
      }
      for (const [, covered, total] of file.branches) {
        branches += total;
        branchesHit += Math.min(covered, total);
      }
    }
    if (file.functions) {
      functions += file.functions.total;
      functionsHit += file.functions.covered;
    }
  }
  return { lines: ratio(linesHit, lines), branches: ratio(branchesHit, branches), functions: ratio(functionsHit, functions) };
}

/**
 * One file's [line, hits] as two packed arrays, appended as read and merged once at the end (sorted
 * by line, repeats summed or maxed): about 16 bytes a line instead of a Map entry (~40) while a
 * 100 MB report is read. The first call's combine mode is the file's (each reader uses one).
 */
class LineHits {
  private lines: number[] = [];
  private hits: number[] = [];
  private sorted = true;
  private combine: 'sum' | 'max' | undefined;

  add(line: number, hits: number, combine: 'sum' | 'max'): void {
    this.combine ??= combine;
    const last = this.lines.length - 1;
    if (last >= 0 && this.lines[last]! >= line) {
      if (this.lines[last] === line) {
        this.hits[last] = this.merge(this.hits[last]!, hits);
        return;
      }
      this.sorted = false;
    }
    this.lines.push(line);
    this.hits.push(hits);
  }

  private merge(a: number, b: number): number {
    return this.combine === 'max' ? Math.max(a, b) : Math.min(a + b, Number.MAX_SAFE_INTEGER);
  }

  /** [line, hits] sorted by line, one entry a line; the packed arrays are released */
  pairs(): [number, number][] {
    const { lines, hits } = this;
    this.lines = [];
    this.hits = [];
    const n = lines.length;
    let order: number[] | undefined;
    if (!this.sorted) {
      order = Array.from({ length: n }, (_, i) => i);
      order.sort((a, b) => lines[a]! - lines[b]! || a - b);
    }
    const out: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const i = order ? order[k]! : k;
      const previous = out[out.length - 1];
      if (previous && previous[0] === lines[i]) previous[1] = this.merge(previous[1], hits[i]!);
      else out.push([lines[i]!, hits[i]!]);
    }
    return out;
  }
}

/** Accumulates coverage per path: repeated records of the same file are merged (hits summed). */
export class CoverageBuilder {
  private readonly files = new Map<
    string,
    { lines: LineHits; branches: Map<number, [number, number]>; fnCovered: number; fnTotal: number; hasFn: boolean }
  >();

  private entry(path: string) {
    let entry = this.files.get(path);
    if (!entry) {
      entry = { lines: new LineHits(), branches: new Map(), fnCovered: 0, fnTotal: 0, hasFn: false };
      this.files.set(path, entry);
    }
    return entry;
  }

  private ignoredLines = 0;
  private firstIgnored = '';

  /**
   * A line numbered 0 or below (code the generator could not place): not a coverable line, left
   * out and said once in the report's warnings. `where` names the first one (file:line of the report).
   */
  ignoreLine(number: number, where: string): void {
    if (this.ignoredLines++ === 0) this.firstIgnored = `${where}: line number ${number}`;
  }

  warnings(): string[] {
    if (this.ignoredLines === 0) return [];
    return [
      `${this.ignoredLines} coverage ${this.ignoredLines === 1 ? 'entry' : 'entries'} with a line number of 0 or below ignored (first at ${this.firstIgnored})`,
    ];
  }

  /** make sure a file appears even when it has no coverable lines */
  touch(path: string): void {
    this.entry(path);
  }

  line(path: string, line: number, hits: number, combine: 'sum' | 'max' = 'sum'): void {
    this.entry(path).lines.add(line, Math.max(0, Math.min(hits, Number.MAX_SAFE_INTEGER)), combine);
  }

  /** branches of one line: covered of total (repeated records of the same line take the larger) */
  branch(path: string, line: number, covered: number, total: number, combine: 'add' | 'max' = 'add'): void {
    const branches = this.entry(path).branches;
    const before = branches.get(line);
    if (!before) branches.set(line, [covered, total]);
    else if (combine === 'add') branches.set(line, [before[0] + covered, before[1] + total]);
    else branches.set(line, [Math.max(before[0], covered), Math.max(before[1], total)]);
  }

  functions(path: string, covered: number, total: number, combine: 'add' | 'max' = 'add'): void {
    const entry = this.entry(path);
    if (combine === 'add' || !entry.hasFn) {
      entry.fnCovered += covered;
      entry.fnTotal += total;
    } else {
      entry.fnCovered = Math.max(entry.fnCovered, covered);
      entry.fnTotal = Math.max(entry.fnTotal, total);
    }
    entry.hasFn = true;
  }

  /** the files, sorted; each file's maps are dropped as it is converted (peak memory: not both whole) */
  build(): FileCoverage[] {
    const out: FileCoverage[] = [];
    for (const [path, entry] of this.files) {
      this.files.delete(path);
      const file: FileCoverage = {
        path,
        lines: entry.lines.pairs(),
        branches: [...entry.branches]
          .map(([line, [covered, total]]) => [line, covered, total] as [number, number, number])
          .sort((a, b) => a[0] - b[0]),
      };
      if (entry.hasFn) file.functions = { covered: entry.fnCovered, total: entry.fnTotal };
      out.push(file);
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

export function coverageReport(format: string, file: string, files: FileCoverage[], warnings: string[] = []): CoverageReport {
  const report: CoverageReport = { kind: 'coverage', format, file, files, totals: coverageTotals(files) };
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}

/**
 * The coverage of a run: the union of its suites' reports (see mergeCoverage), the one report
 * itself when a single suite measured any, undefined when none did. The report step computes it
 * once and hands it to the gates, the baseline and the history record.
 */
export function runCoverage(suites: ReadonlyArray<Pick<SuiteRun, 'coverage'>>): CoverageReport | undefined {
  const reports = suites.flatMap((suite) => (suite.coverage ? [suite.coverage] : []));
  if (reports.length === 0) return undefined;
  return reports.length === 1 ? reports[0] : mergeCoverage(reports);
}

/**
 * Union of several coverage reports (shards, several tools): per file and line the hits are
 * summed; per branch line the larger covered/total is kept (the same branches measured twice);
 * functions keep the larger count. Totals are recomputed.
 */
export function mergeCoverage(reports: CoverageReport[]): CoverageReport {
  const builder = new CoverageBuilder();
  const counts = new Map<string, FileCoverage['counts'] | null>();
  for (const report of reports) {
    for (const file of report.files) {
      // per-file counts cannot be unioned: a file seen twice falls back to its lines
      counts.set(file.path, counts.has(file.path) ? null : (file.counts ?? null));
      builder.touch(file.path);
      for (const [line, hits] of file.lines) builder.line(file.path, line, hits, 'sum');
      for (const [line, covered, total] of file.branches) builder.branch(file.path, line, covered, total, 'max');
      if (file.functions) builder.functions(file.path, file.functions.covered, file.functions.total, 'max');
    }
  }
  const files = builder.build();
  for (const file of files) {
    const kept = counts.get(file.path);
    if (kept) file.counts = kept;
  }
  const formats = [...new Set(reports.map((report) => report.format))];
  return coverageReport(formats.join('+') || 'merged', reports.map((report) => report.file).join(', '), files);
}
