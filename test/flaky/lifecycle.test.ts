import { describe, expect, it } from 'vitest';
import type { IssueRecord } from '../../src/github/issues.js';
import { decide, pickIssues } from '../../src/flaky/lifecycle.js';

const issue = (number: number, state: 'open' | 'closed', extra: Partial<IssueRecord> = {}): IssueRecord => ({
  number,
  title: 't',
  body: '',
  state,
  stateReason: state === 'closed' ? 'completed' : null,
  author: 'bot',
  labels: ['flaky-test'],
  url: `https://github.com/acme/app/issues/${number}`,
  createdAt: '2026-01-01T00:00:00Z',
  closedAt: state === 'closed' ? '2026-02-01T00:00:00Z' : null,
  ...extra,
});
const base = { flakedNow: true, isDefaultBranch: true };

describe('decide', () => {
  it('creates for a new flaky test and updates the open issue of a known one', () => {
    expect(decide({ ...base, state: 'flaky', issues: [] })).toEqual({ kind: 'create' });
    expect(decide({ ...base, state: 'flaky', issues: [issue(4, 'open')] })).toMatchObject({ kind: 'update', issue: { number: 4 } });
  });
  it('reopens a closed issue when the test flakes again', () => {
    expect(decide({ ...base, state: 'flaky', issues: [issue(4, 'closed')] })).toMatchObject({ kind: 'reopen', issue: { number: 4 } });
  });
  it('leaves it closed when there is no new failure since the closing', () => {
    expect(decide({ ...base, flakedNow: false, state: 'flaky', issues: [issue(4, 'closed')] }).kind).toBe('none');
  });
  it('leaves it closed for a branch whose merge-base is older than the closing, reopens for a newer one', () => {
    const old = decide({
      ...base,
      isDefaultBranch: false,
      mergeBaseAt: '2026-01-20T00:00:00Z',
      state: 'flaky',
      issues: [issue(4, 'closed')],
    });
    expect(old).toMatchObject({ kind: 'none', reason: expect.stringMatching(/merge-base .* is older than the closing/) });
    const fresh = decide({
      ...base,
      isDefaultBranch: false,
      mergeBaseAt: '2026-02-02T00:00:00Z',
      state: 'flaky',
      issues: [issue(4, 'closed')],
    });
    expect(fresh.kind).toBe('reopen');
  });
  it('closes the open issue of a cleared test', () => {
    expect(decide({ ...base, state: 'cleared', issues: [issue(4, 'open')] })).toMatchObject({ kind: 'close', issue: { number: 4 } });
  });
  it('never opens an issue for a broken test', () => {
    expect(decide({ ...base, state: 'broken', issues: [] }).kind).toBe('none');
  });
});

describe('pickIssues', () => {
  it('keeps the oldest open issue, lists newer open ones as duplicates, ignores closed duplicates', () => {
    const picked = pickIssues([
      issue(9, 'open'),
      issue(3, 'open'),
      issue(2, 'closed', { stateReason: 'not_planned', closedAt: '2026-03-01T00:00:00Z' }),
      issue(1, 'closed'),
    ]);
    expect(picked.open?.number).toBe(3);
    expect(picked.duplicates.map((item) => item.number)).toEqual([9]);
    expect(picked.closed?.number).toBe(1);
  });
});
