/**
 * A stateful stand-in for GitHub's REST API on 127.0.0.1 (random port). Every request and every
 * response is checked against GitHub's OpenAPI description (the committed subset); a violation or
 * a call outside the implemented operations is recorded, answered with an error, and makes
 * `assertNoViolations()` throw with the operation and the schema error. See README.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Operation } from 'openapi-backend';
import { describeErrors, loadContract } from './contract.js';
import * as shape from './entities.js';
import { errorBody, paginate, RateLimits, type RateResource, validationFailed } from './http.js';
import { matches, parseSearch, SearchSyntaxError } from './search.js';
import {
  type CheckAnnotationState,
  type CheckRunConclusion,
  type CheckRunState,
  type CommentState,
  GitHubState,
  type IssueState,
  type RepoState,
  type UserState,
} from './state.js';

export interface GitHubServerOptions {
  /** web host for html_url fields (default https://github.com) */
  htmlUrl?: string;
  /** requests a minute to /search (GitHub: 30) */
  searchLimitPerMinute?: number;
  /** requests an hour to everything else (GitHub: 5000) */
  coreLimitPerHour?: number;
}

export type FaultKind = 'secondary-rate-limit' | 'rate-limit' | 'server-error' | 'slow' | 'not-found';

export interface FaultSpec {
  kind: FaultKind;
  /** operationId (e.g. 'issues/create-comment'); every operation when absent */
  operation?: string;
  /** how many matching requests it hits (default 1) */
  times?: number;
  /** seconds, for the rate-limit kinds (default 1) */
  retryAfter?: number;
  /** 500 (default) or 502, for server-error */
  status?: 500 | 502 | 503;
  /** for slow: delay before the normal answer (default 500) */
  delayMs?: number;
}

export interface Violation {
  kind: 'request' | 'response' | 'unimplemented';
  operation: string;
  method: string;
  path: string;
  message: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operation: string;
  status: number;
  login: string | null;
  body: unknown;
}

