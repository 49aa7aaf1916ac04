/**
 * Action step, the first: the cache keys of the baseline and of this run's earlier attempts.
 * action.yml's actions/cache steps need them before the plan runs, and each key carries the
 * variant (the matrix leg), which an expression cannot hash. Reads only the event and the
 * environment: no config, no git. A problem here never stops the job: the keys are left empty,
 * the restore steps then find nothing (they continue on error) and the report says the baseline
 * is missing.
 */
import { attemptsKeys, cacheKeys } from '../baseline/index.js';
import { resolveVariant } from '../util/variant.js';
import { runStep, setOutputs, stepContext } from './common.js';

await runStep('keys', async () => {
  const context = stepContext();
  const { event, log } = context;
  const variant = resolveVariant(process.env);
  const runId = event.runId ?? 'local';
  const runAttempt = event.runAttempt ?? 1;
  const baseline = cacheKeys({
    branch: event.branch ?? 'local',
    ...(event.baseRef ? { baseBranch: event.baseRef } : {}),
    defaultBranch: event.defaultBranch ?? 'main',
    runId,
    runAttempt,
    ...(variant ? { variant } : {}),
  });
  const commentId = context.input('comment-id').trim();
  const attempts = attemptsKeys({
    runId,
    job: process.env.GITHUB_JOB || 'job',
    ...(commentId ? { commentId } : {}),
    runAttempt,
    ...(variant ? { variant } : {}),
  });
  log.info(`testops keys: variant ${variant ? `"${variant}"` : '(none)'}; baseline ${baseline.key}; attempts ${attempts.key}`);
  setOutputs({
    'baseline-key': baseline.key,
    'baseline-restore-keys': baseline.restoreKeys.join('\n'),
    'attempts-key': attempts.key,
    'attempts-restore-key': attempts.restoreKey,
    variant: variant ?? '',
  });
  return 0;
});
