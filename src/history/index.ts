/** The durable history: one record per run (record.ts), its layout, reading it (read.ts), the data branch (branch-store.ts) and compaction (compact.ts). See docs/history.md. */
export { ARCHIVE_DIR, archivePath, orderRecords, RUNS_DIR, recordPath } from './layout.js';
export { type HistoryRead, type HistorySource, directorySource, readHistory } from './read.js';
export {
  compactRecord,
  HISTORY_RECORD_VERSION,
  type HistoryFlaky,
  type HistoryPerf,
  type HistoryRecord,
  type HistorySuite,
  type HistoryTest,
  historyRecordSchema,
  parseRecord,
  recordFromReport,
  serializeRecord,
} from './record.js';
export {
  type AppendResult,
  appendToBranch,
  type BranchStoreOptions,
  BranchStoreError,
  branchSource,
  DEFAULT_DATA_BRANCH,
} from './branch-store.js';
export { archiveRecords, type CompactionOptions, DEFAULT_KEEP_RUNS, DEFAULT_RETENTION_DAYS, planCompaction } from './compact.js';
export { LOCAL_HISTORY_DIR, type LoadedHistory, loadHistory, NoHistoryError } from './source.js';