export interface GitHubServer {
  url: string;
  state: GitHubState;
  injectFault(fault: FaultSpec): void;
  violations(): Violation[];
  /** throws one error listing every violation seen so far */
  assertNoViolations(): void;
  /** forgets the violations seen so far and returns them (for tests that break the contract on purpose) */
  takeViolations(): Violation[];
  requests(): RecordedRequest[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  url: URL;
  params: Record<string, string>;
  body: Record<string, unknown>;
  user: UserState | undefined;
  hosts: shape.Hosts;
  state: GitHubState;
}

type Handler = (ctx: Context) => Reply;

const notFound = (): Reply => ({ status: 404, body: errorBody(404, 'Not Found') });

function repoOf(ctx: Context): RepoState | undefined {
  return ctx.state.findRepo(ctx.params.owner ?? '', ctx.params.repo ?? '');
}

function withRepo(handler: (ctx: Context, repo: RepoState) => Reply): Handler {
  return (ctx) => {
    const repo = repoOf(ctx);
    return repo ? handler(ctx, repo) : notFound();
  };
}

/** one page of `all`; only that page is turned into JSON (listing stays linear in the page size) */
function paged<T, U>(ctx: Context, all: readonly T[], toJson: (item: T) => U, max = 100): Reply {
  const page = paginate(all, ctx.url, ctx.hosts.api, max);
  return { status: 200, body: page.items.map(toJson), ...(page.link ? { headers: { link: page.link } } : {}) };
}

const users = (ctx: Context) => (login: string) => ctx.state.user(login);

function issueJson(ctx: Context, repo: RepoState, issue: IssueState) {
  return shape.issue(repo, issue, users(ctx), ctx.hosts);
}

function commentJson(ctx: Context, repo: RepoState, comment: CommentState) {
  return shape.comment(repo, comment, users(ctx), ctx.hosts);
}

function labelNames(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value && 'labels' in value
      ? (value as { labels: unknown }).labels
      : [];
  if (typeof list === 'string') return [list];
  if (!Array.isArray(list)) return [];
  return list.map((item) => (typeof item === 'string' ? item : String((item as { name?: unknown }).name ?? '')));
}

function issueLabels(ctx: Context, repo: RepoState, issue: IssueState) {
  return issue.labels.map((name) =>
    shape.label(repo, repo.labels.get(name.toLowerCase()) as NonNullable<ReturnType<RepoState['labels']['get']>>, ctx.hosts),
  );
}

const notAccessible = (): Reply => ({ status: 403, body: errorBody(403, 'Resource not accessible by integration') });

/** GitHub's limits on one check-run annotation beyond the schema: title ≤ 255, message and raw_details ≤ 64 KB */
const ANNOTATION_TITLE_MAX = 255;
const ANNOTATION_TEXT_MAX = 64 * 1024;

type CheckOutput = { title?: string; summary?: string; text?: string; annotations?: Array<Record<string, unknown>> };

/**
 * Applies a create/update body's output to a check run: title/summary/text replaced, annotations
 * appended (GitHub keeps every annotation of earlier requests). Returns a 422 reply when GitHub
 * would refuse it, else undefined.
 */
function applyOutput(run: CheckRunState, output: CheckOutput | undefined, requireTitle: boolean): Reply | undefined {
  if (!output) return undefined;
  if (requireTitle && typeof output.title !== 'string')
    return { status: 422, body: validationFailed('CheckRun', 'output', 'missing_field', 'Invalid request.\n\n"title" wasn\'t supplied.') };
  const annotations: CheckAnnotationState[] = [];
  for (const [index, item] of (output.annotations ?? []).entries()) {
    const title = typeof item.title === 'string' ? item.title : null;
    const message = String(item.message ?? '');
    const rawDetails = typeof item.raw_details === 'string' ? item.raw_details : null;
    if (title && title.length > ANNOTATION_TITLE_MAX)
      return {
        status: 422,
        body: validationFailed(
          'CheckRun',
          `output.annotations[${index}].title`,
          'invalid',
          `title is too long (maximum is ${ANNOTATION_TITLE_MAX} characters)`,
        ),
      };
    if (Buffer.byteLength(message) > ANNOTATION_TEXT_MAX || (rawDetails && Buffer.byteLength(rawDetails) > ANNOTATION_TEXT_MAX))
      return {
        status: 422,
        body: validationFailed('CheckRun', `output.annotations[${index}].message`, 'invalid', 'message is too long (maximum is 64 KB)'),
      };
    const startLine = Number(item.start_line);
    const endLine = Number(item.end_line);
    if (endLine < startLine)
      return {
        status: 422,
        body: validationFailed('CheckRun', `output.annotations[${index}].end_line`, 'invalid', 'end_line must be >= start_line'),
      };
    annotations.push({
      path: String(item.path),
      startLine,
      endLine,
      startColumn: typeof item.start_column === 'number' ? item.start_column : null,
      endColumn: typeof item.end_column === 'number' ? item.end_column : null,
      level: item.annotation_level as CheckAnnotationState['level'],
      title,
      message,
      rawDetails,
    });
  }
  if (output.title !== undefined) run.output.title = output.title;
  if (output.summary !== undefined) run.output.summary = output.summary;
  if (output.text !== undefined) run.output.text = output.text;
  run.annotations.push(...annotations);
  return undefined;
}

/** status and conclusion as GitHub sets them: a conclusion completes the run; completed needs a conclusion */
function applyStatus(ctx: Context, run: CheckRunState, body: Record<string, unknown>): Reply | undefined {
  const conclusion = body.conclusion as CheckRunConclusion | undefined;
  const status = conclusion ? 'completed' : (body.status as CheckRunState['status'] | undefined);
  if (status === 'completed' && !conclusion && !run.conclusion)
    return {
      status: 422,
      body: validationFailed('CheckRun', 'conclusion', 'missing_field', 'conclusion is required when status is completed'),
    };
  if (status) run.status = status;
  if (conclusion) run.conclusion = conclusion;
  if (run.status === 'completed') run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : ctx.state.now();
  else {
    run.conclusion = null;
    run.completedAt = null;
  }
  return undefined;
}

function checkRunJson(ctx: Context, repo: RepoState, run: CheckRunState) {
  return shape.checkRun(repo, run, users(ctx), ctx.hosts);
}

const canWriteChecks = (ctx: Context) => ctx.user?.checks === 'write';
const canReadChecks = (ctx: Context, repo: RepoState) => !repo.private || (ctx.user !== undefined && ctx.user.checks !== 'none');

const handlers: Record<string, Handler> = {
  'users/get-authenticated': (ctx) =>
    ctx.user?.app
      ? { status: 403, body: errorBody(403, 'Resource not accessible by integration') }
      : ctx.user
        ? { status: 200, body: shape.privateUser(ctx.user, ctx.hosts, '2020-01-01T00:00:00Z') }
        : { status: 401, body: errorBody(401, 'Requires authentication') },

  'repos/get': withRepo((ctx, repo) => ({ status: 200, body: shape.repository(repo, ctx.state.user(repo.owner), ctx.hosts, true) })),

  'repos/compare-commits': withRepo((ctx, repo) => {
    // openapi-backend's router splits `{base}...{head}` wrongly (`main...f` / ``): parse it here
    const [, base = '', head = ''] = /\/compare\/(.+?)\.\.\.(.+)$/.exec(decodeURIComponent(ctx.url.pathname)) ?? [];
    const comparison = repo.comparisons.get(`${base}...${head}`);
    if (!comparison) return notFound();
    const at = ctx.state.now();
    const commits = comparison.commits.map((c) => shape.commit(repo, c.sha, c.message, ctx.state.user(c.author), at, c.parents, ctx.hosts));
    const baseCommit = shape.commit(repo, base.padEnd(40, '0').slice(0, 40), 'base', ctx.state.user(repo.owner), at, [], ctx.hosts);
    const html = `${ctx.hosts.html}/${repo.owner}/${repo.name}/compare/${base}...${head}`;
    const files = comparison.files.map((file) => shape.diffEntry(repo, file, head, ctx.hosts));
    return {
      status: 200,
      body: {
        url: `${ctx.hosts.api}/repos/${repo.owner}/${repo.name}/compare/${base}...${head}`,
        html_url: html,
        permalink_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: baseCommit,
        merge_base_commit: baseCommit,
        status: (comparison.behindBy ?? 0) > 0 ? 'diverged' : commits.length ? 'ahead' : 'identical',
        ahead_by: comparison.aheadBy ?? commits.length,
        behind_by: comparison.behindBy ?? 0,
        total_commits: commits.length,
        commits,
        files,
      },
    };
  }),

  'pulls/list': withRepo((ctx, repo) => {
    const state = ctx.url.searchParams.get('state') ?? 'open';
    const all = [...repo.pulls.values()]
      .map((pull) => ({ pull, issue: repo.issues.get(pull.number) as IssueState }))
      .filter(({ issue }) => state === 'all' || issue.state === state)
      .sort((a, b) => b.pull.number - a.pull.number);
    return paged(ctx, all, ({ pull, issue }) => shape.pullRequest(repo, pull, issue, users(ctx), ctx.hosts));
  }),

  'pulls/get': withRepo((ctx, repo) => {
    const pull = repo.pulls.get(Number(ctx.params.pull_number));
    if (!pull) return notFound();
    return { status: 200, body: shape.pullRequestFull(repo, pull, repo.issues.get(pull.number) as IssueState, users(ctx), ctx.hosts) };
  }),

  'pulls/list-files': withRepo((ctx, repo) => {
    const pull = repo.pulls.get(Number(ctx.params.pull_number));
    if (!pull) return notFound();
    // GitHub lists at most 3000 files of a pull request
    return paged(ctx, pull.files.slice(0, 3000), (file) => shape.diffEntry(repo, file, pull.head.sha, ctx.hosts));
  }),

  'issues/list-for-repo': withRepo((ctx, repo) => {
    const state = ctx.url.searchParams.get('state') ?? 'open';
    const wanted = (ctx.url.searchParams.get('labels') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const direction = ctx.url.searchParams.get('direction') ?? 'desc';
    const sort = ctx.url.searchParams.get('sort') ?? 'created';
    const commentCount = (issue: IssueState) => [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length;
    // ids grow with creation; timestamps come from the logical clock, so ties are impossible
    const sortKey = (issue: IssueState): number | string =>
      sort === 'updated' ? issue.updatedAt : sort === 'comments' ? commentCount(issue) : issue.id;
    const all = [...repo.issues.values()]
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)))
      .sort((a, b) => {
        const order = sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.number - b.number;
        return direction === 'asc' ? order : -order;
      });
    return paged(ctx, all, (issue) => issueJson(ctx, repo, issue));
  }),

