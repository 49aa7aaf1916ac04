/**
 * The one health issue: found by its label and marker among issues the token's user wrote, updated
 * in place on every check. A closed one is reopened when there is an alert (and updated, left
 * closed, when all is on target); none is created when there is none. Newer duplicates (two
 * checks racing) are closed as duplicates of the oldest.
 */
import type { FlakyIssuesApi, IssueRecord, RepoRef } from '../github/issues.js';
import { HEALTH_MARKER } from './render.js';

export interface HealthIssueResult {
  action: 'created' | 'updated' | 'reopened';
  number: number;
  url: string;
}

export async function syncHealthIssue(
  api: FlakyIssuesApi,
  ref: RepoRef,
  input: { title: string; body: string; label: string; alerts: number },
): Promise<HealthIssueResult> {
  const login = await api.login();
  const ours = (await api.listByLabel(ref, input.label)).filter(
    (issue: IssueRecord) => issue.body.includes(HEALTH_MARKER) && (issue.author === login || issue.author === null),
  );
  const open = ours.filter((issue) => issue.state === 'open');
  const keep = open[0] ?? ours.at(-1);
  if (!keep) {
    const created = await api.create(ref, { title: input.title, body: input.body, labels: [input.label] });
    return { action: 'created', number: created.number, url: created.url };
  }
  for (const duplicate of open.slice(1))
    await api.update(ref, duplicate.number, {
      state: 'closed',
      stateReason: 'not_planned',
      body: `Duplicate of #${keep.number}.\n\n${HEALTH_MARKER}`,
    });
  const reopen = keep.state === 'closed' && input.alerts > 0;
  const updated = await api.update(ref, keep.number, {
    title: input.title,
    body: input.body,
    ...(reopen ? { state: 'open' as const, stateReason: 'reopened' as const } : {}),
  });
  return { action: reopen ? 'reopened' : 'updated', number: updated.number, url: updated.url };
}
