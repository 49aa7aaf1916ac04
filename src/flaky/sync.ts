/**
 * syncFlakyIssues: one self-maintaining GitHub issue per flaky test. Reads our issues once, plans
 * (issue-plan.ts, pure), applies the plan, and after each create re-reads to close any duplicate a
 * parallel run created at the same moment.
 */
import type { FlakyConfig } from '../config/schema.js';
import type { FlakyIssuesApi, IssueRecord, RepoRef } from '../github/issues.js';
import type { Baseline, EventInfo, FlakyEntry, RunsFile, TestCase } from '../model.js';
import type { Log } from '../util/log.js';
import { currentObservations } from './analyze.js';
import { type Links, parseBody } from './issue-body.js';
import { FLAKY_LABEL, type IssuePlan, type IssueStep, planIssues } from './issue-plan.js';
import { countAttempts, issueIdOf, mayBeUnstable } from './observations.js';
import { pushAll } from '../util/arrays.js';

export { FLAKY_LABEL } from './issue-plan.js';

export interface IssueSyncResult {
  created: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  grouped: number[];
  /** issues that moved to a renamed test */
  moved: number[];
  problems: string[];
  /** test id → its issue */
  links: Record<string, { number: number; url: string }>;
}

export interface SyncInput {
  api: FlakyIssuesApi;
  owner: string;
  repo: string;
  entries: readonly FlakyEntry[];
  runs: RunsFile;
  baseline: Baseline | null;
  event: EventInfo;
  config: FlakyConfig;
  runUrl?: string;
  now: Date;
  log: Log;
  /** git tree id of HEAD, as given to analyzeFlakiness */
  tree?: string;
  /** suite fingerprints, as given to analyzeFlakiness */
  scopes?: Record<string, string>;
  /** ISO time of this branch's merge-base with the default branch; a closed issue is not reopened from a branch older than its closing */
  mergeBaseAt?: string;
}

const errorText = (error: unknown) => {
  const status = (error as { status?: number }).status;
  const message = ((error as Error).message ?? String(error)).split('\n')[0];
  return status ? `HTTP ${status}: ${message}` : message;
};

const isReadOnly = (error: unknown) => (error as { status?: number }).status === 403 && !/rate limit/i.test((error as Error).message ?? '');

export function emptyResult(): IssueSyncResult {
  return { created: [], updated: [], reopened: [], closed: [], grouped: [], moved: [], problems: [], links: {} };
}

export async function syncFlakyIssues(input: SyncInput): Promise<IssueSyncResult> {
  const result = emptyResult();
  if (!input.config.issues) return result;
  const { api, event, log } = input;
  const ref: RepoRef = { owner: input.owner, repo: input.repo };
  const links: Links = { serverUrl: event.serverUrl ?? 'https://github.com', owner: input.owner, repo: input.repo };

  let login: string;
  let ours: IssueRecord[];
  try {
    login = await api.login();
    ours = (await api.listByLabel(ref, FLAKY_LABEL)).filter((issue) => issue.author === login);
  } catch (error) {
    result.problems.push(
      `flaky-test issues: could not list issues labelled ${FLAKY_LABEL} in ${input.owner}/${input.repo} (${errorText(error)})`,
    );
    return finish(result, log);
  }
  const plan = planIssues({
    issues: ours,
    entries: input.entries,
    current: currentObservations(
      {
        runs: input.runs,
        event,
        ...(input.tree ? { tree: input.tree } : {}),
        ...(input.scopes ? { scopes: input.scopes } : {}),
      },
      issueRelevant(input.runs, input.baseline, ours),
    ),
    ranSuites: suitesThatRan(input.runs),
    baseline: input.baseline,
    event,
    config: input.config,
    links,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    now: input.now.toISOString(),
    ...(input.mergeBaseAt ? { mergeBaseAt: input.mergeBaseAt } : {}),
  });
  await applyIssuePlan(api, ref, login, plan, result, ours);
  // the entries are the report's and stay as they are: result.links is merged into the final report (src/pipeline/effects.ts)
  return finish(result, log);
}

/**
 * The tests the issue plan needs observed: those the analysis keeps (a failure, a differing repeat
 * or a past in the baseline, see mayBeUnstable), those with an issue of ours (open or closed: a
 * test that ran keeps its issue from the removal and rename rules), and every test of a file an
 * issue names (where the rename rule looks for the test's new name). Any other test only passed
 * with no past and no issue near it, and the plan does nothing with it; at millions of tests its
 * observation was most of the sync's memory.
 */
function issueRelevant(runs: RunsFile, baseline: Baseline | null, issues: readonly IssueRecord[]): (test: TestCase) => boolean {
  const unstable = mayBeUnstable([runs], baseline);
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const issue of issues) {
    const parsed = parseBody(issue.body);
    if (parsed.testId) ids.add(parsed.testId);
    if (parsed.data?.suite && parsed.data.file) files.add(`${parsed.data.suite}\u0000${parsed.data.file}`);
  }
  return (test) => ids.has(test.id) || ids.has(issueIdOf(test)) || files.has(`${test.suite}\u0000${test.file ?? ''}`) || unstable(test);
}

