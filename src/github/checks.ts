/**
 * The check run: one per commit, job and comment-id, found again on re-runs by its name and
 * head SHA (list-for-ref) and testops' external_id, created or updated with the verdict as title,
 * the report as summary and every annotation — 50 a request, the rest appended by updates, as the
 * Checks API allows. Annotations cannot be removed from a check run, so a re-run appends only
 * those the check run does not carry yet. GitHub is reached through the narrow CheckRunsApi so the
 * logic is tested without it.
 */
import type { CheckAnnotation, CheckRunContent } from '../render/check-run.js';
import type { Log } from '../util/log.js';
import type { GitHubClient } from './client.js';

/** The Checks API takes at most this many annotations in one request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export interface ListedCheckRun {
  id: number;
  name: string;
  headSha: string;
  externalId: string | null;
  url: string;
}

export interface CheckRunBody {
  name?: string;
  head_sha?: string;
  external_id?: string;
  details_url?: string;
  status?: 'completed';
  conclusion?: 'success' | 'failure';
  output: { title: string; summary: string; annotations?: CheckAnnotation[] };
}

export interface CheckRunsApi {
  /** check runs on the commit with this name, every page */
  list(owner: string, repo: string, headSha: string, name: string): Promise<ListedCheckRun[]>;
  /** the annotations the check run already carries, every page */
  annotations(owner: string, repo: string, id: number): Promise<CheckAnnotation[]>;
  create(owner: string, repo: string, body: CheckRunBody & { name: string; head_sha: string }): Promise<ListedCheckRun>;
  update(owner: string, repo: string, id: number, body: CheckRunBody): Promise<ListedCheckRun>;
}

/** The token may not write check runs (it lacks `checks: write`, or is a fork PR's read-only token). */
export class ChecksPermissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChecksPermissionError';
  }
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number((error as { status: unknown }).status) : undefined;
}

/** 403 "Resource not accessible by integration" (or 401) becomes a ChecksPermissionError. */
async function guarded<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = status(error);
    if (code === 403 || code === 401)
      throw new ChecksPermissionError(`GitHub refused to ${what} (${code}: ${(error as Error).message.split('\n')[0]})`);
    throw error;
  }
}

interface RawCheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id: string | null;
  html_url: string | null;
  url: string;
}

const listed = (run: RawCheckRun): ListedCheckRun => ({
  id: run.id,
  name: run.name,
  headSha: run.head_sha,
  externalId: run.external_id,
  url: run.html_url ?? run.url,
});

export function checkRunsApi(octokit: GitHubClient): CheckRunsApi {
  return {
    list: (owner, repo, headSha, name) =>
      guarded('list check runs', async () => {
        const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
          owner,
          repo,
          ref: headSha,
          check_name: name,
          filter: 'all',
          per_page: 100,
        });
        return (runs as RawCheckRun[]).map(listed);
      }),
    annotations: (owner, repo, id) =>
      guarded('list check run annotations', async () => {
        const raw = await octokit.paginate(octokit.rest.checks.listAnnotations, { owner, repo, check_run_id: id, per_page: 100 });
        return raw.map((annotation) => ({
          path: annotation.path,
          start_line: annotation.start_line,
          end_line: annotation.end_line,
          annotation_level: (annotation.annotation_level ?? 'notice') as CheckAnnotation['annotation_level'],
          message: annotation.message ?? '',
          ...(annotation.title ? { title: annotation.title } : {}),
        }));
      }),
    create: (owner, repo, body) =>
      guarded('create a check run', async () => {
        const { data } = await octokit.rest.checks.create({ owner, repo, ...body });
        return listed(data as RawCheckRun);
      }),
    update: (owner, repo, id, body) =>
      guarded('update the check run', async () => {
        const { data } = await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body });
        return listed(data as RawCheckRun);
      }),
  };
}

export interface PublishCheckRunInput {
  api: CheckRunsApi;
  owner: string;
  repo: string;
  /** the commit the check run is for: a PR's head (not the merge commit), a push's commit */
  headSha: string;
  content: CheckRunContent;
  /** the run's URL: the check run's "Details" link */
  detailsUrl?: string;
  log: Log;
}

export interface PublishCheckRunResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
  /** annotations sent by this run (an update sends only those the check run lacked) */
  annotations: number;
  /** create/update requests made */
  requests: number;
}

const annotationKey = (a: CheckAnnotation) =>
  JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.title ?? '', a.message.trim()]);

/**
 * Create the check run for this commit, job and comment-id, or update the one an earlier attempt
 * created. The first request completes it (conclusion, title, summary) with the first 50
 * annotations; each further batch of 50 is appended by an update.
 */
export async function publishCheckRun(input: PublishCheckRunInput): Promise<PublishCheckRunResult> {
  const { api, owner, repo, headSha, content, log } = input;
  const existing = (await api.list(owner, repo, headSha, content.name)).find(
    (run) => run.headSha === headSha && run.name === content.name && run.externalId === content.externalId,
  );
  let pending = content.annotations;
  if (existing) {
    // annotations are appended on update and cannot be removed: send only those not there yet
    const present = new Set((await api.annotations(owner, repo, existing.id)).map(annotationKey));
    pending = pending.filter((annotation) => !present.has(annotationKey(annotation)));
  }
  const output = (annotations: CheckAnnotation[]) => ({
    title: content.title,
    summary: content.summary,
    ...(annotations.length > 0 ? { annotations } : {}),
  });
  const first = pending.slice(0, ANNOTATIONS_PER_REQUEST);
  const completion = {
    external_id: content.externalId,
    status: 'completed' as const,
    conclusion: content.conclusion,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: output(first),
  };
  const run = existing
    ? await api.update(owner, repo, existing.id, completion)
    : await api.create(owner, repo, { name: content.name, head_sha: headSha, ...completion });
  let requests = 1;
  for (let start = ANNOTATIONS_PER_REQUEST; start < pending.length; start += ANNOTATIONS_PER_REQUEST) {
    await api.update(owner, repo, run.id, { output: output(pending.slice(start, start + ANNOTATIONS_PER_REQUEST)) });
    requests += 1;
  }
  log.debug(`check run ${run.id}: ${pending.length} annotation(s) in ${requests} request(s)`);
  return { action: existing ? 'updated' : 'created', id: run.id, url: run.url, annotations: pending.length, requests };
}
