/**
 * The narrow interface the flaky-test lifecycle needs from GitHub issues, and its Octokit
 * implementation. Throttling and retries come from the client (src/github/client.ts).
 */
import type { GitHubClient } from './client.js';
import { ACTIONS_BOT, tokenLogin } from './identity.js';

export { ACTIONS_BOT };

export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** completed | not_planned | reopened | duplicate | null */
  stateReason: string | null;
  /** login of the author */
  author: string | null;
  labels: string[];
  url: string;
  createdAt: string;
  closedAt: string | null;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface FlakyIssuesApi {
  /** login of the token's identity (src/github/identity.ts): a personal token's user, an installation token's bot */
  login(): Promise<string>;
  /** every issue (open and closed, not pull requests) carrying the label, oldest first */
  listByLabel(ref: RepoRef, label: string): Promise<IssueRecord[]>;
  create(ref: RepoRef, issue: { title: string; body: string; labels: string[] }): Promise<IssueRecord>;
  update(
    ref: RepoRef,
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'reopened' },
  ): Promise<IssueRecord>;
  comment(ref: RepoRef, number: number, body: string): Promise<void>;
  addLabels(ref: RepoRef, number: number, labels: string[]): Promise<void>;
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  user: { login: string } | null;
  labels: Array<string | { name?: string }>;
  html_url: string;
  created_at: string;
  closed_at: string | null;
  pull_request?: unknown;
}

export function toIssueRecord(raw: RawIssue): IssueRecord {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason: raw.state_reason ?? null,
    author: raw.user?.login ?? null,
    labels: raw.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean),
    url: raw.html_url,
    createdAt: raw.created_at,
    closedAt: raw.closed_at,
  };
}

export function flakyIssuesApi(octokit: GitHubClient): FlakyIssuesApi {
  return {
    login: () => tokenLogin(octokit),
    async listByLabel(ref, label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...ref,
        labels: label,
        state: 'all',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
      });
      return (issues as RawIssue[])
        .filter((issue) => !issue.pull_request)
        .map(toIssueRecord)
        .sort((a, b) => a.number - b.number);
    },
    async create(ref, issue) {
      const response = await octokit.rest.issues.create({ ...ref, title: issue.title, body: issue.body, labels: issue.labels });
      return toIssueRecord(response.data as RawIssue);
    },
    async update(ref, number, change) {
      const response = await octokit.rest.issues.update({
        ...ref,
        issue_number: number,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.state ? { state: change.state } : {}),
        ...(change.stateReason ? { state_reason: change.stateReason } : {}),
      });
      return toIssueRecord(response.data as RawIssue);
    },
    async comment(ref, number, body) {
      await octokit.rest.issues.createComment({ ...ref, issue_number: number, body });
    },
    async addLabels(ref, number, labels) {
      if (labels.length > 0) await octokit.rest.issues.addLabels({ ...ref, issue_number: number, labels });
    },
  };
}
