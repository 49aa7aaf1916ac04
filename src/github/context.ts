/**
 * The run's event, read from the variables the runner sets and the event payload file. Pure: the
 * environment and a file reader are passed in.
 *
 * Fork detection matters for safety, not only for display: a `pull_request` run from a fork gets
 * a read-only token, so the comment cannot be written from it and must come from a follow-up
 * `workflow_run` job (docs/comment.md).
 */
import { EventError } from '../errors.js';
import type { EventInfo } from '../model.js';

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const ZERO_SHA = /^0{40}$/;

export class EventContextError extends EventError {
  constructor(message: string) {
    super(message);
    this.name = 'EventContextError';
  }
}

interface RepoPayload {
  full_name?: string;
  default_branch?: string;
}

interface PullPayload {
  number?: number;
  labels?: Array<{ name?: string } | string>;
  head?: { ref?: string; sha?: string; repo?: RepoPayload | null };
  base?: { ref?: string; sha?: string; repo?: RepoPayload | null };
}

interface Payload {
  repository?: RepoPayload;
  pull_request?: PullPayload;
  number?: number;
  before?: string;
  after?: string;
  workflow_run?: {
    event?: string;
    head_sha?: string;
    head_branch?: string;
    head_repository?: RepoPayload | null;
    repository?: RepoPayload;
    pull_requests?: Array<{ number?: number; head?: { ref?: string; sha?: string }; base?: { ref?: string; sha?: string } }>;
  };
}

function readPayload(path: string | undefined, readFile: (path: string) => string): Payload {
  if (!path) return {};
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new EventContextError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload (${(error as Error).message})`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('expected a JSON object');
    return parsed as Payload;
  } catch (error) {
    throw new EventContextError(`GITHUB_EVENT_PATH ${path}: the event payload is not a JSON object (${(error as Error).message})`);
  }
}

function parseRepository(value: string | undefined, source: string): { owner: string; repo: string } | undefined {
  if (!value) return undefined;
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value.trim());
  if (!match) throw new EventContextError(`${source}: expected "owner/repo", got ${JSON.stringify(value)}`);
  return { owner: match[1], repo: match[2] };
}

function sameRepo(a?: string, b?: string): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

const nonEmpty = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function readEventContext(env: NodeJS.ProcessEnv, readFile: (path: string) => string): EventInfo {
  const name = nonEmpty(env.GITHUB_EVENT_NAME) ?? 'local';
  const payload = readPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile);
  const repo =
    parseRepository(nonEmpty(env.GITHUB_REPOSITORY), 'GITHUB_REPOSITORY') ??
    parseRepository(payload.repository?.full_name, `${env.GITHUB_EVENT_PATH}: repository.full_name`);
  const ref = nonEmpty(env.GITHUB_REF);
  const defaultBranch = nonEmpty(payload.repository?.default_branch);
  const runAttempt = env.GITHUB_RUN_ATTEMPT ? Number.parseInt(env.GITHUB_RUN_ATTEMPT, 10) : undefined;
  const base: EventInfo = {
    name,
    headSha: nonEmpty(env.GITHUB_SHA) ?? '',
    isDefaultBranch: false,
    isFork: false,
    ...(repo ? { repo } : {}),
    ...(ref ? { ref } : {}),
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(nonEmpty(env.GITHUB_RUN_ID) ? { runId: nonEmpty(env.GITHUB_RUN_ID) } : {}),
    ...(runAttempt !== undefined && Number.isFinite(runAttempt) ? { runAttempt } : {}),
    ...(nonEmpty(env.GITHUB_JOB) ? { job: nonEmpty(env.GITHUB_JOB) } : {}),
    ...(nonEmpty(env.GITHUB_SERVER_URL) ? { serverUrl: nonEmpty(env.GITHUB_SERVER_URL) } : {}),
  };

  const pull = payload.pull_request;
  if (PR_EVENTS.has(name) && pull) {
    const headRepo = pull.head?.repo?.full_name;
    const baseRepo = pull.base?.repo?.full_name ?? payload.repository?.full_name;
    const labels = (pull.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean);
    const branch = nonEmpty(env.GITHUB_HEAD_REF) ?? pull.head?.ref;
    const baseRef = nonEmpty(env.GITHUB_BASE_REF) ?? pull.base?.ref;
    return {
      ...base,
      headSha: base.headSha || (pull.head?.sha ?? ''),
      ...(branch ? { branch } : {}),
      ...(baseRef ? { baseRef } : {}),
      ...(pull.base?.sha ? { baseSha: pull.base.sha } : {}),
      ...(pull.head?.sha ? { prHeadSha: pull.head.sha } : {}),
      ...(typeof (pull.number ?? payload.number) === 'number' ? { prNumber: pull.number ?? payload.number } : {}),
      prLabels: labels,
      // A deleted head repository (head.repo null) is a fork that no longer exists: still a fork.
      isFork: !sameRepo(headRepo, baseRepo),
      isDefaultBranch: false,
    };
  }

  const run = payload.workflow_run;
  if (name === 'workflow_run' && run) {
    // GitHub leaves pull_requests empty for runs from forks: the PR number must then come from
    // the report artifact the triggering run uploaded.
    const pr = run.pull_requests?.[0];
    const isFork = !sameRepo(run.head_repository?.full_name, run.repository?.full_name ?? payload.repository?.full_name);
    return {
      ...base,
      headSha: run.head_sha ?? base.headSha,
      ...(run.head_branch ? { branch: run.head_branch } : {}),
      ...(pr?.number ? { prNumber: pr.number } : {}),
      ...(pr?.base?.ref ? { baseRef: pr.base.ref } : {}),
      ...(pr?.base?.sha ? { baseSha: pr.base.sha } : {}),
      ...(run.head_sha && run.event?.startsWith('pull_request') ? { prHeadSha: run.head_sha } : {}),
      isFork,
      isDefaultBranch: !run.event?.startsWith('pull_request') && run.head_branch !== undefined && run.head_branch === defaultBranch,
    };
  }

  const branch = nonEmpty(env.GITHUB_REF_NAME) ?? (ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
  const before = payload.before && !ZERO_SHA.test(payload.before) ? payload.before : undefined;
  return {
    ...base,
    headSha: base.headSha || (payload.after && !ZERO_SHA.test(payload.after) ? payload.after : ''),
    ...(branch && ref?.startsWith('refs/heads/') ? { branch } : {}),
    // A push diffs against the commit before it; a new branch (before = zeros) has none.
    ...(name === 'push' && before ? { baseSha: before } : {}),
    isDefaultBranch: Boolean(defaultBranch && ref === `refs/heads/${defaultBranch}`),
  };
}
