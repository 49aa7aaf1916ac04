/**
 * Action step, the first: the cache keys of the baseline and of this run's earlier attempts.
 * action.yml's actions/cache steps need them before the plan runs, and each key carries the
 * variant (the matrix leg), which an expression cannot hash. Reads only the event and the
 * environment (no config, no git) and imports little, so it starts fast. A problem here never
 * stops the job (action.yml continues on error): the keys are left empty, the restore steps then
 * find nothing and the report says the baseline is missing.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { describeError } from '../errors.js';
import { keysImpl } from '../pipeline/keys-step.js';
import { pathsUnder } from '../pipeline/paths.js';
import { fileLedgerStore, ledgerLog } from '../util/annotation-ledger.js';
import { actionsLog } from '../util/log.js';

// counted with the plan, run and report steps' annotations (GitHub shows 10 of each level)
const log = ledgerLog(
  actionsLog(),
  fileLedgerStore(join(pathsUnder(join(process.env.RUNNER_TEMP || tmpdir(), 'testops')).root, 'annotations.json')),
  'keys',
);

try {
  const { outputs, line } = keysImpl(process.env);
  log.info(line);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
} catch (error) {
  // the event file is unreadable or not JSON: one line, no stack; the restore steps find nothing
  // (a warning: the job goes on, and the plan step says the error itself)
  const described = describeError(error, 'testops keys');
  log.warning(`testops keys: no cache keys, so no baseline is restored or saved: ${described.line}`);
  process.exitCode = described.code;
}
