/**
 * What to do with a test's issue, given its verdict, its issues and this run. Pure, so every
 * branch of the lifecycle is tested without GitHub.
 */
import type { IssueRecord } from '../github/issues.js';
import type { Assessment } from './assess.js';

export type IssueAction =
  | { kind: 'create' }
  | { kind: 'update'; issue: IssueRecord }
  | { kind: 'reopen'; issue: IssueRecord }
  | { kind: 'close'; issue: IssueRecord }
  | { kind: 'none'; reason: string; issue?: IssueRecord };

export interface DecideInput {
  state: Assessment['state'];
  /** the issues carrying this test's marker, authored by us, oldest first */
  issues: IssueRecord[];
  /** the test failed and passed in this run, or failed in this run on the default branch */
  flakedNow: boolean;
  isDefaultBranch: boolean;
  /** merge-base of this branch with the default branch, ISO time (non-default-branch runs) */
  mergeBaseAt?: string;
}

/** The open issue we keep (the oldest), and the newer open ones that duplicate it. */
export function pickIssues(issues: IssueRecord[]): { open?: IssueRecord; duplicates: IssueRecord[]; closed?: IssueRecord } {
  const open = issues.filter((issue) => issue.state === 'open').sort((a, b) => a.number - b.number);
  // A closed duplicate or a not-planned issue is not the test's record; the last one cleared is.
  const closed = issues
    .filter((issue) => issue.state === 'closed' && issue.stateReason !== 'not_planned' && issue.stateReason !== 'duplicate')
    .sort((a, b) => (a.closedAt ?? '').localeCompare(b.closedAt ?? '') || a.number - b.number)
    .pop();
  return { open: open[0], duplicates: open.slice(1), closed };
}

export function decide(input: DecideInput): IssueAction {
  const { open, closed } = pickIssues(input.issues);
  switch (input.state) {
    case 'cleared':
      return open
        ? { kind: 'close', issue: open }
        : { kind: 'none', reason: 'cleared; no open issue', ...(closed ? { issue: closed } : {}) };
    case 'flaky':
      if (open) return { kind: 'update', issue: open };
      if (closed) {
        if (!input.flakedNow)
          return { kind: 'none', reason: `#${closed.number} was closed and the test has not flaked since`, issue: closed };
        if (!input.isDefaultBranch && input.mergeBaseAt && closed.closedAt && Date.parse(input.mergeBaseAt) < Date.parse(closed.closedAt))
          return {
            kind: 'none',
            reason: `#${closed.number} stays closed: this branch's merge-base (${input.mergeBaseAt}) is older than the closing (${closed.closedAt}), so it may lack the fix`,
            issue: closed,
          };
        return { kind: 'reopen', issue: closed };
      }
      return { kind: 'create' };
    case 'broken':
      return open ? { kind: 'update', issue: open } : { kind: 'none', reason: 'broken tests get no flaky-test issue' };
    default:
      return open && input.isDefaultBranch
        ? { kind: 'update', issue: open }
        : { kind: 'none', reason: 'stable', ...(open ? { issue: open } : {}) };
  }
}
