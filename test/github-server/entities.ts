/**
 * GitHub-shaped JSON for the stand-in's state: the fields GitHub's schemas require, with URLs
 * pointing at the stand-in (api) and a configurable web host (html). Pure functions of the state.
 */
import type {
  CheckAnnotationState,
  CheckRunState,
  CommentState,
  IssueState,
  LabelState,
  PullFile,
  PullState,
  RepoState,
  UserState,
} from './state.js';

export interface Hosts {
  /** the stand-in's own URL, e.g. http://127.0.0.1:41234 */
  api: string;
  /** the web host used in html_url, e.g. https://github.com */
  html: string;
}

const nodeId = (kind: string, id: number) => Buffer.from(`${kind}:${id}`).toString('base64');

/** the GraphQL node id of an issue comment (its `node_id` in REST) */
export const commentNodeId = (id: number) => nodeId('IssueComment', id);

export function simpleUser(user: UserState, hosts: Hosts) {
  const url = `${hosts.api}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('User', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${hosts.html}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export function privateUser(user: UserState, hosts: Hosts, createdAt: string) {
  return {
    ...simpleUser(user, hosts),
    user_view_type: 'private',
    name: user.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: createdAt,
    updated_at: createdAt,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

export function repository(repo: RepoState, owner: UserState, hosts: Hosts, full = false) {
  const url = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const openIssues = [...repo.issues.values()].filter((issue) => issue.state === 'open').length;
  const base = {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: simpleUser(owner, hosts),
    private: repo.private,
    html_url: `${hosts.html}/${repo.owner}/${repo.name}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${hosts.html}/${repo.owner}/${repo.name}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${hosts.html}/${repo.owner}/${repo.name}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    license: null,
    allow_forking: true,
  };
  return full ? { ...base, network_count: 0, subscribers_count: 0 } : base;
}

export function label(repo: RepoState, value: LabelState, hosts: Hosts) {
  return {
    id: value.id,
    node_id: nodeId('Label', value.id),
    url: `${hosts.api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(value.name)}`,
    name: value.name,
    description: value.description,
    color: value.color,
    default: false,
  };
}

export function issue(repo: RepoState, value: IssueState, users: (login: string) => UserState, hosts: Hosts) {
  const repoUrl = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/issues/${value.number}`;
  const pull = repo.pulls.get(value.number);
  const html = `${hosts.html}/${repo.owner}/${repo.name}/${pull ? 'pull' : 'issues'}/${value.number}`;
  return {
    id: value.id,
    node_id: nodeId('Issue', value.id),
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: value.number,
    state: value.state,
    state_reason: value.stateReason,
    title: value.title,
    body: value.body,
    user: simpleUser(users(value.user), hosts),
    labels: value.labels.map((name) => label(repo, repo.labels.get(name.toLowerCase()) as LabelState, hosts)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: [...repo.comments.values()].filter((comment) => comment.issueNumber === value.number).length,
    closed_at: value.closedAt,
    created_at: value.createdAt,
    updated_at: value.updatedAt,
    author_association: value.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    ...(pull
      ? {
          pull_request: {
            url: `${repoUrl}/pulls/${value.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: null,
          },
        }
      : {}),
  };
}

export function comment(repo: RepoState, value: CommentState, users: (login: string) => UserState, hosts: Hosts) {
  const repoUrl = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const pull = repo.pulls.has(value.issueNumber);
  const user = users(value.user);
  return {
    id: value.id,
    node_id: commentNodeId(value.id),
    url: `${repoUrl}/issues/comments/${value.id}`,
    html_url: `${hosts.html}/${repo.owner}/${repo.name}/${pull ? 'pull' : 'issues'}/${value.issueNumber}#issuecomment-${value.id}`,
    issue_url: `${repoUrl}/issues/${value.issueNumber}`,
    body: value.body,
    user: simpleUser(user, hosts),
    created_at: value.createdAt,
    updated_at: value.updatedAt,
    author_association: value.user === repo.owner ? 'OWNER' : user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
  };
}

