/**
 * syncFlakyIssues: one self-maintaining GitHub issue per flaky test. Reads our issues once, merges
 * each issue's history block with the baseline and this run, decides (lifecycle.ts), writes, and
 * then re-reads to close any duplicate a parallel run created at the same moment.
 */
import type { FlakyConfig } from '../config/schema.js';
import type { FlakyIssuesApi, IssueRecord, RepoRef } from '../github/issues.js';
import type { Baseline, EventInfo, FlakyEntry, RunsFile, TestHistoryEntry } from '../model.js';
import type { Log } from '../util/log.js';
import { assessConfig, currentObservations } from './analyze.js';
import { type Assessment, assess } from './assess.js';
import {
  dedupeMessages,
  type GroupTest,
  HISTORY_KEEP,
  type IssueData,
  type Links,
  parseBody,
  renderBody,
  renderGroupBody,
} from './issue-body.js';
import { decide, type IssueAction, pickIssues } from './lifecycle.js';
import { baselineHistory, type CurrentObservation, infraRunsOf, mergeHistories, type TestIdentity } from './observations.js';

export const FLAKY_LABEL = 'flaky-test';

export interface IssueSyncResult {
  created: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  grouped: number[];
  problems: string[];
}

export interface SyncInput {
  api: FlakyIssuesApi;
  owner: string;
  repo: string;
  entries: FlakyEntry[];
  runs: RunsFile;
  baseline: Baseline | null;
  event: EventInfo;
  config: FlakyConfig;
  runUrl?: string;
  now: Date;
  log: Log;
  /** git tree id of HEAD, as given to analyzeFlakiness */
  tree?: string;
  /** ISO time of this branch's merge-base with the default branch; a closed issue is not reopened from a branch older than its closing */
  mergeBaseAt?: string;
}

interface Work {
  test: TestIdentity;
  entry?: FlakyEntry;
  observations: CurrentObservation[];
  issues: IssueRecord[];
  history: TestHistoryEntry[];
  assessment: Assessment;
  data: IssueData;
  flakedNow: boolean;
  action: IssueAction;
}

const errorText = (error: unknown) => {
  const status = (error as { status?: number }).status;
  const message = ((error as Error).message ?? String(error)).split('\n')[0];
  return status ? `HTTP ${status}: ${message}` : message;
};

const titleFor = (test: TestIdentity) => {
  const title = `Flaky test: ${test.name} (${test.suite})`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
};

/** An observation worth keeping in the issue: every default-branch run, and proof of flakiness from any branch. */
const recordable = (entry: TestHistoryEntry, event: EventInfo) =>
  event.isDefaultBranch || (entry.failures > 0 && entry.failures < entry.attempts);

