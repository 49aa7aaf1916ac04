/** Posting the comment of an already-built report (mode: comment, for the workflow_run recipe). */
import type { GitHubClient } from '../github/client.js';
import { commentsApi, pullHeadMatches, upsertStickyComment } from '../github/comments.js';
import type { Report } from '../model.js';
import { renderComment } from '../render/index.js';
import type { Log } from '../util/log.js';
import { z } from 'zod';
import type { CommentMode } from './publish.js';

const sha = z.string().regex(/^[0-9a-f]{40,64}$/i, 'a commit SHA');

/**
 * The skeleton of report.json that posting relies on. The file comes from an untrusted (fork) run,
 * so it is checked before use: a malformed one is refused in one line, never a TypeError.
 */
const uploadedReport = z.looseObject({
  version: z.literal(1),
  conclusion: z.enum(['success', 'failure']),
  event: z.looseObject({
    name: z.string(),
    headSha: sha,
    prHeadSha: sha.optional(),
    prNumber: z.number().int().positive().optional(),
    repo: z.object({ owner: z.string().min(1), repo: z.string().min(1) }).optional(),
  }),
  totals: z.looseObject({ tests: z.number(), failed: z.number() }),
  gates: z.array(z.looseObject({})),
  suites: z.array(z.looseObject({})),
  failures: z.array(z.looseObject({})),
  perf: z.array(z.looseObject({})),
  security: z.looseObject({ newFindings: z.array(z.looseObject({})) }),
  flaky: z.array(z.looseObject({})),
  determinism: z.array(z.looseObject({})),
  problems: z.array(z.looseObject({})),
  baseline: z.looseObject({}),
});

/** The downloaded report.json as a Report, or an error naming the file and the first wrong field. */
export function checkUploadedReport(value: unknown, file: string): Report {
  const result = uploadedReport.safeParse(value);
  if (result.success) return value as Report;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the top level';
  throw new Error(`report-file: ${file} is not a testops report: ${where}: ${issue?.message ?? 'unexpected shape'}`);
}

export async function postReportComment(input: {
  report: Report;
  octokit?: GitHubClient;
  mode: CommentMode;
  commentId?: string;
  log: Log;
  /** head SHA of the triggering workflow_run (the trusted side): the report must be for it */
  trustedHeadSha?: string;
}): Promise<{ url?: string; action: string }> {
  const { report } = input;
  const repo = report.event.repo;
  const pull = report.event.prNumber;
  if (!input.octokit) throw new Error('github-token: mode comment needs a token with pull-requests: write');
  if (!repo || !pull) {
    input.log.info('the report is not for a pull request: nothing to comment on');
    return { action: 'skipped' };
  }
  // report.json comes from an untrusted (fork) run: only comment on the PR whose head is the
  // commit the trusted workflow_run event names.
  if (input.trustedHeadSha) {
    // a pull_request run tests a merge commit (headSha); workflow_run.head_sha names the PR's head
    const testedHead = report.event.prHeadSha ?? report.event.headSha;
    if (testedHead !== input.trustedHeadSha)
      throw new Error(
        `report-file: the report is for commit ${testedHead.slice(0, 7)}, but the workflow run is for ${input.trustedHeadSha.slice(0, 7)}; refusing to comment`,
      );
    if (!(await pullHeadMatches(input.octokit, { owner: repo.owner, repo: repo.repo, pull, sha: input.trustedHeadSha })))
      throw new Error(
        `report-file: PR #${pull}'s head is not the workflow run's commit ${input.trustedHeadSha.slice(0, 7)}; refusing to comment`,
      );
  }
  const body = renderComment(report, {
    ...(report.runUrl ? { summaryUrl: report.runUrl } : {}),
    ...(input.commentId ? { commentId: input.commentId } : {}),
  });
  const result = await upsertStickyComment({
    api: commentsApi(input.octokit),
    owner: repo.owner,
    repo: repo.repo,
    issue: pull,
    body,
    ...(input.commentId ? { commentId: input.commentId } : {}),
    mode: input.mode,
    failed: report.conclusion === 'failure',
    log: input.log,
  });
  input.log.info(`PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
  return result;
}