  'issues/create': withRepo((ctx, repo) => {
    const title = ctx.body.title;
    if (title === undefined || title === null || String(title).trim() === '')
      return { status: 422, body: validationFailed('Issue', 'title', 'missing_field') };
    const issue = ctx.state.addIssue(`${repo.owner}/${repo.name}`, {
      title: String(title),
      body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
      labels: labelNames(ctx.body.labels ?? []),
      user: ctx.user?.login ?? repo.owner,
    });
    return { status: 201, body: issueJson(ctx, repo, issue) };
  }),

  'issues/get': withRepo((ctx, repo) => {
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    return issue ? { status: 200, body: issueJson(ctx, repo, issue) } : notFound();
  }),

  'issues/update': withRepo((ctx, repo) => {
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    if (!issue) return notFound();
    const body = ctx.body;
    if (typeof body.title === 'string' || typeof body.title === 'number') issue.title = String(body.title);
    if ('body' in body) issue.body = typeof body.body === 'string' ? body.body : null;
    if (Array.isArray(body.labels)) issue.labels = ctx.state.ensureLabels(repo, labelNames(body.labels));
    const reason = body.state_reason as IssueState['stateReason'] | undefined;
    if (body.state === 'closed' && issue.state !== 'closed') {
      issue.state = 'closed';
      issue.stateReason = reason && reason !== 'reopened' ? reason : 'completed';
      issue.closedAt = ctx.state.now();
    } else if (body.state === 'open' && issue.state !== 'open') {
      issue.state = 'open';
      issue.stateReason = 'reopened';
      issue.closedAt = null;
    }
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: issueJson(ctx, repo, issue) };
  }),

  'issues/list-comments': withRepo((ctx, repo) => {
    const number = Number(ctx.params.issue_number);
    if (!repo.issues.has(number)) return notFound();
    const since = ctx.url.searchParams.get('since');
    const all = ctx.state.comments(`${repo.owner}/${repo.name}`, number).filter((comment) => !since || comment.updatedAt >= since);
    return paged(ctx, all, (comment) => commentJson(ctx, repo, comment));
  }),

  'issues/create-comment': withRepo((ctx, repo) => {
    const number = Number(ctx.params.issue_number);
    if (!repo.issues.has(number)) return notFound();
    const body = ctx.body.body;
    if (typeof body !== 'string' || body === '') return { status: 422, body: validationFailed('IssueComment', 'body', 'missing_field') };
    // GitHub's limit on a comment body
    if (body.length > 65536)
      return { status: 422, body: validationFailed('IssueComment', 'body', 'custom', 'Body is too long (maximum is 65536 characters)') };
    const comment = ctx.state.addComment(`${repo.owner}/${repo.name}`, number, { body, user: ctx.user?.login ?? repo.owner });
    return { status: 201, body: commentJson(ctx, repo, comment) };
  }),

  'issues/get-comment': withRepo((ctx, repo) => {
    const comment = repo.comments.get(Number(ctx.params.comment_id));
    return comment ? { status: 200, body: commentJson(ctx, repo, comment) } : notFound();
  }),

  'issues/update-comment': withRepo((ctx, repo) => {
    const comment = repo.comments.get(Number(ctx.params.comment_id));
    if (!comment) return notFound();
    const body = ctx.body.body;
    if (typeof body !== 'string' || body === '') return { status: 422, body: validationFailed('IssueComment', 'body', 'missing_field') };
    if (body.length > 65536)
      return { status: 422, body: validationFailed('IssueComment', 'body', 'custom', 'Body is too long (maximum is 65536 characters)') };
    comment.body = body;
    comment.updatedAt = ctx.state.now();
    return { status: 200, body: commentJson(ctx, repo, comment) };
  }),

  'issues/delete-comment': withRepo((ctx, repo) => {
    const id = Number(ctx.params.comment_id);
    if (!repo.comments.has(id)) return notFound();
    repo.comments.delete(id);
    return { status: 204 };
  }),

  'issues/add-labels': withRepo((ctx, repo) => {
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    if (!issue) return notFound();
    for (const name of ctx.state.ensureLabels(repo, labelNames(ctx.body))) {
      if (!issue.labels.some((label) => label.toLowerCase() === name.toLowerCase())) issue.labels.push(name);
    }
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: issueLabels(ctx, repo, issue) };
  }),

  'issues/set-labels': withRepo((ctx, repo) => {
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    if (!issue) return notFound();
    issue.labels = ctx.state.ensureLabels(repo, labelNames(ctx.body));
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: issueLabels(ctx, repo, issue) };
  }),

  'issues/remove-label': withRepo((ctx, repo) => {
    const issue = repo.issues.get(Number(ctx.params.issue_number));
    const name = (ctx.params.name ?? '').toLowerCase();
    if (!issue?.labels.some((label) => label.toLowerCase() === name)) return { status: 404, body: errorBody(404, 'Label does not exist') };
    issue.labels = issue.labels.filter((label) => label.toLowerCase() !== name);
    issue.updatedAt = ctx.state.now();
    return { status: 200, body: issueLabels(ctx, repo, issue) };
  }),

  'issues/list-labels-for-repo': withRepo((ctx, repo) =>
    paged(ctx, [...repo.labels.values()], (value) => shape.label(repo, value, ctx.hosts)),
  ),

  'issues/create-label': withRepo((ctx, repo) => {
    const name = String(ctx.body.name ?? '');
    if (repo.labels.has(name.toLowerCase())) return { status: 422, body: validationFailed('Label', 'name', 'already_exists') };
    const color = String(ctx.body.color ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) return { status: 422, body: validationFailed('Label', 'color', 'invalid') };
    const value = ctx.state.addLabel(`${repo.owner}/${repo.name}`, {
      name,
      color,
      description: typeof ctx.body.description === 'string' ? ctx.body.description : null,
    });
    return { status: 201, body: shape.label(repo, value, ctx.hosts) };
  }),

  'issues/get-label': withRepo((ctx, repo) => {
    const value = repo.labels.get((ctx.params.name ?? '').toLowerCase());
    return value ? { status: 200, body: shape.label(repo, value, ctx.hosts) } : notFound();
  }),

  'search/issues-and-pull-requests': (ctx) => {
    let query: ReturnType<typeof parseSearch>;
    try {
      query = parseSearch(ctx.url.searchParams.get('q') ?? '');
    } catch (error) {
      if (error instanceof SearchSyntaxError) return { status: 422, body: validationFailed('Search', 'q', 'invalid', error.message) };
      throw error;
    }
    const found = [...ctx.state.repos.values()].flatMap((repo) =>
      [...repo.issues.values()]
        .filter((issue) =>
          matches(query, {
            repo: `${repo.owner}/${repo.name}`,
            isPull: repo.pulls.has(issue.number),
            state: issue.state,
            labels: issue.labels,
            title: issue.title,
            body: issue.body ?? '',
            comments: ctx.state.comments(`${repo.owner}/${repo.name}`, issue.number).map((comment) => comment.body),
          }),
        )
        .map((issue) => ({ repo, issue })),
    );
    // best match has no meaning here: newest first, like sort=created
    found.sort((a, b) =>
      a.issue.createdAt < b.issue.createdAt ? 1 : a.issue.createdAt > b.issue.createdAt ? -1 : b.issue.id - a.issue.id,
    );
    const page = paginate(found.slice(0, 1000), ctx.url, ctx.hosts.api);
    return {
      status: 200,
      body: {
        total_count: found.length,
        incomplete_results: false,
        search_type: 'lexical',
        items: page.items.map(({ repo, issue }) => ({ ...issueJson(ctx, repo, issue), score: 1 })),
      },
      ...(page.link ? { headers: { link: page.link } } : {}),
    };
  },

  'checks/create': withRepo((ctx, repo) => {
    if (!canWriteChecks(ctx)) return notAccessible();
    const headSha = String(ctx.body.head_sha ?? '');
    // the stand-in keeps no commits: any full SHA is taken as one GitHub knows
    if (!/^[0-9a-f]{40}$/.test(headSha))
      return { status: 422, body: validationFailed('CheckRun', 'head_sha', 'invalid', `No commit found for SHA: ${headSha}`) };
    const run: CheckRunState = {
      id: 0,
      name: String(ctx.body.name),
      headSha,
      status: 'queued',
      conclusion: null,
      startedAt: typeof ctx.body.started_at === 'string' ? ctx.body.started_at : ctx.state.now(),
      completedAt: null,
      detailsUrl: typeof ctx.body.details_url === 'string' ? ctx.body.details_url : null,
      externalId: typeof ctx.body.external_id === 'string' ? ctx.body.external_id : null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      creator: ctx.user?.login ?? repo.owner,
    };
    const refused = applyStatus(ctx, run, ctx.body) ?? applyOutput(run, ctx.body.output as CheckOutput | undefined, true);
    if (refused) return refused;
    const { id: _id, ...seed } = run;
    const stored = ctx.state.addCheckRun(`${repo.owner}/${repo.name}`, seed);
    return { status: 201, body: checkRunJson(ctx, repo, stored) };
  }),

  'checks/update': withRepo((ctx, repo) => {
    if (!canWriteChecks(ctx)) return notAccessible();
    const run = repo.checkRuns.get(Number(ctx.params.check_run_id));
    if (!run) return notFound();
    // GitHub lets an app update only its own check runs
    if (run.creator !== ctx.user?.login) return notAccessible();
    // validate everything before changing anything: a refused update leaves the run as it was
    const draft: CheckRunState = { ...run, output: { ...run.output }, annotations: [...run.annotations] };
    const refused = applyStatus(ctx, draft, ctx.body) ?? applyOutput(draft, ctx.body.output as CheckOutput | undefined, true);
    if (refused) return refused;
    if (typeof ctx.body.name === 'string') draft.name = ctx.body.name;
    if (typeof ctx.body.details_url === 'string') draft.detailsUrl = ctx.body.details_url;
    if (typeof ctx.body.external_id === 'string') draft.externalId = ctx.body.external_id;
    Object.assign(run, draft);
    return { status: 200, body: checkRunJson(ctx, repo, run) };
  }),

  'checks/list-for-ref': withRepo((ctx, repo) => {
    if (!canReadChecks(ctx, repo)) return notAccessible();
    const ref = ctx.params.ref ?? '';
    // a branch name is resolved through the PRs' heads (the stand-in keeps no refs of its own)
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : [...repo.pulls.values()].find((pull) => pull.head.ref === ref)?.head.sha;
    if (!sha) return { status: 422, body: validationFailed('CheckRun', 'ref', 'invalid', `No commit found for SHA: ${ref}`) };
    const name = ctx.url.searchParams.get('check_name');
    const status = ctx.url.searchParams.get('status');
    const filter = ctx.url.searchParams.get('filter') ?? 'latest';
    let all = ctx.state
      .checkRuns(`${repo.owner}/${repo.name}`, sha)
      .filter((run) => (!name || run.name === name) && (!status || run.status === status))
      .reverse(); // newest first
    // latest: the most recent check run of each name
    if (filter === 'latest') all = all.filter((run, index) => all.findIndex((other) => other.name === run.name) === index);
    const page = paginate(all, ctx.url, ctx.hosts.api);
    return {
      status: 200,
      body: { total_count: all.length, check_runs: page.items.map((run) => checkRunJson(ctx, repo, run)) },
      ...(page.link ? { headers: { link: page.link } } : {}),
    };
  }),

  'checks/list-annotations': withRepo((ctx, repo) => {
    if (!canReadChecks(ctx, repo)) return notAccessible();
    const run = repo.checkRuns.get(Number(ctx.params.check_run_id));
    if (!run) return notFound();
    return paged(ctx, run.annotations, (annotation) => shape.checkAnnotation(repo, run, annotation, ctx.hosts));
  }),

  'rate-limit/get': () => ({ status: 200, body: {} }), // filled in by the server (needs the limits)
};

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const PAGING = ['per_page', 'page'];
/** query parameters each operation honours (besides paging); any other one is reported */
const SUPPORTED_QUERY: Record<string, string[]> = {
  'pulls/list': ['state'],
  'issues/list-for-repo': ['state', 'labels', 'sort', 'direction'],
  'issues/list-comments': ['since'],
  'search/issues-and-pull-requests': ['q'],
  'checks/list-for-ref': ['check_name', 'status', 'filter'],
};