export async function syncFlakyIssues(input: SyncInput): Promise<IssueSyncResult> {
  const result: IssueSyncResult = { created: [], updated: [], reopened: [], closed: [], grouped: [], problems: [] };
  if (!input.config.issues) return result;
  const { api, event, log } = input;
  const ref: RepoRef = { owner: input.owner, repo: input.repo };
  const links: Links = { serverUrl: event.serverUrl ?? 'https://github.com', owner: input.owner, repo: input.repo };
  const labels = [...new Set([FLAKY_LABEL, ...input.config.labels])];
  const config = assessConfig(input.config, event);
  const nowIso = input.now.toISOString();

  let login: string;
  let ours: IssueRecord[];
  try {
    login = await api.login();
    ours = (await api.listByLabel(ref, FLAKY_LABEL)).filter((issue) => issue.author === login);
  } catch (error) {
    result.problems.push(
      `flaky-test issues: could not list issues labelled ${FLAKY_LABEL} in ${input.owner}/${input.repo} (${errorText(error)})`,
    );
    return result;
  }
  const byTest = new Map<string, IssueRecord[]>();
  const byGroup = new Map<string, IssueRecord[]>();
  for (const issue of ours) {
    const parsed = parseBody(issue.body);
    if (parsed.testId) byTest.set(parsed.testId, [...(byTest.get(parsed.testId) ?? []), issue]);
    else if (parsed.groupKey) byGroup.set(parsed.groupKey, [...(byGroup.get(parsed.groupKey) ?? []), issue]);
    if (parsed.problem && parsed.testId)
      result.problems.push(`flaky-test issue #${issue.number}: ${parsed.problem}; its history is ignored`);
  }

  // The tests to look at: every verdict, and every test with an open issue that ran now.
  const current = currentObservations({ runs: input.runs, event, tree: input.tree });
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const ids = new Set([...entries.keys()]);
  for (const [id, issues] of byTest) if (current.has(id) && issues.some((issue) => issue.state === 'open')) ids.add(id);

  const work: Work[] = [];
  const infraRuns = infraRunsOf(input.baseline);
  for (const id of ids) {
    const entry = entries.get(id);
    const observations = current.get(id) ?? [];
    const issues = byTest.get(id) ?? [];
    const { open, closed } = pickIssues(issues);
    const stored = parseBody((open ?? closed)?.body).data;
    const test: TestIdentity = observations.at(-1)?.test ??
      (entry ? { id, suite: entry.suite, name: entry.name, file: entry.file, line: entry.line } : undefined) ?? {
        id,
        suite: stored?.suite ?? '',
        name: stored?.name ?? id,
      };
    const now = observations.map((observation) => observation.entry);
    // After a closing, history before it is settled: a reopened issue judges the test afresh.
    const sinceClosing = (history: TestHistoryEntry[]) =>
      !open && closed?.closedAt ? history.filter((item) => Date.parse(item.at) > Date.parse(closed.closedAt as string)) : history;
    const history = mergeHistories(
      sinceClosing(stored?.history ?? []),
      sinceClosing(baselineHistory(input.baseline, id, infraRuns)),
      now.filter((item) => recordable(item, event)),
    ).slice(-HISTORY_KEEP);
    const assessment = assess(history, config);
    const state = assessment.state === 'cleared' ? 'cleared' : (entry?.state ?? assessment.state);
    const flakedNow = now.some((item) => !item.infra && item.failures > 0 && (item.failures < item.attempts || event.isDefaultBranch));
    const lastFailure = [...history].reverse().find((item) => item.failures > 0 && !item.infra);
    const data: IssueData = {
      v: 1,
      id,
      suite: test.suite,
      name: test.name,
      ...(test.file ? { file: test.file } : {}),
      ...(test.line ? { line: test.line } : {}),
      firstSeen: stored?.firstSeen ?? history.find((item) => item.failures > 0 && !item.infra)?.at ?? nowIso,
      lastSeen: lastFailure?.at ?? stored?.lastSeen ?? nowIso,
      messages: dedupeMessages(
        observations.flatMap((observation) => observation.messages),
        stored?.messages ?? [],
      ),
      history,
    };
    // The body shows the verdict the report shows, on the issue's longer history.
    const shown: Assessment =
      entry && state === entry.state && assessment.state !== state ? { ...assessment, state, evidence: entry.evidence } : assessment;
    if (entry && state === 'flaky') shown.quarantined = entry.quarantined || assessment.quarantined;
    const action = decide({ state, issues, flakedNow, isDefaultBranch: event.isDefaultBranch, mergeBaseAt: input.mergeBaseAt });
    work.push({ test, entry, observations, issues, history, assessment: shown, data, flakedNow, action });
  }

  // Grouping: more than group-above new flaky tests of one suite in this run get one issue.
  const newBySuite = new Map<string, Work[]>();
  for (const item of work)
    if (item.action.kind === 'create' && item.flakedNow)
      newBySuite.set(item.test.suite, [...(newBySuite.get(item.test.suite) ?? []), item]);
  const grouped = new Set<Work>();
  for (const [suite, items] of newBySuite) {
    if (items.length <= input.config['group-above']) continue;
    for (const item of items) grouped.add(item);
    const key = `${suite}@${event.runId ?? event.headSha.slice(0, 12)}`;
    const runLabel = event.runId ? `run ${event.runId}` : `commit ${event.headSha.slice(0, 7)}`;
    const tests: GroupTest[] = items.map((item) => ({ test: item.test, assessment: item.assessment, message: item.data.messages[0] }));
    const body = renderGroupBody({ key, suite, runLabel, runUrl: input.runUrl, tests, groupAbove: input.config['group-above'] });
    try {
      const existing = (byGroup.get(key) ?? []).find((issue) => issue.state === 'open');
      let issue = existing;
      if (existing) {
        if (existing.body !== body) issue = await api.update(ref, existing.number, { body });
      } else {
        issue = await api.create(ref, { title: `Flaky tests: ${items.length} in suite ${suite} flaked in ${runLabel}`, body, labels });
        issue = await keepOldest(api, ref, login, issue, (parsed) => parsed.groupKey === key, result);
      }
      if (!issue) continue;
      result.grouped.push(issue.number);
      for (const item of items) setIssue(item.entry, issue);
    } catch (error) {
      result.problems.push(`flaky-test group issue for suite ${suite}: ${errorText(error)}`);
      if (isReadOnly(error)) return finish(result, log);
    }
  }

  for (const item of work) {
    if (grouped.has(item)) continue;
    const { action } = item;
    const body = () => renderBody({ test: item.test, assessment: item.assessment, data: item.data, links });
    try {
      switch (action.kind) {
        case 'create': {
          const created = await api.create(ref, { title: titleFor(item.test), body: body(), labels });
          const kept = await keepOldest(api, ref, login, created, (parsed) => parsed.testId === item.test.id, result);
          if (kept?.number === created.number) result.created.push(created.number);
          if (kept) setIssue(item.entry, kept);
          break;
        }
        case 'update': {
          const text = body();
          let issue = action.issue;
          if (issue.body !== text) {
            issue = await api.update(ref, issue.number, { body: text });
            result.updated.push(issue.number);
          }
          await closeDuplicates(api, ref, pickIssues(item.issues).duplicates, issue, result);
          await ensureLabels(api, ref, issue, labels);
          setIssue(item.entry, issue);
          break;
        }
        case 'reopen': {
          const issue = await api.update(ref, action.issue.number, { body: body(), state: 'open', stateReason: 'reopened' });
          await api.comment(
            ref,
            issue.number,
            `Reopened: the test flaked again${input.runUrl ? ` in ${input.runUrl}` : ''} (${event.headSha.slice(0, 7)}, ${event.branch ?? 'unknown branch'}).`,
          );
          await ensureLabels(api, ref, issue, labels);
          result.reopened.push(issue.number);
          setIssue(item.entry, issue);
          break;
        }
        case 'close': {
          await api.update(ref, action.issue.number, { body: body() });
          await api.comment(
            ref,
            action.issue.number,
            `Closing: ${item.assessment.evidence[0] ?? 'the test has been stable long enough'}${input.runUrl ? ` (${input.runUrl})` : ''}. testops reopens this issue if the test flakes again.`,
          );
          const issue = await api.update(ref, action.issue.number, { state: 'closed', stateReason: 'completed' });
          result.closed.push(issue.number);
          setIssue(item.entry, issue);
          break;
        }
        case 'none':
          if (action.issue) setIssue(item.entry, action.issue);
          if (item.entry?.state === 'flaky') log.debug(`flaky-test issue for ${item.test.name}: ${action.reason}`);
          break;
      }
    } catch (error) {
      result.problems.push(`flaky-test issue for ${item.test.name} (${item.test.suite}): ${action.kind} failed (${errorText(error)})`);
      if (isReadOnly(error)) break;
    }
  }
  return finish(result, log);
}

