/** Flaky tests: evidence, the estimator, quarantine and the issue lifecycle. */
export { analyzeFlakiness, quarantinedIds, assessLegs, summariseLegs, type AnalyzeInput, type LegVerdict } from './analyze.js';
export { assess, type Assessment, type AssessConfig, type ChangePoint } from './assess.js';
export { wilson, normalQuantile, cleanAttemptsToClear, type Estimate } from './estimate.js';
export { isInfraSuite, observationKey, mergeHistories, historyKey } from './observations.js';
export { syncFlakyIssues, applyIssuePlan, FLAKY_LABEL, type IssueSyncResult, type SyncInput } from './sync.js';
export { planIssues, type IssuePlan, type IssueStep, type IssuePlanInput } from './issue-plan.js';
export { decide, pickIssues, type IssueAction } from './lifecycle.js';
export { classifyFailures, type Hint, type HintKind } from './hints.js';
export { parseBody, renderBody, renderGroupBody, testMarker, groupMarker, BODY_LIMIT, type IssueData } from './issue-body.js';
export type { FlakyIssuesApi } from '../github/issues.js';
export { treeOf, mergeBaseTime } from './git-facts.js';
export { suiteScopes, scopesOf } from './scope.js';
