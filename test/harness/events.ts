/**
 * Event payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH (the fields actions read:
 * numbers, refs, SHAs, repository with default_branch, fork flags), and the matching GITHUB_* refs.
 */

export interface RepoInfo {
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface EventSpec {
  name: 'pull_request' | 'push';
  payload: Record<string, unknown>;
  /** GITHUB_SHA, GITHUB_REF, GITHUB_HEAD_REF, GITHUB_BASE_REF */
  sha: string;
  ref: string;
  headRef: string;
  baseRef: string;
}

function repository(repo: RepoInfo, apiUrl: string, serverUrl: string) {
  return {
    id: 4242,
    node_id: 'R_stand_in',
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: false,
    owner: { login: repo.owner, id: 1, type: 'Organization' },
    html_url: `${serverUrl}/${repo.owner}/${repo.name}`,
    url: `${apiUrl}/repos/${repo.owner}/${repo.name}`,
    default_branch: repo.defaultBranch,
    fork: false,
  };
}

export interface PullRequestEvent {
  repo: RepoInfo;
  number: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  /** the merge commit GitHub checks out (GITHUB_SHA); the head SHA when absent */
  mergeSha?: string;
  /** owner of the fork the head lives in */
  forkOwner?: string;
  action?: 'opened' | 'synchronize' | 'reopened';
  author?: string;
  apiUrl: string;
  serverUrl?: string;
}

export function pullRequestEvent(spec: PullRequestEvent): EventSpec {
  const serverUrl = spec.serverUrl ?? 'https://github.com';
  const base = repository(spec.repo, spec.apiUrl, serverUrl);
  const headRepo = spec.forkOwner
    ? {
        ...base,
        id: 4343,
        full_name: `${spec.forkOwner}/${spec.repo.name}`,
        owner: { login: spec.forkOwner, id: 2, type: 'User' },
        fork: true,
      }
    : base;
  const author = spec.author ?? spec.forkOwner ?? 'dev';
  return {
    name: 'pull_request',
    sha: spec.mergeSha ?? spec.headSha,
    ref: `refs/pull/${spec.number}/merge`,
    headRef: spec.headRef,
    baseRef: spec.baseRef,
    payload: {
      action: spec.action ?? 'synchronize',
      number: spec.number,
      pull_request: {
        number: spec.number,
        state: 'open',
        title: `Change ${spec.headRef}`,
        draft: false,
        html_url: `${serverUrl}/${spec.repo.owner}/${spec.repo.name}/pull/${spec.number}`,
        url: `${spec.apiUrl}/repos/${spec.repo.owner}/${spec.repo.name}/pulls/${spec.number}`,
        user: { login: author, id: 3, type: 'User' },
        head: { ref: spec.headRef, sha: spec.headSha, label: `${headRepo.owner.login}:${spec.headRef}`, repo: headRepo },
        base: { ref: spec.baseRef, sha: spec.baseSha, label: `${spec.repo.owner}:${spec.baseRef}`, repo: base },
      },
      repository: base,
      sender: { login: author, id: 3, type: 'User' },
    },
  };
}

export interface PushEvent {
  repo: RepoInfo;
  branch: string;
  before: string;
  after: string;
  message?: string;
  apiUrl: string;
  serverUrl?: string;
}

export function pushEvent(spec: PushEvent): EventSpec {
  const serverUrl = spec.serverUrl ?? 'https://github.com';
  return {
    name: 'push',
    sha: spec.after,
    ref: `refs/heads/${spec.branch}`,
    headRef: '',
    baseRef: '',
    payload: {
      ref: `refs/heads/${spec.branch}`,
      before: spec.before,
      after: spec.after,
      created: false,
      deleted: false,
      forced: false,
      repository: { ...repository(spec.repo, spec.apiUrl, serverUrl), master_branch: spec.repo.defaultBranch },
      head_commit: { id: spec.after, message: spec.message ?? 'change', timestamp: '2026-01-05T09:00:00Z' },
      commits: [{ id: spec.after, message: spec.message ?? 'change' }],
      pusher: { name: 'dev' },
      sender: { login: 'dev', id: 3, type: 'User' },
    },
  };
}
