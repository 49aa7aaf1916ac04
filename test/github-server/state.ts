/**
 * The stand-in's world: users (with their tokens), repositories, issues and pull requests (which
 * share one number sequence, as on GitHub), comments, labels and commit comparisons. Tests seed it
 * and read it back; the HTTP layer (server.ts) changes it. Timestamps come from a logical clock so
 * runs are deterministic and ordering by time is strict.
 */

export interface UserState {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  token?: string;
  /** a read-only token (fork PRs): every write answers 403 */
  readOnly: boolean;
  /** an app installation token (like a workflow's GITHUB_TOKEN): GET /user answers 403 */
  app: boolean;
  /**
   * the token's `checks` permission: `write` creates and updates check runs; `read` and `none` get
   * 403 on those writes (`none` also on reads of a private repository). Default: `read` for a
   * read-only token, else `write` (a workflow's GITHUB_TOKEN with the permissive defaults).
   */
  checks: 'write' | 'read' | 'none';
}

export interface LabelState {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface IssueState {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  /** label names as given */
  labels: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  patch?: string;
  previousFilename?: string;
}

export interface BranchSide {
  ref: string;
  sha: string;
  /** owner of the fork the branch lives in; the base repository's owner when absent */
  repoOwner?: string;
}

export interface PullState {
  number: number;
  head: BranchSide;
  base: BranchSide;
  files: PullFile[];
  draft: boolean;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  /** hidden ("minimized") in the thread; only visible through GraphQL's isMinimized */
  minimized?: boolean;
}

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed';
export type CheckRunConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckAnnotationState {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  rawDetails: string | null;
}

export interface CheckRunState {
  id: number;
  name: string;
  headSha: string;
  status: CheckRunStatus;
  conclusion: CheckRunConclusion | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** appended by every create/update that carries output.annotations, as on GitHub */
  annotations: CheckAnnotationState[];
  /** login of the token that created it (its app) */
  creator: string;
}

export interface Comparison {
  files: PullFile[];
  commits: { sha: string; message: string; author: string; parents: string[] }[];
  aheadBy?: number;
  behindBy?: number;
}

export interface RepoState {
  owner: string;
  name: string;
  id: number;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  labels: Map<string, LabelState>;
  issues: Map<number, IssueState>;
  pulls: Map<number, PullState>;
  comments: Map<number, CommentState>;
  comparisons: Map<string, Comparison>;
  checkRuns: Map<number, CheckRunState>;
  nextNumber: number;
}

export interface SeedPull {
  number?: number;
  title?: string;
  body?: string;
  user?: string;
  head: BranchSide;
  base: BranchSide;
  files?: PullFile[];
  draft?: boolean;
}

export interface SeedIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: 'open' | 'closed';
  user?: string;
}

const START = Date.parse('2026-01-05T09:00:00Z');

export class GitHubState {
  readonly users = new Map<string, UserState>();
  readonly repos = new Map<string, RepoState>();
  private nextId = 1000;
  private tick = 0;

