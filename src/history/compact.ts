/**
 * Keeping a history bounded. The newest `keepRuns` records stay whole (every test); older ones are
 * compacted (compactRecord: the run, suites, totals, failures and flaky tests, coverage totals,
 * perf values, counts) into one NDJSON archive file per month; archive months older than
 * `retentionDays` are dropped. Compaction runs in batches (once `slack` records beyond `keepRuns`
 * have gathered) so the data branch is rewritten rarely.
 */
import { ARCHIVE_DIR, archivePath, isArchivePath, isRecordPath } from './layout.js';
import { compactRecord, type HistoryRecord } from './record.js';

export interface CompactionOptions {
  /** whole records kept (the newest) */
  keepRuns: number;
  /** compaction waits until this many records beyond keepRuns have gathered; default max(5, keepRuns / 5) */
  slack?: number;
  /** archive months that ended more than this many days ago are dropped; none when absent */
  retentionDays?: number;
  now: Date;
}

export interface CompactionPlan {
  /** record paths to compact into the archive, oldest first */
  compact: string[];
  /** archive files to drop (older than the retention) */
  drop: string[];
}

export const DEFAULT_KEEP_RUNS = 50;
export const DEFAULT_RETENTION_DAYS = 400;

export const compactionSlack = (keepRuns: number, slack?: number) => slack ?? Math.max(5, Math.ceil(keepRuns / 5));

/** The month (YYYY-MM) an archive or record path belongs to. */
const pathMonth = (path: string) => /(\d{4}-\d{2})/.exec(path)?.[1] ?? '';

/** The first month whose archive is still kept: months that ended before now − retentionDays go. */
function firstKeptMonth(now: Date, retentionDays: number): string {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return cutoff.toISOString().slice(0, 7);
}

/** What to compact and drop among a history's paths (records' names sort by time). */
export function planCompaction(paths: string[], options: CompactionOptions): CompactionPlan {
  const keep = Math.max(1, Math.floor(options.keepRuns));
  const records = paths.filter(isRecordPath).sort();
  const compact = records.length > keep + compactionSlack(keep, options.slack) ? records.slice(0, records.length - keep) : [];
  const drop =
    options.retentionDays === undefined
      ? []
      : paths
          .filter((path) => isArchivePath(path) && pathMonth(path) < firstKeptMonth(options.now, options.retentionDays as number))
          .sort();
  return { compact, drop };
}

/**
 * The archive files after compacting `records` into them: each record becomes one line of its
 * month's file (a run already there is not added twice); records in a dropped month are left out.
 * `archives` holds the current text of the files concerned (absent: a new file).
 */
export function archiveRecords(
  records: HistoryRecord[],
  archives: Map<string, string>,
  options: { now: Date; retentionDays?: number },
): Map<string, string> {
  const first = options.retentionDays === undefined ? '' : firstKeptMonth(options.now, options.retentionDays);
  const out = new Map<string, string>();
  const seen = new Map<string, Set<string>>();
  for (const record of records) {
    const path = archivePath(record);
    if (pathMonth(path) < first) continue;
    let text = out.get(path) ?? archives.get(path) ?? '';
    let ids = seen.get(path);
    if (!ids) {
      ids = new Set(
        text
          .split('\n')
          .filter(Boolean)
          .map((line) => /"run":\{"id":"([^"]+)"/.exec(line)?.[1] ?? ''),
      );
      seen.set(path, ids);
    }
    if (ids.has(record.run.id)) continue;
    ids.add(record.run.id);
    if (text && !text.endsWith('\n')) text += '\n';
    text += `${JSON.stringify(compactRecord(record))}\n`;
    out.set(path, text);
  }
  return out;
}

export { ARCHIVE_DIR };
