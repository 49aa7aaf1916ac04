/**
 * The sticky PR comment. One comment per PR and comment-id, found by three checks together: our
 * hidden marker as the body's first line (a marker quoted further down — in a failure message, in
 * a reply — is text), the token's own identity as the author (src/github/identity.ts: a look-alike
 * by anyone else is ignored), and not minimized (a hidden comment is left alone and a new one is
 * written). Two runs racing can both create one; the run that created the newer deletes it after
 * re-reading, and any later run deletes all but the oldest. GitHub is reached through the narrow
 * CommentsApi so the logic is tested without it.
 */
import type { CommentMode } from '../config/schema.js';
import { commentMarker, commentContent, hasAnyMarker } from '../render/marker.js';
import type { Log } from '../util/log.js';
import type { GitHubClient } from './client.js';
import { tokenLogin } from './identity.js';

export { commentMarker };

/** GitHub rejects issue comment bodies longer than this (characters). */
const MAX_BODY = 65_536;

export interface ListedComment {
  id: number;
  body: string;
  /** login of the author */
  user: string;
  url: string;
  /** true when GitHub reports the comment hidden; undefined when unknown */
  minimized?: boolean;
}

export interface CommentsApi {
  /** login of the token's user: comments we wrote carry it as author */
  login(): Promise<string>;
  /** every comment of the issue or PR, all pages, oldest first */
  list(owner: string, repo: string, issue: number): Promise<ListedComment[]>;
  create(owner: string, repo: string, issue: number, body: string): Promise<{ id: number; url: string }>;
  /** rejects with NotFoundError when the comment no longer exists */
  update(owner: string, repo: string, id: number, body: string): Promise<{ id: number; url: string }>;
  /** resolves also when it was already gone */
  remove(owner: string, repo: string, id: number): Promise<void>;
}

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

export interface CommentsApiOptions {
  /**
   * Ask GitHub's GraphQL API whether our candidate comments are minimized (REST does not say).
   * Default true. When the query fails, the comments are treated as not minimized.
   */
  checkMinimized?: boolean;
  /**
   * The author login to assume when neither GET /user nor GraphQL's viewer answers (see
   * src/github/identity.ts); github-actions[bot] by default.
   */
  fallbackLogin?: string;
  log?: Log;
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}

export function commentsApi(octokit: GitHubClient, options: CommentsApiOptions = {}): CommentsApi {
  return {
    login() {
      return tokenLogin(octokit, {
        ...(options.fallbackLogin ? { fallback: options.fallbackLogin } : {}),
        ...(options.log ? { log: options.log } : {}),
      });
    },
    async list(owner, repo, issue) {
      const raw = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
      const comments = raw.map((comment) => ({
        id: comment.id,
        nodeId: comment.node_id,
        body: comment.body ?? '',
        user: comment.user?.login ?? '',
        url: comment.html_url,
      }));
      const minimized =
        options.checkMinimized === false ? new Map<string, boolean>() : await minimizedStates(octokit, comments, options.log);
      return comments.map(({ nodeId, ...comment }) => (minimized.has(nodeId) ? { ...comment, minimized: minimized.get(nodeId) } : comment));
    },
    async create(owner, repo, issue, body) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
      return { id: data.id, url: data.html_url };
    },
    async update(owner, repo, id, body) {
      try {
        const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
        return { id: data.id, url: data.html_url };
      } catch (error) {
        if (status(error) === 404) throw new NotFoundError(`comment ${id} in ${owner}/${repo} no longer exists`);
        throw error;
      }
    },
    async remove(owner, repo, id) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      } catch (error) {
        if (status(error) !== 404) throw error;
      }
    },
  };
}

/** isMinimized of the comments that carry a testops marker (usually one), by GraphQL node id. */
async function minimizedStates(
  octokit: GitHubClient,
  comments: Array<{ nodeId: string; body: string }>,
  log?: Log,
): Promise<Map<string, boolean>> {
  const ids = comments.filter((comment) => hasAnyMarker(comment.body)).map((comment) => comment.nodeId);
  const states = new Map<string, boolean>();
  if (ids.length === 0) return states;
  try {
    for (let start = 0; start < ids.length; start += 100) {
      const result = await octokit.graphql<{ nodes: Array<{ id: string; isMinimized?: boolean } | null> }>(
        'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
        // No retries: a server without GraphQL answers 501, and the answer will not change.
        { ids: ids.slice(start, start + 100), request: { retries: 0 } },
      );
      for (const node of result.nodes) if (node?.id && typeof node.isMinimized === 'boolean') states.set(node.id, node.isMinimized);
    }
  } catch (error) {
    log?.debug(
      `could not ask GraphQL whether comments are minimized (${status(error) ?? (error as Error).message}); treating them as not minimized`,
    );
  }
  return states;
}

export type { CommentMode };

export interface UpsertInput {
  api: CommentsApi;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  commentId?: string;
  mode: CommentMode;
  /** the run failed: decides on-failure */
  failed: boolean;
  log: Log;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'deleted';
  url?: string;
}

