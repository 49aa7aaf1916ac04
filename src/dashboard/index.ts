/**
 * `testops dashboard`: a static site from the history — one self-contained index.html (uPlot
 * inlined, no network at view time) that GitHub Pages or any file server can serve.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryRecord } from '../history/record.js';
import { aggregate, type DashboardData, type DashboardOptions } from './aggregate.js';
import { renderDashboard } from './html.js';

export { aggregate, type DashboardData, type DashboardOptions, packageOf } from './aggregate.js';
export { renderDashboard } from './html.js';

/** Aggregate the records (oldest first) and write DIR/index.html (and .nojekyll for Pages). */
export function buildDashboard(
  records: Iterable<HistoryRecord>,
  outDir: string,
  options: DashboardOptions = {},
): { path: string; data: DashboardData; bytes: number } {
  const data = aggregate(records, options);
  const html = renderDashboard(data);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'index.html');
  writeFileSync(path, html);
  writeFileSync(join(outDir, '.nojekyll'), '');
  return { path, data, bytes: Buffer.byteLength(html) };
}
