/** Flaky tests: evidence, the estimator, quarantine and the issue lifecycle. */
export { analyzeFlakiness, type AnalyzeInput } from './analyze.js';
export { assess, type Assessment, type AssessConfig } from './assess.js';
export { wilson, normalQuantile, cleanAttemptsToClear, type Estimate } from './estimate.js';
export { isInfraSuite, observationKey, mergeHistories } from './observations.js';
