/**
 * One coverage picture from the reports of several suites: the ingest union (a line is covered
 * when any suite covered it). Totals are recomputed from the files, never taken from the inputs.
 */
import { coverageTotals, mergeCoverage, ratio } from '../ingest/coverage/totals.js';
import type { CoverageReport } from '../model.js';

export { coverageTotals, ratio };

export function mergeCoverageReports(reports: CoverageReport[]): CoverageReport | undefined {
  if (reports.length === 0) return undefined;
  return reports.length === 1 ? reports[0] : mergeCoverage(reports);
}
