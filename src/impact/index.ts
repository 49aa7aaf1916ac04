/** Test impact: changed files, suite selection with reasons, sharding, shard merge, replay. */
export {
  API_FILE_LIMIT,
  type DetectedChanges,
  type DetectInput,
  detectChanges,
  type PullFilesApi,
  parseNameStatus,
  previousTexts,
  touchedPaths,
} from './changes.js';
export { pullFilesApi } from './github.js';
export { compileGlobs, GlobIndex, globProblem } from './globs.js';
export { buildImportGraph, type ImportGraph, type ImportGraphOptions } from './imports.js';
export { coverageTotals, mergeRuns, testTotals } from './merge.js';
export { replayImpactCommand } from './replay.js';
export { fullRunReason, MAX_REASONS, type SelectInput, selectSuites } from './select.js';
export { assignShards, listTestFiles, matrixFor, parseShard, type ShardSpec, shardSuites, type TestFiles } from './shard.js';