function tokenOf(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim());
  return match?.[1];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const api = await loadContract();
  const state = new GitHubState();
  const limits = new RateLimits({ core: options.coreLimitPerHour ?? 5000, search: options.searchLimitPerMinute ?? 30 });
  const faults: (FaultSpec & { left: number })[] = [];
  const violations: Violation[] = [];
  const requests: RecordedRequest[] = [];
  let hosts: shape.Hosts = { api: '', html: options.htmlUrl ?? 'https://github.com' };
  let requestCounter = 0;

  function takeFault(operation: string): FaultSpec | undefined {
    const index = faults.findIndex((fault) => fault.left > 0 && (!fault.operation || fault.operation === operation));
    if (index < 0) return undefined;
    const fault = faults[index] as FaultSpec & { left: number };
    fault.left -= 1;
    return fault;
  }

  /**
   * GraphQL is outside the REST contract; the stand-in answers the two queries testops makes
   * (`viewer { login }`, and `nodes(ids:) { ... on IssueComment { id isMinimized } }`) and records
   * anything else as unimplemented. As on GitHub, `viewer` is the token's identity for every kind
   * of token: an installation token's viewer is its bot (`my-app[bot]`), although GET /user refuses it.
   */
  function graphql(body: unknown, operationId: string, user: UserState | undefined): Reply {
    const query = String((body as { query?: unknown })?.query ?? '');
    const ids = (body as { variables?: { ids?: unknown } })?.variables?.ids;
    if (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      if (!user) return { status: 401, body: errorBody(401, 'This endpoint requires you to be authenticated.') };
      return { status: 200, body: { data: { viewer: { login: user.login } } } };
    }
    if (!/nodes\(ids:\s*\$ids\)\s*\{\s*\.\.\.\s*on IssueComment\s*\{\s*id\s+isMinimized\s*\}\s*\}/.test(query) || !Array.isArray(ids)) {
      const message = `GraphQL query not served by the stand-in: ${query.replace(/\s+/g, ' ').slice(0, 120)}`;
      violations.push({ kind: 'unimplemented', operation: operationId, method: 'POST', path: '/graphql', message });
      return { status: 501, body: errorBody(501, `github-server: ${message}`) };
    }
    const comments = new Map<string, CommentState>();
    for (const repo of state.repos.values())
      for (const comment of repo.comments.values()) comments.set(shape.commentNodeId(comment.id), comment);
    const nodes = ids.map((id) => {
      const comment = comments.get(String(id));
      return comment ? { id: String(id), isMinimized: comment.minimized === true } : null;
    });
    return { status: 200, body: { data: { nodes } } };
  }

  async function handle(
    req: IncomingMessage,
  ): Promise<Reply & { operation: string; login: string | null; body?: unknown; requestBody: unknown }> {
    const url = new URL(req.url ?? '/', hosts.api);
    const method = (req.method ?? 'GET').toUpperCase();
    const text = await readBody(req);
    let body: unknown;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        return { status: 400, body: errorBody(400, 'Problems parsing JSON'), operation: '?', login: null, requestBody: text };
      }
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
    );
    const request = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body };
    const operation = api.router.matchOperation(request) as Operation | undefined;
    const operationId = operation?.operationId ?? `${method} ${url.pathname}`;
    const token = tokenOf(req.headers.authorization);
    const user = token ? state.userByToken(token) : undefined;
    const identity = user?.login ?? `anonymous:${req.socket.remoteAddress}`;
    const resource: RateResource = url.pathname.startsWith('/search/') ? 'search' : 'core';
    const base = { operation: operationId, login: user?.login ?? null, requestBody: body };

    const taken = limits.take(identity, resource);
    const rateHeaders = RateLimits.headers(taken.window, resource);
    const reply = (r: Reply) => ({ ...base, ...r, headers: { ...rateHeaders, ...(r.headers ?? {}) } });
    if (token && !user) return reply({ status: 401, body: errorBody(401, 'Bad credentials') });
    if (!taken.allowed) {
      return reply({
        status: 403,
        body: errorBody(403, `API rate limit exceeded for ${identity}.`),
        headers: { 'retry-after': String(Math.max(taken.window.reset - Math.floor(Date.now() / 1000), 1)) },
      });
    }

    if (method === 'POST' && url.pathname === '/graphql') return reply(graphql(body, operationId, user));

    if (!operation || !handlers[operation.operationId ?? '']) {
      const message = operation
        ? `operation ${operationId} is in the contract subset but the stand-in does not implement it`
        : `${method} ${url.pathname} is not an operation of the contract subset (test/openapi); add it to scripts/gen-openapi-subset.ts`;
      violations.push({ kind: 'unimplemented', operation: operationId, method, path: url.pathname, message });
      return reply({ status: 501, body: errorBody(501, `github-server: ${message}`) });
    }

    const fault = takeFault(operationId);
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 500));
    if (fault?.kind === 'secondary-rate-limit') {
      return reply({
        status: 403,
        body: errorBody(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
        headers: { 'retry-after': String(fault.retryAfter ?? 1) },
      });
    }
    if (fault?.kind === 'rate-limit') {
      return reply({ status: 429, body: errorBody(429, 'Too many requests'), headers: { 'retry-after': String(fault.retryAfter ?? 1) } });
    }
    if (fault?.kind === 'server-error') {
      const status = fault.status ?? 500;
      return reply({
        status,
        body: status === 500 ? errorBody(500, 'Server Error') : errorBody(status, status === 502 ? 'Bad Gateway' : 'Service Unavailable'),
      });
    }
    if (fault?.kind === 'not-found') return reply(notFound());

    const validation = api.validator.validateRequest(request as never, operation);
    if (!validation.valid) {
      const message = describeErrors(validation.errors as never);
      violations.push({ kind: 'request', operation: operationId, method, path: url.pathname, message });
      return reply({ status: 422, body: validationFailed('Request', 'body', 'invalid', `${operationId}: ${message}`) });
    }

    // a documented parameter the stand-in would silently ignore is a gap in the stand-in, not a pass
    const ignored = [...url.searchParams.keys()].filter(
      (name) => !(SUPPORTED_QUERY[operationId] ?? []).includes(name) && !PAGING.includes(name),
    );
    if (ignored.length) {
      const message = `query parameter ${ignored.join(', ')} of ${operationId} is valid for GitHub but not implemented by the stand-in`;
      violations.push({ kind: 'unimplemented', operation: operationId, method, path: url.pathname, message });
      return reply({ status: 501, body: errorBody(501, `github-server: ${message}`) });
    }

    if (WRITE_METHODS.has(method)) {
      if (!user) return reply({ status: 401, body: errorBody(401, 'Requires authentication') });
      if (user.readOnly) return reply({ status: 403, body: errorBody(403, 'Resource not accessible by integration') });
    }

    const parsed = api.router.parseRequest(request as never, operation);
    const ctx: Context = {
      url,
      params: Object.fromEntries(Object.entries(parsed.params ?? {}).map(([key, value]) => [key, decodeURIComponent(String(value))])),
      body: (body && typeof body === 'object' ? body : {}) as Record<string, unknown>,
      user,
      hosts,
      state,
    };
    let result: Reply;
    if (operation.operationId === 'rate-limit/get') {
      const search = limits.peek(identity, 'search');
      const coreWindow = limits.peek(identity, 'core');
      const asLimit = (w: { limit: number; used: number; reset: number }) => ({
        limit: w.limit,
        used: w.used,
        remaining: w.limit - w.used,
        reset: w.reset,
      });
      result = { status: 200, body: { resources: { core: asLimit(coreWindow), search: asLimit(search) }, rate: asLimit(coreWindow) } };
    } else {
      result = (handlers[operation.operationId as string] as Handler)(ctx);
    }

    const documented = Object.keys(operation.responses ?? {}).includes(String(result.status));
    const noContent = result.status === 204 && result.body === undefined;
    if (!noContent && (documented || (result.status >= 200 && result.status < 300))) {
      const check = api.validator.validateResponse(result.body, operation, result.status);
      if (check.errors?.length) {
        const message = describeErrors(check.errors as never);
        violations.push({ kind: 'response', operation: operationId, method, path: url.pathname, message });
        return reply({ status: 500, body: errorBody(500, `github-server: response of ${operationId} breaks the contract: ${message}`) });
      }
    }
    return reply(result);
  }

  const server = createServer((req, res: ServerResponse) => {
    handle(req).then(
      (result) => {
        requestCounter += 1;
        requests.push({
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          operation: result.operation,
          status: result.status,
          login: result.login,
          body: result.requestBody,
        });
        const headers: Record<string, string> = {
          'x-github-request-id': `STANDIN:${requestCounter}`,
          'x-github-api-version-selected': '2022-11-28',
          ...(result.headers ?? {}),
        };
        if (result.body === undefined) {
          res.writeHead(result.status, headers).end();
        } else {
          res.writeHead(result.status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(result.body));
        }
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        violations.push({
          kind: 'response',
          operation: '?',
          method: req.method ?? '?',
          path: req.url ?? '?',
          message: `stand-in crashed: ${message}`,
        });
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(errorBody(500, message)));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  hosts = { ...hosts, api: url };

  return {
    url,
    state,
    injectFault: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    violations: () => [...violations],
    assertNoViolations: () => {
      if (violations.length === 0) return;
      throw new Error(
        `GitHub API contract violations (${violations.length}):\n${violations.map((v) => `- ${v.kind} ${v.operation} (${v.method} ${v.path}): ${v.message}`).join('\n')}`,
      );
    },
    takeViolations: () => violations.splice(0, violations.length),
    requests: () => [...requests],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
