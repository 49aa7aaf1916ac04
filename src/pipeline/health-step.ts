/**
 * The action's `mode: health` step (src/steps/health.ts), on a schedule: reads the history (the
 * data branch, or the `history` input's directory), assesses the window against `health:` and keeps the one health
 * issue up to date in place (labelled, found by its marker), or only the job summary when
 * `health.issue` is false or the token cannot write issues. Alerts do not fail the step; they are
 * the issue's business.
 */
import * as core from '@actions/core';
import { loadConfig } from '../config/load.js';
import { flakyIssuesApi } from '../github/issues.js';
import { assessHealth } from '../health/assess.js';
import { syncHealthIssue } from '../health/issue.js';
import { healthMarkdown, healthTitle } from '../health/render.js';
import { loadHistory } from '../history/source.js';
import { redactor } from '../util/redact.js';
import type { SetOutputs, StepContext } from '../steps/common.js';

export async function healthImpl(context: StepContext, setOutputs: SetOutputs): Promise<number> {
  const { log, event, inputs } = context;
  const { config } = loadConfig(context.repoRoot, inputs.config);
  const dir = inputs.history;
  const history = await loadHistory({ repoRoot: context.repoRoot, history: config.history, ...(dir ? { dir } : {}) });
  for (const problem of history.problems) log.warning(`testops health: left out ${problem}`);
  const report = assessHealth(history.records, config.health, new Date());
  const runUrl =
    event.serverUrl && event.repo && event.runId
      ? `${event.serverUrl}/${event.repo.owner}/${event.repo.repo}/actions/runs/${event.runId}`
      : undefined;
  const body = healthMarkdown(report, runUrl ? { runUrl } : {});
  log.info(
    `testops health: ${history.records.length} runs read from ${history.from}; ${report.window.runs} in the window; ${report.alerts.length} alert(s)`,
  );
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redactor.text(body), true).write({ overwrite: false });

  let issueUrl: string | undefined;
  const octokit = context.octokit();
  if (!config.health.issue) log.info('testops health: health.issue is false: the job summary only');
  else if (!octokit || !event.repo)
    log.warning('testops health: no token or repository: the health issue is not updated (the job summary has the report)');
  else {
    try {
      const result = await syncHealthIssue(flakyIssuesApi(octokit), event.repo, {
        title: healthTitle(report),
        body,
        label: config.health.label,
        alerts: report.alerts.length,
      });
      issueUrl = result.url;
      log.info(`testops health: ${result.action} issue #${result.number} (${result.url})`);
    } catch (error) {
      log.warning(
        `testops health: the health issue could not be updated: ${(error as Error).message.split('\n')[0]} (the workflow needs permissions: issues: write); the job summary has the report`,
      );
    }
  }
  setOutputs({
    'health-issue-url': issueUrl,
    'health-alerts': report.alerts.length,
    conclusion: report.alerts.length > 0 ? 'failure' : 'success',
  });
  return 0;
}