/** Whether a body is a sticky comment of this marker: the marker is its whole first line. */
export function startsWithMarker(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`);
}

/** Our comments for this comment-id — marker as the first line, our author, not minimized — oldest first. */
export function stickyComments(comments: ListedComment[], login: string, commentId?: string): ListedComment[] {
  const marker = commentMarker(commentId);
  return comments
    .filter((comment) => comment.user === login && startsWithMarker(comment.body, marker) && comment.minimized !== true)
    .sort((a, b) => a.id - b.id);
}

/** Deletes every sticky comment but the oldest (left by a race); returns the oldest. */
async function removeDuplicates(input: UpsertInput, ours: ListedComment[], why: string): Promise<ListedComment | undefined> {
  const [oldest, ...newer] = ours;
  for (const duplicate of newer) {
    await input.api.remove(input.owner, input.repo, duplicate.id);
    input.log.info(`deleted a second testops comment (${duplicate.url}): ${why}`);
  }
  return oldest;
}

/**
 * Create, update, leave or delete the sticky comment according to the mode (docs/comment.md):
 * - always: create it, or update it when the body changed;
 * - on-change: like always, but an update is skipped when only the footer (commit, run, duration) changed;
 * - on-failure: create it only when the run failed; an existing one is still updated, so it never shows a stale failure;
 * - off: write nothing, and delete an existing one (it would show a stale verdict).
 */
export async function upsertStickyComment(input: UpsertInput): Promise<UpsertResult> {
  const { api, owner, repo, issue, mode, log } = input;
  const marker = commentMarker(input.commentId);
  const body = startsWithMarker(input.body, marker) ? input.body : `${marker}\n${input.body}`;
  if (body.length > MAX_BODY) {
    throw new Error(`the comment body is ${body.length} characters; GitHub accepts at most ${MAX_BODY} (renderComment trims to fit)`);
  }
  const where = `${owner}/${repo}#${issue}`;
  try {
    const login = await api.login();
    const ours = stickyComments(await api.list(owner, repo, issue), login, input.commentId);
    if (mode === 'off') {
      if (ours.length === 0) return { action: 'skipped' };
      for (const comment of ours) await api.remove(owner, repo, comment.id);
      log.info(`comment-mode off: deleted the earlier testops comment on ${where}`);
      return { action: 'deleted' };
    }
    const existing = await removeDuplicates(input, ours, 'an earlier run raced another');
    if (!existing) {
      if (mode === 'on-failure' && !input.failed) {
        log.info(`comment-mode on-failure: the run passed and ${where} has no testops comment; none written`);
        return { action: 'skipped' };
      }
      const created = await api.create(owner, repo, issue, body);
      return settleCreated(input, login, body, created);
    }
    const unchanged = existing.body === body || (mode === 'on-change' && commentContent(existing.body) === commentContent(body));
    if (unchanged) {
      log.info(`the testops comment is up to date: ${existing.url}`);
      return { action: 'unchanged', url: existing.url };
    }
    try {
      const updated = await api.update(owner, repo, existing.id, body);
      log.info(`updated the testops comment: ${updated.url}`);
      return { action: 'updated', url: updated.url };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      // Deleted between listing and updating: write it again.
      const created = await api.create(owner, repo, issue, body);
      log.info('the testops comment was deleted meanwhile; created it again');
      return settleCreated(input, login, body, created);
    }
  } catch (error) {
    if (status(error) === 403 && /not accessible by integration|forbidden/i.test((error as Error).message)) {
      log.warning(`cannot write the PR comment on ${where}: the token is read-only (a fork PR?). The report is in the job summary.`);
      return { action: 'skipped' };
    }
    throw error;
  }
}

/**
 * After creating: read the thread again. A run that raced this one may have created its comment
 * first; then ours is the newer and goes, and the oldest gets our body. Every racer reads after its
 * own create, so every racer but the one that created the oldest sees an older one and deletes its
 * own: however many race, exactly the oldest is left. (A racer that died before this is repaired by
 * the next run, which deletes every newer one.)
 */
async function settleCreated(input: UpsertInput, login: string, body: string, created: { id: number; url: string }): Promise<UpsertResult> {
  const { api, owner, repo, issue, log } = input;
  const oldest = stickyComments(await api.list(owner, repo, issue), login, input.commentId)[0];
  if (!oldest || oldest.id >= created.id) {
    log.info(`created the testops comment: ${created.url}`);
    return { action: 'created', url: created.url };
  }
  await api.remove(owner, repo, created.id);
  log.info(`deleted the comment this run created (${created.url}): a parallel run created one first, ${oldest.url}`);
  if (oldest.body === body) return { action: 'unchanged', url: oldest.url };
  try {
    const updated = await api.update(owner, repo, oldest.id, body);
    log.info(`updated the testops comment: ${updated.url}`);
    return { action: 'updated', url: updated.url };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    // the oldest went meanwhile (a person deleted it): the next run writes one again
    return { action: 'skipped' };
  }
}

/**
 * For the workflow_run follow-up: the report came from a run of code from a fork, which could
 * name any PR. Comment only when that PR's current head is the commit the triggering run tested.
 */
export async function pullHeadMatches(
  octokit: GitHubClient,
  input: { owner: string; repo: string; pull: number; sha: string },
): Promise<boolean> {
  try {
    const { data } = await octokit.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.pull });
    return data.head.sha.toLowerCase() === input.sha.toLowerCase();
  } catch (error) {
    if (status(error) === 404) return false;
    throw error;
  }
}
