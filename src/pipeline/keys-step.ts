/**
 * The action's first step (src/steps/keys.ts): the cache keys of the baseline and of this run's
 * earlier attempts, from the event and the environment alone (no config, no git), each carrying the
 * variant (the matrix leg), which an expression in action.yml cannot hash.
 */
import { readFileSync } from 'node:fs';
import { attemptsKeys, cacheKeys } from '../baseline/keys.js';
import { readEventContext } from '../github/context.js';
import { readActionInputs } from '../steps/inputs.js';
import { resolveVariant } from '../util/variant.js';

export function keysImpl(env: NodeJS.ProcessEnv): { outputs: Record<string, string>; line: string } {
  const event = readEventContext(env, (path) => readFileSync(path, 'utf8'));
  const variant = resolveVariant(env);
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
  // the inputs are checked as every step checks them: a wrong one is said here and again by the plan step
  const commentId = readActionInputs(env)['comment-id'];
  const attempts = attemptsKeys({
    runId,
    job: env.GITHUB_JOB || 'job',
    ...(commentId ? { commentId } : {}),
    runAttempt,
    ...(variant ? { variant } : {}),
  });
  return {
    line: `testops keys: variant ${variant ? `"${variant}"` : '(none)'}; baseline ${baseline.key}; attempts ${attempts.key}`,
    outputs: {
      'baseline-key': baseline.key,
      'baseline-restore-keys': baseline.restoreKeys.join('\n'),
      'attempts-key': attempts.key,
      'attempts-restore-key': attempts.restoreKey,
      variant: variant ?? '',
    },
  };
}
