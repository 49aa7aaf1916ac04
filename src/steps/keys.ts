/**
 * Action step, the first: the cache keys of the baseline and of this run's earlier attempts.
 * action.yml's actions/cache steps need them before the plan runs, and each key carries the
 * variant (the matrix leg), which an expression cannot hash. Reads only the event and the
 * environment (no config, no git) and imports little, so it starts fast. A problem here never
 * stops the job (action.yml continues on error): the keys are left empty, the restore steps then
 * find nothing and the report says the baseline is missing.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { attemptsKeys, cacheKeys } from '../baseline/keys.js';
import { describeError } from '../errors.js';
import { readEventContext } from '../github/context.js';
import { pathsUnder } from '../pipeline/paths.js';
import { fileLedgerStore, ledgerLog } from '../util/annotation-ledger.js';
import { actionsLog } from '../util/log.js';
import { resolveVariant } from '../util/variant.js';
import { readActionInputs } from './inputs.js';

// counted with the plan, run and report steps' annotations (GitHub shows 10 of each level)
const log = ledgerLog(
  actionsLog(),
  fileLedgerStore(join(pathsUnder(join(process.env.RUNNER_TEMP || tmpdir(), 'testops')).root, 'annotations.json')),
  'keys',
);

try {
  const env = process.env;
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
  log.info(`testops keys: variant ${variant ? `"${variant}"` : '(none)'}; baseline ${baseline.key}; attempts ${attempts.key}`);
  core.setOutput('baseline-key', baseline.key);
  core.setOutput('baseline-restore-keys', baseline.restoreKeys.join('\n'));
  core.setOutput('attempts-key', attempts.key);
  core.setOutput('attempts-restore-key', attempts.restoreKey);
  core.setOutput('variant', variant ?? '');
} catch (error) {
  // the event file is unreadable or not JSON: one line, no stack; the restore steps find nothing
  // (a warning: the job goes on, and the plan step says the error itself)
  const described = describeError(error, 'testops keys');
  log.warning(`testops keys: no cache keys, so no baseline is restored or saved: ${described.line}`);
  process.exitCode = described.code;
}
