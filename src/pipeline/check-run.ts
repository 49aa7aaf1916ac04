/**
 * The `check-run` input: a check run for the tested commit (src/github/checks.ts) beside the
 * comment. `auto` (the default) creates it when the token may (`checks: write`) and otherwise
 * says in one line that it was skipped; `true` makes a refusal a warning and a problem in the
 * report; `false` never calls the Checks API. A failure here never changes the verdict.
 */
import { ChecksPermissionError, checkRunsApi, publishCheckRun } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import { InputError } from '../errors.js';
import type { Report } from '../model.js';
import { renderCheckRun } from '../render/check-run.js';
import { linksFor } from '../render/links.js';
import type { Log } from '../util/log.js';

export type CheckRunSetting = 'true' | 'false' | 'auto';

const SETTINGS: readonly string[] = ['true', 'false', 'auto'];

/** The input's value; empty means auto. */
export function parseCheckRunSetting(value: string | undefined): CheckRunSetting {
  const setting = (value ?? '').trim().toLowerCase() || 'auto';
  if (!SETTINGS.includes(setting)) throw new InputError(`input check-run: expected true, false or auto, got "${value}"`);
  return setting as CheckRunSetting;
}

export interface CheckRunInput {
  report: Report;
  setting: CheckRunSetting;
  octokit?: GitHubClient;
  /** the testing job (GITHUB_JOB); the report's own event.job wins */
  job?: string;
  commentId?: string;
  /** where annotations without a file are put */
  configPath: string;
  changedFiles?: readonly string[];
  /** the token is a fork PR's read-only one (the workflow_run recipe writes the check run instead) */
  readOnly?: boolean;
  /** the commit to check; the PR's head (or the push's commit) of the report when absent */
  headSha?: string;
  log: Log;
}

export interface CheckRunOutcome {
  action: 'created' | 'updated' | 'skipped' | 'failed';
  url?: string;
  /** the check run's name, when it was written */
  name?: string;
  /** what went wrong, for the report's problems (the report itself is not changed here) */
  problems: string[];
}

export const CHECKS_PERMISSION_LINE =
  "check run skipped: the token lacks checks: write (add `checks: write` to the job's permissions, or set check-run: false)";

export async function publishReportCheckRun(input: CheckRunInput): Promise<CheckRunOutcome> {
  const { report, setting, log } = input;
  const repo = report.event.repo;
  const problems: string[] = [];
  if (setting === 'false' || !repo) return { action: 'skipped', problems };
  const say = (message: string) => {
    if (setting === 'true') {
      log.warning(message);
      problems.push(message);
    } else log.info(message);
  };
  if (!input.octokit) {
    say('check run skipped: no github-token');
    return { action: 'skipped', problems };
  }
  if (input.readOnly) {
    say('check run skipped: a fork PR’s token is read-only (the workflow_run recipe creates it, see docs/comment.md)');
    return { action: 'skipped', problems };
  }
  const headSha = input.headSha ?? report.event.prHeadSha ?? report.event.headSha;
  // the run's page, from the (trusted) event: the check run's Details link
  const runUrl = linksFor(report.event).run();
  const content = renderCheckRun(report, {
    job: report.event.job ?? input.job ?? 'job',
    ...(input.commentId ? { commentId: input.commentId } : {}),
    configPath: input.configPath,
    ...(input.changedFiles ? { changedFiles: input.changedFiles } : {}),
    ...(runUrl ? { summaryUrl: runUrl } : {}),
  });
  try {
    const result = await publishCheckRun({
      api: checkRunsApi(input.octokit),
      owner: repo.owner,
      repo: repo.repo,
      headSha,
      content,
      ...(runUrl ? { detailsUrl: runUrl } : {}),
      log,
    });
    log.info(
      `check run "${content.name}" ${result.action} on ${headSha.slice(0, 7)} with ${result.annotations} annotation(s) in ${result.requests} request(s): ${result.url}`,
    );
    return { action: result.action, url: result.url, name: content.name, problems };
  } catch (error) {
    if (error instanceof ChecksPermissionError) {
      if (setting === 'true') say(`check run not created: ${error.message} — the token needs checks: write`);
      else log.info(CHECKS_PERMISSION_LINE);
      return { action: 'skipped', problems };
    }
    const message = `check run not written: ${(error as Error).message.split('\n')[0]}`;
    log.warning(message);
    return { action: 'failed', problems: [...problems, message] };
  }
}
