/** Istanbul (nyc, c8, jest, vitest) coverage-final.json and coverage-summary.json. */
import type { CoverageReport, FileCoverage } from '../../model.js';
import { ReportError } from '../errors.js';
import { normalizeCoveragePath } from './paths.js';
import { CoverageBuilder, coverageReport } from './totals.js';

interface Location {
  start?: { line?: number };
  end?: { line?: number };
}
interface FinalEntry {
  path?: string;
  statementMap?: Record<string, Location>;
  s?: Record<string, number>;
  fnMap?: Record<string, unknown>;
  f?: Record<string, number>;
  branchMap?: Record<string, { loc?: Location; line?: number; locations?: Location[] }>;
  b?: Record<string, number[]>;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

export function parseIstanbulFinal(value: unknown, file: string, repoRoot?: string): CoverageReport {
  if (!isObject(value)) throw new ReportError(file, 'expected an object of files (Istanbul coverage-final.json)');
  const builder = new CoverageBuilder();
  for (const [key, raw] of Object.entries(value)) {
    // some tools wrap the map as {data: …}
    const unwrapped: unknown = isObject(raw) && isObject(raw.data) && !('statementMap' in raw) ? raw.data : raw;
    if (!isObject(unwrapped) || !isObject(unwrapped.statementMap) || !isObject(unwrapped.s)) {
      throw new ReportError(file, `"${key}": expected statementMap and s (Istanbul coverage-final.json)`);
    }
    const entry = unwrapped as FinalEntry;
    const hitsOf = entry.s ?? {};
    const path = normalizeCoveragePath(entry.path ?? key, repoRoot);
    builder.touch(path);
    // a line's hits are its busiest statement's (as istanbul-lib-coverage counts them)
    for (const [id, location] of Object.entries(entry.statementMap ?? {})) {
      const line = location?.start?.line;
      if (typeof line === 'number' && line > 0) builder.line(path, line, Number(hitsOf[id] ?? 0), 'max');
    }
    for (const [id, branch] of Object.entries(entry.branchMap ?? {})) {
      const hits = entry.b?.[id] ?? [];
      const line = branch.loc?.start?.line ?? branch.line ?? branch.locations?.[0]?.start?.line;
      if (typeof line !== 'number' || hits.length === 0) continue;
      builder.branch(path, line, hits.filter((n) => n > 0).length, hits.length, 'add');
    }
    const functions = Object.keys(entry.fnMap ?? {});
    if (functions.length > 0) builder.functions(path, functions.filter((id) => (entry.f?.[id] ?? 0) > 0).length, functions.length, 'add');
  }
  return coverageReport('istanbul-final', file, builder.build());
}

function counts(value: unknown, what: string, file: string): { covered: number; total: number } {
  if (!isObject(value) || typeof value.total !== 'number' || typeof value.covered !== 'number') {
    throw new ReportError(file, `${what}: expected {total, covered} numbers (Istanbul coverage-summary.json)`);
  }
  return { covered: Math.max(0, value.covered), total: Math.max(0, value.total) };
}

/** Summary files hold only counts per file (no lines): see FileCoverage.counts. */
export function parseIstanbulSummary(value: unknown, file: string, repoRoot?: string): CoverageReport {
  if (!isObject(value) || !isObject(value.total)) throw new ReportError(file, 'expected a "total" entry (Istanbul coverage-summary.json)');
  const files: FileCoverage[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'total') continue;
    if (!isObject(entry)) throw new ReportError(file, `"${key}": expected an object of counts`);
    const coverage: FileCoverage = {
      path: normalizeCoveragePath(key, repoRoot),
      lines: [],
      branches: [],
      counts: { lines: counts(entry.lines, `"${key}".lines`, file), branches: counts(entry.branches, `"${key}".branches`, file) },
    };
    if (entry.functions !== undefined) coverage.functions = counts(entry.functions, `"${key}".functions`, file);
    files.push(coverage);
  }
  if (files.length === 0) {
    // only a total: keep it as one pseudo-file so the totals are not a false 100%
    const total = value.total;
    files.push({
      path: '(total)',
      lines: [],
      branches: [],
      counts: { lines: counts(total.lines, 'total.lines', file), branches: counts(total.branches, 'total.branches', file) },
      functions: total.functions === undefined ? undefined : counts(total.functions, 'total.functions', file),
    });
  }
  return coverageReport(
    'istanbul-summary',
    file,
    files.sort((a, b) => (a.path < b.path ? -1 : 1)),
  );
}
