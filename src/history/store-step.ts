/**
 * The report step's part in the durable history: with `history.store: branch`, default-branch runs
 * (and pull-request runs with `pr-runs: true`) append their record to the data branch. Storing is
 * bookkeeping: a failure (no `contents: write`, a protected branch, the network) is one warning
 * and never changes the run's verdict.
 */
import type { HistoryConfig } from '../config/sections/history.js';
import type { CoverageReport, EventInfo, Plan, Report, RunsFile } from '../model.js';
import type { Log } from '../util/log.js';
import { appendToBranch } from './branch-store.js';
import { recordFromReport } from './record.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Why this run is not recorded, or null when it is. */
export function skipReason(history: HistoryConfig, event: EventInfo, sharded: boolean): string | null {
  if (history.store !== 'branch') return 'history.store is cache';
  if (sharded) return 'a shard records nothing; the report job that merges the shards does';
  if (PR_EVENTS.has(event.name)) {
    if (!history['pr-runs']) return 'a pull-request run (set history.pr-runs: true to record these)';
    if (event.isFork) return 'a fork pull request has a read-only token';
    return null;
  }
  if (!event.isDefaultBranch) return `branch ${event.branch ?? '?'} is not the default branch`;
  return null;
}

export interface StoredRun {
  path: string;
  commit: string;
  attempts: number;
}

/** Append this run's record when the config and the event ask for it; null when not recorded. */
export async function storeRunRecord(input: {
  repoRoot: string;
  history: HistoryConfig;
  report: Report;
  runs?: RunsFile;
  plan?: Plan;
  coverage?: CoverageReport;
  log: Log;
  now?: () => Date;
}): Promise<StoredRun | null> {
  const { history, report, log } = input;
  const reason = skipReason(history, report.event, Boolean(input.plan?.shard));
  if (reason) {
    if (history.store === 'branch') log.info(`testops history: this run is not recorded: ${reason}`);
    return null;
  }
  const record = recordFromReport(report, {
    ...(input.runs ? { runs: input.runs } : {}),
    ...(input.plan ? { plan: input.plan } : {}),
    ...(input.coverage ? { coverage: input.coverage } : {}),
  });
  try {
    const result = await appendToBranch(
      {
        repo: input.repoRoot,
        branch: history.branch,
        keepRuns: history['keep-runs'],
        retentionDays: history.retention / 86400,
        log,
        ...(input.now ? { now: input.now } : {}),
      },
      record,
    );
    log.info(
      result.existed
        ? `testops history: run ${record.run.id} is already on branch ${history.branch}`
        : `testops history: run ${record.run.id} recorded on branch ${history.branch} (${result.path}, commit ${result.commit.slice(0, 7)}${result.attempts > 1 ? `, after ${result.attempts - 1} rejected push(es) from other jobs` : ''})`,
    );
    return { path: result.path, commit: result.commit, attempts: result.attempts };
  } catch (error) {
    log.warning(
      `testops history: the run's record was not stored on branch ${history.branch}: ${(error as Error).message.split('\n')[0]} (the workflow needs permissions: contents: write, and the branch must accept pushes from the token)`,
    );
    return null;
  }
}
