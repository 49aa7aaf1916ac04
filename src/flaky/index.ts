/** Flaky tests: evidence, the estimator, quarantine and the issue lifecycle. */
export { analyzeFlakiness, type AnalyzeInput } from './analyze.js';
export { assess, type Assessment, type AssessConfig } from './assess.js';
export { wilson, normalQuantile, cleanAttemptsToClear, type Estimate } from './estimate.js';
export { isInfraSuite, observationKey, mergeHistories } from './observations.js';
export { syncFlakyIssues, FLAKY_LABEL, type IssueSyncResult, type SyncInput } from './sync.js';
export { decide, pickIssues, type IssueAction } from './lifecycle.js';
export { classifyFailures, type Hint, type HintKind } from './hints.js';
export { parseBody, renderBody, renderGroupBody, testMarker, groupMarker, BODY_LIMIT, type IssueData } from './issue-body.js';
export type { FlakyIssuesApi } from '../github/issues.js';
export { treeOf, mergeBaseTime } from './git-facts.js';