function branchRef(repo: RepoState, owner: UserState, side: PullState['head'], hosts: Hosts, users: (login: string) => UserState) {
  const repoOwner = side.repoOwner ? users(side.repoOwner) : owner;
  const sideRepo: RepoState = side.repoOwner ? { ...repo, owner: side.repoOwner, id: repo.id + 100_000 } : repo;
  return {
    label: `${repoOwner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(repoOwner, hosts),
    repo: { ...repository(sideRepo, repoOwner, hosts), fork: Boolean(side.repoOwner) },
  };
}

export function pullRequest(repo: RepoState, value: PullState, issueState: IssueState, users: (login: string) => UserState, hosts: Hosts) {
  const owner = users(repo.owner);
  const repoUrl = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const url = `${repoUrl}/pulls/${value.number}`;
  const html = `${hosts.html}/${repo.owner}/${repo.name}/pull/${value.number}`;
  const asIssue = issue(repo, issueState, users, hosts);
  return {
    url,
    id: issueState.id + 500_000,
    node_id: nodeId('PullRequest', issueState.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl}/issues/${value.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${value.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${value.head.sha}`,
    number: value.number,
    state: issueState.state,
    locked: false,
    title: issueState.title,
    user: asIssue.user,
    body: issueState.body,
    labels: asIssue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issueState.createdAt,
    updated_at: issueState.updatedAt,
    closed_at: issueState.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchRef(repo, owner, value.head, hosts, users),
    base: branchRef(repo, owner, value.base, hosts, users),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${repoUrl}/issues/${value.number}` },
      comments: { href: `${repoUrl}/issues/${value.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${value.head.sha}` },
    },
    author_association: asIssue.author_association,
    auto_merge: null,
    draft: value.draft,
  };
}

export function pullRequestFull(
  repo: RepoState,
  value: PullState,
  issueState: IssueState,
  users: (login: string) => UserState,
  hosts: Hosts,
) {
  return {
    ...pullRequest(repo, value, issueState, users, hosts),
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: issue(repo, issueState, users, hosts).comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: value.files.reduce((sum, file) => sum + file.additions, 0),
    deletions: value.files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: value.files.length,
  };
}

export function diffEntry(repo: RepoState, file: PullFile, headSha: string, hosts: Hosts) {
  const sha = Buffer.from(`${headSha}:${file.filename}`).toString('hex').slice(0, 40).padEnd(40, '0');
  return {
    sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${hosts.html}/${repo.owner}/${repo.name}/blob/${headSha}/${encodeURI(file.filename)}`,
    raw_url: `${hosts.html}/${repo.owner}/${repo.name}/raw/${headSha}/${encodeURI(file.filename)}`,
    contents_url: `${hosts.api}/repos/${repo.owner}/${repo.name}/contents/${encodeURI(file.filename)}?ref=${headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previousFilename ? { previous_filename: file.previousFilename } : {}),
  };
}

export function commit(repo: RepoState, sha: string, message: string, author: UserState, date: string, parents: string[], hosts: Hosts) {
  const repoUrl = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const person = { name: author.login, email: `${author.login}@users.noreply.github.com`, date };
  return {
    url: `${repoUrl}/commits/${sha}`,
    sha,
    node_id: nodeId('Commit', Number.parseInt(sha.slice(0, 8), 16) || 1),
    html_url: `${hosts.html}/${repo.owner}/${repo.name}/commit/${sha}`,
    comments_url: `${repoUrl}/commits/${sha}/comments`,
    commit: {
      url: `${repoUrl}/git/commits/${sha}`,
      author: person,
      committer: person,
      message,
      comment_count: 0,
      tree: { sha: sha.split('').reverse().join(''), url: `${repoUrl}/git/trees/${sha.split('').reverse().join('')}` },
    },
    author: simpleUser(author, hosts),
    committer: simpleUser(author, hosts),
    parents: parents.map((parent) => ({
      sha: parent,
      url: `${repoUrl}/commits/${parent}`,
      html_url: `${hosts.html}/${repo.owner}/${repo.name}/commit/${parent}`,
    })),
  };
}

/** The GitHub App a check run belongs to: `github-actions` for a workflow's GITHUB_TOKEN, as on GitHub. */
export function app(creator: UserState, hosts: Hosts, createdAt: string) {
  const slug = creator.app ? creator.login.replace(/\[bot\]$/, '') : `${creator.login}-app`;
  return {
    id: 15368 + (creator.app ? 0 : creator.id),
    slug,
    node_id: nodeId('Integration', creator.id),
    owner: simpleUser(creator, hosts),
    name: slug === 'github-actions' ? 'GitHub Actions' : slug,
    description: null,
    external_url: `${hosts.html}/apps/${slug}`,
    html_url: `${hosts.html}/apps/${slug}`,
    created_at: createdAt,
    updated_at: createdAt,
    permissions: { checks: creator.checks === 'none' ? 'none' : creator.checks, contents: 'read', metadata: 'read' },
    events: ['check_run', 'check_suite'],
  };
}

export function checkRun(repo: RepoState, value: CheckRunState, users: (login: string) => UserState, hosts: Hosts) {
  const repoUrl = `${hosts.api}/repos/${repo.owner}/${repo.name}`;
  const repoRef = { id: repo.id, url: repoUrl, name: repo.name };
  // GitHub lists the open PRs of this repository whose head is the commit (never a fork's)
  const pulls = [...repo.pulls.values()]
    .filter((pull) => pull.head.sha === value.headSha && !pull.head.repoOwner && repo.issues.get(pull.number)?.state === 'open')
    .map((pull) => ({
      id: (repo.issues.get(pull.number)?.id ?? 0) + 500_000,
      number: pull.number,
      url: `${repoUrl}/pulls/${pull.number}`,
      head: { ref: pull.head.ref, sha: pull.head.sha, repo: repoRef },
      base: { ref: pull.base.ref, sha: pull.base.sha, repo: repoRef },
    }));
  return {
    id: value.id,
    head_sha: value.headSha,
    node_id: nodeId('CheckRun', value.id),
    external_id: value.externalId,
    url: `${repoUrl}/check-runs/${value.id}`,
    html_url: `${hosts.html}/${repo.owner}/${repo.name}/runs/${value.id}`,
    details_url: value.detailsUrl,
    status: value.status,
    conclusion: value.conclusion,
    started_at: value.startedAt,
    completed_at: value.completedAt,
    output: {
      title: value.output.title,
      summary: value.output.summary,
      text: value.output.text,
      annotations_count: value.annotations.length,
      annotations_url: `${repoUrl}/check-runs/${value.id}/annotations`,
    },
    name: value.name,
    check_suite: { id: value.id + 700_000 },
    app: app(users(value.creator), hosts, value.startedAt),
    pull_requests: pulls,
  };
}

export function checkAnnotation(repo: RepoState, run: CheckRunState, value: CheckAnnotationState, hosts: Hosts) {
  return {
    path: value.path,
    blob_href: `${hosts.html}/${repo.owner}/${repo.name}/blob/${run.headSha}/${value.path}`,
    start_line: value.startLine,
    end_line: value.endLine,
    start_column: value.startColumn,
    end_column: value.endColumn,
    annotation_level: value.level,
    title: value.title,
    message: value.message,
    raw_details: value.rawDetails,
  };
}
