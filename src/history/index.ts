/** The durable history: one record per run (record.ts), its layout, reading it (read.ts). See docs/history.md. */
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
