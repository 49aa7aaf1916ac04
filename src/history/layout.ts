/**
 * Where records live in a history (the data branch's tree, or a local directory):
 *
 *   runs/2026-12/20261201T221000Z-123456-1.json   one full record per run (every test)
 *   archive/2026-11.ndjson                         compacted records, one per line, by month
 *
 * Names sort by time, so the oldest full records are the first in name order.
 */
import type { HistoryRecord } from './record.js';

export const RUNS_DIR = 'runs';
export const ARCHIVE_DIR = 'archive';

const stamp = (at: string) =>
  new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const month = (at: string) => new Date(at).toISOString().slice(0, 7);

/** The path of a run's full record. */
export function recordPath(record: HistoryRecord): string {
  return `${RUNS_DIR}/${month(record.run.at)}/${stamp(record.run.at)}-${record.run.id}.json`;
}

/** The archive file a compacted record goes to. */
export function archivePath(record: HistoryRecord): string {
  return `${ARCHIVE_DIR}/${month(record.run.at)}.ndjson`;
}

export const isRecordPath = (path: string) => /^runs\/\d{4}-\d{2}\/[^/]+\.json$/.test(path);
export const isArchivePath = (path: string) => /^archive\/\d{4}-\d{2}\.ndjson$/.test(path);

/** Records in time order (then by run id), one per run: a full record wins over a compacted copy. */
export function orderRecords(records: HistoryRecord[]): HistoryRecord[] {
  const byRun = new Map<string, HistoryRecord>();
  for (const record of records) {
    const known = byRun.get(record.run.id);
    if (!known || (known.compacted && !record.compacted)) byRun.set(record.run.id, record);
  }
  return [...byRun.values()].sort((a, b) => Date.parse(a.run.at) - Date.parse(b.run.at) || a.run.id.localeCompare(b.run.id));
}
