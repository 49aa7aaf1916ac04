/**
 * Posting the comment of an already-built report (mode: comment, for the workflow_run recipe).
 *
 * The trust boundary: report.json was uploaded by a run of code from a fork, so every byte of it
 * is untrusted. It is validated with zod (one line per problem) and only its data is rendered —
 * escaped, enumerations through the vocabulary. Where the comment goes and every link in it come
 * from the trusted job: the repository from GITHUB_REPOSITORY, the pull request and the tested
 * commit from the `workflow_run` event (for a fork, whose event lists no pull request, the open PR
 * whose head is that commit), links built from those and GITHUB_SERVER_URL.
 */
import type { GitHubClient } from '../github/client.js';
import { pullHeadMatches } from '../github/comments.js';
import type { EventInfo, Report } from '../model.js';
import { formatPath } from '../config/errors.js';
import type { Log } from '../util/log.js';
import { z } from 'zod';
import { EventError, InputError } from '../errors.js';
import { minOf } from '../util/arrays.js';
import { baselineFigureSchema, figureSchema, thresholdSchema } from '../gates/verdict-schema.js';

const sha = z.string().regex(/^[0-9a-f]{40,64}$/i, 'expected a commit SHA');
const num = z.number();
const str = z.string();
const optStr = str.optional();
const optNum = num.optional();
const totals = z.object({
  tests: num,
  passed: num,
  failed: num,
  errored: num,
  skipped: num,
  flaky: num,
  attempts: optNum,
  duration: optNum,
});
const problem = z.object({ kind: str, message: str, suite: optStr, file: optStr, line: optNum, column: optNum });
const ratio = z.object({ covered: num, total: num, pct: num.nullable() });
const coverageTotals = z.object({ lines: ratio, branches: ratio, functions: ratio });

/**
 * What rendering a comment reads from report.json, and nothing more: unknown keys are dropped, so
 * a URL, a run link or an issue link in the file never reaches the comment. Enumerations are any
 * string here (a newer producer may know more values); the renderer shows unknown ones as such.
 */
const uploadedReport = z.object({
  version: z.literal(1),
  conclusion: str,
  createdAt: str,
  // job: the testing job, which names the check run (reduced to a job id's characters there)
  event: z.object({ headSha: sha, prHeadSha: sha.optional(), prNumber: num.int().positive().optional(), job: optStr }),
  gates: z.array(
    z.object({
      gate: str,
      subject: optStr,
      status: str,
      value: figureSchema.nullable(),
      baseline: baselineFigureSchema.nullable(),
      threshold: thresholdSchema.nullable(),
      reason: str,
      blocking: z.boolean().optional(),
      rule: optStr,
    }),
  ),
  suites: z.array(
    z.object({
      name: str,
      selected: z.boolean(),
      reasons: z.array(str),
      status: str,
      duration: num,
      level: optStr,
      budget: optNum,
      exitCode: num.nullable().optional(),
      mode: optStr,
      tests: totals,
      problems: z.array(problem),
      early: z.object({ files: z.array(str), repeats: num, planned: num, seconds: num, budget: num, stopped: optStr }).optional(),
      history: z.array(num).max(100).optional(),
    }),
  ),
  seed: optStr,
  totals,
  failures: z.array(
    z.object({
      id: str,
      suite: str,
      name: str,
      classname: optStr,
      file: optStr,
      line: optNum,
      status: str,
      message: optStr,
      quarantined: z.boolean().optional(),
    }),
  ),
  coverage: z
    .object({
      totals: coverageTotals,
      baseline: coverageTotals.optional(),
      patch: z
        .object({
          covered: num,
          total: num,
          pct: num.nullable(),
          files: z.array(z.object({ path: str, covered: num, total: num, missing: z.array(num) })),
        })
        .optional(),
      drops: z.array(z.object({ path: str, before: num, after: num })),
    })
    .optional(),
  perf: z.array(
    z.object({
      scenario: str,
      metric: str,
      unit: str,
      base: num.nullable(),
      head: num,
      change: num.nullable(),
      status: str,
      rule: optStr,
      detectable: num.nullable().optional(),
      runs: z.object({ used: num, window: num }).optional(),
      step: z.object({ runsAgo: num, change: num }).optional(),
      history: z
        .array(z.object({ value: num, commit: sha.optional() }))
        .max(100)
        .optional(),
    }),
  ),
  security: z.object({
    newFindings: z.array(
      z.object({ fingerprint: str, tool: str, rule: str, severity: str, message: str, file: optStr, line: optNum, package: optStr }),
    ),
    existing: num,
    counts: z.record(str, num),
  }),
  levels: z
    .array(
      z.object({
        subject: str,
        suites: z.array(str),
        tests: num,
        failed: num,
        passRate: num.nullable(),
        policy: str,
        seconds: num,
        budget: optNum,
        flakyRate: num.nullable(),
        status: str,
        reason: str,
      }),
    )
    .optional(),
  flaky: z.array(
    z.object({
      id: str,
      suite: str,
      name: str,
      file: optStr,
      line: optNum,
      rate: num,
      low: num,
      high: num,
      runs: num,
      quarantined: z.boolean(),
      state: str,
      evidence: z.array(str),
      issueNumber: num.int().positive().optional(),
    }),
  ),
  flakyTests: z
    .array(z.object({ id: str, suite: str, name: str, classname: optStr, file: optStr, line: optNum, message: optStr }))
    .optional(),
  retries: z
    .array(
      z.object({
        suite: str,
        attempt: num,
        reason: str,
        scope: str,
        result: str,
        failure: z.object({ name: str, message: optStr }).optional(),
        duration: num,
      }),
    )
    .optional(),
  shards: z.array(z.object({ suite: str, shard: str, expected: optNum, actual: num })).optional(),
  determinism: z.array(z.object({ suite: str, repeats: num, identical: num, total: num, ratio: num })),
  baseline: z.object({
    status: str,
    reason: optStr,
    provenance: z.object({ commit: sha, branch: str, createdAt: str }).optional(),
  }),
  problems: z.array(problem),
  changedFiles: num.nullable(),
  duration: num,
  retryTime: z
    .object({
      seconds: num,
      share: num,
      commands: num,
      tests: num,
      suites: z.array(z.object({ suite: str, seconds: num, commands: num, tests: num })),
    })
    .optional(),
  version_testops: str,
});

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 20;