  /** the logical clock: every call is one second later than the previous one */
  now(): string {
    this.tick += 1;
    return new Date(START + this.tick * 1000).toISOString().replace('.000Z', 'Z');
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  addUser(seed: {
    login: string;
    token?: string;
    readOnly?: boolean;
    app?: boolean;
    type?: 'User' | 'Bot';
    checks?: UserState['checks'];
  }): UserState {
    const user: UserState = {
      login: seed.login,
      id: this.id(),
      type: seed.type ?? (seed.login.endsWith('[bot]') ? 'Bot' : 'User'),
      readOnly: seed.readOnly ?? false,
      app: seed.app ?? false,
      checks: seed.checks ?? (seed.readOnly ? 'read' : 'write'),
      ...(seed.token !== undefined ? { token: seed.token } : {}),
    };
    this.users.set(user.login, user);
    return user;
  }

  user(login: string): UserState {
    return this.users.get(login) ?? this.addUser({ login });
  }

  userByToken(token: string): UserState | undefined {
    return [...this.users.values()].find((user) => user.token === token);
  }

  addRepo(seed: { owner: string; name: string; defaultBranch?: string; private?: boolean }): RepoState {
    this.user(seed.owner);
    const repo: RepoState = {
      owner: seed.owner,
      name: seed.name,
      id: this.id(),
      private: seed.private ?? false,
      defaultBranch: seed.defaultBranch ?? 'main',
      createdAt: this.now(),
      labels: new Map(),
      issues: new Map(),
      pulls: new Map(),
      comments: new Map(),
      comparisons: new Map(),
      checkRuns: new Map(),
      nextNumber: 1,
    };
    this.repos.set(`${seed.owner}/${seed.name}`.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): RepoState {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`github-server: no repository ${fullName} in the seeded state`);
    return repo;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addLabel(fullName: string, seed: { name: string; color?: string; description?: string | null }): LabelState {
    const repo = this.repo(fullName);
    const value: LabelState = { id: this.id(), name: seed.name, color: seed.color ?? 'ededed', description: seed.description ?? null };
    repo.labels.set(seed.name.toLowerCase(), value);
    return value;
  }

  /** labels that do not exist yet are created, as GitHub does when adding labels to an issue */
  ensureLabels(repo: RepoState, names: string[]): string[] {
    return names.map((name) => {
      const existing = repo.labels.get(name.toLowerCase());
      if (existing) return existing.name;
      this.addLabel(`${repo.owner}/${repo.name}`, { name });
      return name;
    });
  }

  addIssue(fullName: string, seed: SeedIssue, number?: number): IssueState {
    const repo = this.repo(fullName);
    const at = this.now();
    const value: IssueState = {
      id: this.id(),
      number: number ?? repo.nextNumber,
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      stateReason: seed.state === 'closed' ? 'completed' : null,
      labels: this.ensureLabels(repo, seed.labels ?? []),
      user: this.user(seed.user ?? repo.owner).login,
      createdAt: at,
      updatedAt: at,
      closedAt: seed.state === 'closed' ? at : null,
    };
    repo.issues.set(value.number, value);
    repo.nextNumber = Math.max(repo.nextNumber, value.number + 1);
    return value;
  }

  addPull(fullName: string, seed: SeedPull): PullState {
    const issue = this.addIssue(
      fullName,
      { title: seed.title ?? `Change ${seed.head.ref}`, body: seed.body ?? null, ...(seed.user ? { user: seed.user } : {}) },
      seed.number,
    );
    const pull: PullState = { number: issue.number, head: seed.head, base: seed.base, files: seed.files ?? [], draft: seed.draft ?? false };
    this.repo(fullName).pulls.set(pull.number, pull);
    return pull;
  }

  addComment(fullName: string, issueNumber: number, seed: { body: string; user?: string }): CommentState {
    const repo = this.repo(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`github-server: no issue or pull request #${issueNumber} in ${fullName}`);
    const at = this.now();
    const value: CommentState = {
      id: this.id(),
      issueNumber,
      body: seed.body,
      user: this.user(seed.user ?? repo.owner).login,
      createdAt: at,
      updatedAt: at,
    };
    repo.comments.set(value.id, value);
    return value;
  }

  /** as if someone deleted the comment on GitHub: later reads and writes of it answer 404 */
  deleteComment(fullName: string, id: number): void {
    this.repo(fullName).comments.delete(id);
  }

  /** comments on an issue or pull request, oldest first */
  comments(fullName: string, issueNumber: number): CommentState[] {
    return [...this.repo(fullName).comments.values()].filter((comment) => comment.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  issues(fullName: string): IssueState[] {
    const repo = this.repo(fullName);
    return [...repo.issues.values()].filter((issue) => !repo.pulls.has(issue.number)).sort((a, b) => a.number - b.number);
  }

  /** a new check run (the HTTP layer fills it from the request); ids are shared with everything else */
  addCheckRun(fullName: string, seed: Omit<CheckRunState, 'id'>): CheckRunState {
    const value: CheckRunState = { id: this.id(), ...seed };
    this.repo(fullName).checkRuns.set(value.id, value);
    return value;
  }

  /** check runs of a repository, oldest first (optionally only those on one commit) */
  checkRuns(fullName: string, headSha?: string): CheckRunState[] {
    return [...this.repo(fullName).checkRuns.values()].filter((run) => !headSha || run.headSha === headSha).sort((a, b) => a.id - b.id);
  }

  /** what `GET /repos/{o}/{r}/compare/{base}...{head}` answers */
  setComparison(fullName: string, base: string, head: string, comparison: Comparison): void {
    this.repo(fullName).comparisons.set(`${base}...${head}`, comparison);
  }
}