const isReadOnly = (error: unknown) => (error as { status?: number }).status === 403 && !/rate limit/i.test((error as Error).message ?? '');

function finish(result: IssueSyncResult, log: Log): IssueSyncResult {
  for (const problem of result.problems) log.warning(problem);
  return result;
}

function setIssue(entry: FlakyEntry | undefined, issue: IssueRecord) {
  if (!entry) return;
  entry.issueNumber = issue.number;
  entry.issueUrl = issue.url;
}

async function ensureLabels(api: FlakyIssuesApi, ref: RepoRef, issue: IssueRecord, labels: string[]) {
  const missing = labels.filter((label) => !issue.labels.some((have) => have.toLowerCase() === label.toLowerCase()));
  if (missing.length > 0) await api.addLabels(ref, issue.number, missing);
}

async function closeDuplicates(api: FlakyIssuesApi, ref: RepoRef, duplicates: IssueRecord[], kept: IssueRecord, result: IssueSyncResult) {
  for (const duplicate of duplicates) {
    await api.comment(
      ref,
      duplicate.number,
      `Duplicate of #${kept.number} (created by a parallel run); closing in favour of the older issue.`,
    );
    await api.update(ref, duplicate.number, { state: 'closed', stateReason: 'not_planned' });
    result.closed.push(duplicate.number);
  }
}

/**
 * Re-read after creating: if a parallel run created the same issue, the oldest open one wins and
 * the one we just created is closed (only our own, so two runs never both close the same issue).
 */
async function keepOldest(
  api: FlakyIssuesApi,
  ref: RepoRef,
  login: string,
  created: IssueRecord,
  same: (parsed: ReturnType<typeof parseBody>) => boolean,
  result: IssueSyncResult,
): Promise<IssueRecord | undefined> {
  const open = (await api.listByLabel(ref, FLAKY_LABEL))
    .filter((issue) => issue.author === login && issue.state === 'open' && same(parseBody(issue.body)))
    .sort((a, b) => a.number - b.number);
  const oldest = open[0];
  if (!oldest || oldest.number === created.number) return created;
  await closeDuplicates(api, ref, [created], oldest, result);
  return oldest;
}