/**
 * The downloaded report.json, checked: the data the comment renders (its own links dropped), or a
 * InputError (exit 2) with one line per problem, each naming the file and the field.
 */
export function checkUploadedReport(value: unknown, file: string): Report {
  const result = uploadedReport.safeParse(value);
  if (result.success) return result.data as unknown as Report;
  const issues = result.error.issues;
  const lines = issues
    .slice(0, MAX_PROBLEMS)
    .map(
      (issue) =>
        `report-file: ${file} is not a testops report: ${issue.path.length ? formatPath(issue.path) : 'the top level'}: ${issue.message}`,
    );
  if (issues.length > MAX_PROBLEMS) lines.push(`report-file: ${file}: … and ${issues.length - MAX_PROBLEMS} more problems`);
  throw new InputError(lines.join('\n'));
}

/** What the trusted job knows about the run whose report it posts. */
export interface TrustedRun {
  /** the trusted job's event (GITHUB_REPOSITORY, GITHUB_SERVER_URL, the workflow_run payload) */
  event: EventInfo;
  /** the triggering workflow run (its page holds the job summary and the artifacts) */
  runId?: string;
  runAttempt?: number;
}

/** The open pull request of the repository whose head is `sha` (a fork's run names none). */
async function pullForHead(octokit: GitHubClient, owner: string, repo: string, sha: string, log: Log): Promise<number | undefined> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });
  const matching = pulls.filter((pull) => pull.head.sha.toLowerCase() === sha.toLowerCase()).map((pull) => pull.number);
  if (matching.length > 1)
    log.info(
      `pull requests ${matching.map((n) => `#${n}`).join(', ')} all have head ${sha.slice(0, 7)}; commenting on #${minOf(matching)}`,
    );
  return matching.length > 0 ? minOf(matching) : undefined;
}

/**
 * Where the comment of an uploaded report goes, from the trusted job alone: the pull request (the
 * event's, or for a fork the open PR whose head is the tested commit) and the trusted event that
 * every link is built from. No pull request means nothing to comment on; a report for another
 * commit, or a PR that moved on, is refused (exit 2).
 */
export async function resolveCommentTarget(input: {
  report: Report;
  trusted: TrustedRun;
  octokit?: GitHubClient;
  log: Log;
}): Promise<{ pull?: number; event?: EventInfo }> {
  const { report, trusted, log } = input;
  const repo = trusted.event.repo;
  if (!input.octokit) throw new InputError('github-token: mode comment needs a token with pull-requests: write');
  if (!repo) throw new EventError('GITHUB_REPOSITORY: mode comment needs the repository to comment in (set by the runner)');
  // the commit the trusted event says was tested: the PR's own head
  const trustedHead = trusted.event.prHeadSha ?? trusted.event.headSha;
  // a pull_request run tests a merge commit (headSha); the report's prHeadSha names the PR's head
  const testedHead = report.event.prHeadSha ?? report.event.headSha;
  if (trusted.event.name === 'workflow_run' && testedHead.toLowerCase() !== trustedHead.toLowerCase())
    throw new InputError(
      `report-file: the report is for commit ${testedHead.slice(0, 7)}, but the workflow run is for ${trustedHead.slice(0, 7)}; refusing to comment`,
    );
  const pull =
    trusted.event.prNumber ??
    (trusted.event.name === 'workflow_run' && trustedHead
      ? await pullForHead(input.octokit, repo.owner, repo.repo, trustedHead, log)
      : undefined);
  if (!pull && report.event.prNumber !== undefined)
    // the PR the report names has moved on (or never had this head): a stale report, said as before
    throw new InputError(
      `report-file: PR #${report.event.prNumber}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`,
    );
  if (!pull) {
    log.info(`the workflow run is not for an open pull request of ${repo.owner}/${repo.repo}: nothing to comment on`);
    return {};
  }
  if (report.event.prNumber !== undefined && report.event.prNumber !== pull)
    log.info(`report.json names PR #${report.event.prNumber}; the workflow run is for #${pull}, where the comment goes`);
  if (!(await pullHeadMatches(input.octokit, { owner: repo.owner, repo: repo.repo, pull, sha: trustedHead })))
    throw new InputError(
      `report-file: PR #${pull}'s head is not the workflow run's commit ${trustedHead.slice(0, 7)}; refusing to comment`,
    );
  // every link and the footer come from the trusted job's event
  const event: EventInfo = {
    ...trusted.event,
    prNumber: pull,
    prHeadSha: trustedHead,
    headSha: trustedHead,
    ...(trusted.runId ? { runId: trusted.runId } : {}),
    ...(trusted.runAttempt ? { runAttempt: trusted.runAttempt } : {}),
  };
  return { pull, event };
}