/** The suites with a test that ran an attempt in this run: where an issue's test is missing, it is missing from a suite that ran. */
function suitesThatRan(runs: RunsFile): Set<string> {
  const ran = new Set<string>();
  for (const suite of runs.suites) if (suite.tests.some((test) => countAttempts(test).attempts > 0)) ran.add(suite.name);
  return ran;
}

/** Apply a plan through the API, in order; a read-only token stops it after one clear problem. */
export async function applyIssuePlan(
  api: FlakyIssuesApi,
  ref: RepoRef,
  login: string,
  plan: IssuePlan,
  result: IssueSyncResult,
  known: IssueRecord[],
): Promise<void> {
  pushAll(result.problems, plan.problems);
  const byNumber = new Map(known.map((issue) => [issue.number, issue]));
  const link = (testId: string | undefined, issue: Pick<IssueRecord, 'number' | 'url'> | undefined) => {
    if (testId && issue) result.links[testId] = { number: issue.number, url: issue.url };
  };
  for (const step of plan.steps) {
    try {
      await applyStep(api, ref, login, step, result, byNumber, link);
    } catch (error) {
      result.problems.push(`flaky-test issue ${describe(step)}: ${step.kind} failed (${errorText(error)})`);
      if (isReadOnly(error)) return;
    }
  }
}

function describe(step: IssueStep): string {
  if (step.kind === 'create') return `for ${step.title.replace(/^Flaky test: /, '')}`;
  if ('number' in step && step.number) return `#${step.number}`;
  if (step.kind === 'create-group') return `group ${step.key}`;
  return `for test ${'testId' in step ? step.testId : ''}`;
}

async function applyStep(
  api: FlakyIssuesApi,
  ref: RepoRef,
  login: string,
  step: IssueStep,
  result: IssueSyncResult,
  byNumber: Map<number, IssueRecord>,
  link: (testId: string | undefined, issue: Pick<IssueRecord, 'number' | 'url'> | undefined) => void,
): Promise<void> {
  switch (step.kind) {
    case 'link':
      link(step.testId, byNumber.get(step.number));
      return;
    case 'create': {
      const created = await api.create(ref, { title: step.title, body: step.body, labels: step.labels });
      const kept = await keepOldest(api, ref, login, created, (parsed) => parsed.testId === step.testId, result);
      if (kept.number === created.number) result.created.push(created.number);
      link(step.testId, kept);
      return;
    }
    case 'create-group': {
      let issue: IssueRecord;
      const known = step.existing !== undefined ? byNumber.get(step.existing) : undefined;
      if (known && known.body === step.body) issue = known;
      else if (step.existing !== undefined) issue = await api.update(ref, step.existing, { body: step.body });
      else {
        const created = await api.create(ref, { title: step.title, body: step.body, labels: step.labels });
        issue = await keepOldest(api, ref, login, created, (parsed) => parsed.groupKey === step.key, result);
      }
      result.grouped.push(issue.number);
      for (const testId of step.testIds) link(testId, issue);
      return;
    }
    case 'update': {
      let issue = byNumber.get(step.number);
      if (step.body !== undefined || step.title !== undefined) {
        issue = await api.update(ref, step.number, {
          ...(step.body !== undefined ? { body: step.body } : {}),
          ...(step.title !== undefined ? { title: step.title } : {}),
        });
        (step.why === 'renamed' ? result.moved : result.updated).push(step.number);
      }
      if (step.comment) await api.comment(ref, step.number, step.comment);
      if (step.addLabels?.length) await api.addLabels(ref, step.number, step.addLabels);
      link(step.testId, issue);
      return;
    }
    case 'reopen': {
      const issue = await api.update(ref, step.number, { body: step.body, state: 'open', stateReason: 'reopened' });
      await api.comment(ref, step.number, step.comment);
      if (step.addLabels?.length) await api.addLabels(ref, step.number, step.addLabels);
      result.reopened.push(step.number);
      link(step.testId, issue);
      return;
    }
    case 'close': {
      if (step.body !== undefined) await api.update(ref, step.number, { body: step.body });
      await api.comment(ref, step.number, step.comment);
      const issue = await api.update(ref, step.number, { state: 'closed', stateReason: step.reason });
      result.closed.push(step.number);
      link(step.testId, issue);
      return;
    }
  }
}

/** The problems are the caller's to report (publishReport makes them the report's, shown once); the log notes them. */
function finish(result: IssueSyncResult, log: Log): IssueSyncResult {
  for (const problem of result.problems) log.info(problem);
  return result;
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
): Promise<IssueRecord> {
  const open = (await api.listByLabel(ref, FLAKY_LABEL))
    .filter((issue) => issue.author === login && issue.state === 'open' && same(parseBody(issue.body)))
    .sort((a, b) => a.number - b.number);
  const oldest = open[0];
  if (!oldest || oldest.number === created.number) return created;
  await api.comment(
    ref,
    created.number,
    `Duplicate of #${oldest.number} (created by a parallel run); closing in favour of the older issue.`,
  );
  await api.update(ref, created.number, { state: 'closed', stateReason: 'not_planned' });
  result.closed.push(created.number);
  return oldest;
}
