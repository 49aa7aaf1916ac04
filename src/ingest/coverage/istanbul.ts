/** Istanbul (nyc, c8, jest, vitest) coverage-final.json and coverage-summary.json. */
import type { CoverageReport, FileCoverage } from '../../model.js';
import { ReportError } from '../errors.js';
import { MAX_LINE } from '../xml.js';
import { normalizeCoveragePath } from './paths.js';
import { CoverageBuilder, coverageReport } from './totals.js';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** A JSON path for messages: `"src/a.js".b["3"]`. */
const at = (key: string, ...rest: string[]) =>
  `"${key}"${rest.map((part) => (/^[A-Za-z_]\w*$/.test(part) ? `.${part}` : `["${part}"]`)).join('')}`;

/** `what` as JSON shows it, cut short. */
function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** A hit count: a finite number ≥ 0 (istanbul writes integers); anything else is an error naming the field. */
function hitCount(value: unknown, file: string, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ReportError(file, `${where}: expected a hit count (a number ≥ 0), got ${shown(value)} (Istanbul coverage-final.json)`);
  }
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

/** A location's start line: a whole number; ≤ 0 is returned for the caller to ignore with a warning. */
function startLine(location: unknown, file: string, where: string): number {
  const line = isObject(location) && isObject(location.start) ? location.start.line : undefined;
  if (typeof line !== 'number' || !Number.isInteger(line) || line > MAX_LINE) {
    throw new ReportError(file, `${where}.start.line: expected a line number, got ${shown(line)} (Istanbul coverage-final.json)`);
  }
  return line;
}

export function parseIstanbulFinal(value: unknown, file: string, repoRoot?: string): CoverageReport {
  if (!isObject(value)) throw new ReportError(file, 'expected an object of files (Istanbul coverage-final.json)');
  const builder = new CoverageBuilder();
  for (const [key, raw] of Object.entries(value)) {
    // some tools wrap the map as {data: …}
    const unwrapped: unknown = isObject(raw) && isObject(raw.data) && !('statementMap' in raw) ? raw.data : raw;
    if (!isObject(unwrapped) || !isObject(unwrapped.statementMap) || !isObject(unwrapped.s)) {
      throw new ReportError(file, `"${key}": expected statementMap and s (Istanbul coverage-final.json)`);
    }
    const entry = unwrapped as Record<string, unknown> & { statementMap: Record<string, unknown>; s: Record<string, unknown> };
    for (const field of ['fnMap', 'f', 'branchMap', 'b'] as const) {
      if (entry[field] !== undefined && !isObject(entry[field])) {
        throw new ReportError(file, `${at(key, field)}: expected an object, got ${shown(entry[field])} (Istanbul coverage-final.json)`);
      }
    }
    if (entry.path !== undefined && typeof entry.path !== 'string') {
      throw new ReportError(file, `${at(key, 'path')}: expected a string, got ${shown(entry.path)} (Istanbul coverage-final.json)`);
    }
    const path = normalizeCoveragePath((entry.path as string | undefined) ?? key, repoRoot);
    builder.touch(path);
    const where = (...rest: string[]) => `${file} ${at(key, ...rest)}`;
    // a line's hits are its busiest statement's (as istanbul-lib-coverage counts them)
    for (const [id, location] of Object.entries(entry.statementMap)) {
      const line = startLine(location, file, at(key, 'statementMap', id));
      const hits = hitCount(entry.s[id] ?? 0, file, at(key, 's', id));
      if (line > 0) builder.line(path, line, hits, 'max');
      else builder.ignoreLine(line, where('statementMap', id));
    }
    const branchMap = (entry.branchMap ?? {}) as Record<string, unknown>;
    const branchHits = (entry.b ?? {}) as Record<string, unknown>;
    for (const [id, branch] of Object.entries(branchMap)) {
      const hits = branchHits[id] ?? [];
      if (!Array.isArray(hits)) {
        throw new ReportError(
          file,
          `${at(key, 'b', id)}: expected an array of hit counts, got ${shown(hits)} (Istanbul coverage-final.json)`,
        );
      }
      if (!isObject(branch)) throw new ReportError(file, `${at(key, 'branchMap', id)}: expected an object, got ${shown(branch)}`);
      const counts = hits.map((n, i) => hitCount(n, file, `${at(key, 'b', id)}[${i}]`));
      if (counts.length === 0) continue;
      const located =
        branch.loc !== undefined
          ? startLine(branch.loc, file, at(key, 'branchMap', id, 'loc'))
          : Array.isArray(branch.locations) && branch.locations.length > 0
            ? startLine(branch.locations[0], file, `${at(key, 'branchMap', id, 'locations')}[0]`)
            : branch.line;
      if (typeof located !== 'number' || !Number.isInteger(located) || located > MAX_LINE) {
        throw new ReportError(file, `${at(key, 'branchMap', id)}: expected a loc, locations or line, got ${shown(branch)}`);
      }
      if (located <= 0) {
        builder.ignoreLine(located, where('branchMap', id));
        continue;
      }
      builder.branch(path, located, counts.filter((n) => n > 0).length, counts.length, 'add');
    }
    const fnHits = (entry.f ?? {}) as Record<string, unknown>;
    const functions = Object.keys((entry.fnMap ?? {}) as object);
    if (functions.length > 0) {
      let covered = 0;
      for (const id of functions) if (hitCount(fnHits[id] ?? 0, file, at(key, 'f', id)) > 0) covered++;
      builder.functions(path, covered, functions.length, 'add');
    }
  }
  return coverageReport('istanbul-final', file, builder.build(), builder.warnings());
}

function counts(value: unknown, what: string, file: string): { covered: number; total: number } {
  if (
    !isObject(value) ||
    typeof value.total !== 'number' ||
    typeof value.covered !== 'number' ||
    !Number.isFinite(value.total) ||
    !Number.isFinite(value.covered)
  ) {
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
