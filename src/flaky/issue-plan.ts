/**
 * The flaky-test issue lifecycle as a pure plan: given our issues, this run's observations, the
 * baseline and the verdicts, the list of issue actions to take (create, update, move to a renamed
 * test, reopen, close). An executor applies them (sync.ts for GitHub; the simulation applies them
 * to a map), so every branch of the lifecycle is decided without I/O.
 */
import type { FlakyConfig } from '../config/schema.js';
import type { IssueRecord } from '../github/issues.js';
import type { Baseline, EventInfo, FlakyEntry, TestHistoryEntry } from '../model.js';
import { escapeText } from '../render/escape.js';
import { assessConfig, type LegVerdict, summariseLegs } from './analyze.js';
import { type Assessment, assess } from './assess.js';
import {
  type BodyInput,
  dedupeMessages,
  HISTORY_KEEP,
  type IssueData,
  type Links,
  type ParsedBody,
  parseBody,
  renderBody,
  renderGroupBody,
} from './issue-body.js';
import { decide, pickIssues } from './lifecycle.js';
import {
  baselineHistory,
  type CurrentObservation,
  historyKey,
  infraRunsOf,
  mergeHistories,
  observationKey,
  type TestIdentity,
} from './observations.js';
import { pushAll } from '../util/arrays.js';

export const FLAKY_LABEL = 'flaky-test';

/** Default-branch runs of its suite in which a test with an open issue did not run before the issue closes as removed or renamed. */
export const REMOVED_AFTER_RUNS = 20;
/** How alike a new test's name must be to an issue's test (same file) to carry the issue over. */
export const RENAME_SIMILARITY = 0.6;

export type IssueStep =
  | { kind: 'create'; testId: string; title: string; body: string; labels: string[] }
  | { kind: 'create-group'; key: string; testIds: string[]; title: string; body: string; labels: string[]; existing?: number }
  | {
      kind: 'update';
      number: number;
      testId?: string;
      title?: string;
      body?: string;
      addLabels?: string[];
      comment?: string;
      why: 'evidence' | 'broken' | 'renamed';
    }
  | { kind: 'reopen'; number: number; testId: string; body: string; comment: string; addLabels?: string[] }
  | { kind: 'close'; number: number; testId?: string; body?: string; comment: string; reason: 'completed' | 'not_planned'; why: CloseWhy }
  /** no write: the test's verdict links to this issue */
  | { kind: 'link'; number: number; testId: string };

export type CloseWhy = 'stable' | 'removed' | 'duplicate';

export interface IssuePlanInput {
  /** our issues labelled flaky-test (authored by our identity), any state */
  issues: IssueRecord[];
  entries: readonly FlakyEntry[];
  /** this run's observations (earlier attempts of the run included), by history key */
  current: Map<string, CurrentObservation[]>;
  /**
   * the suites with a test that ran, when `current` observes only some tests (src/flaky/sync.ts):
   * an issue's test missing from one of them counts towards closing; default: the observed suites
   */
  ranSuites?: ReadonlySet<string>;
  baseline: Baseline | null;
  event: EventInfo;
  config: FlakyConfig;
  links: Links;
  runUrl?: string;
  /** ISO time of this run */
  now: string;
  /** ISO time of this branch's merge-base with the default branch (PR runs) */
  mergeBaseAt?: string;
  /** the body renderer (the simulation passes a lighter one) */
  render?: (input: BodyInput) => string;
}

export interface IssuePlan {
  steps: IssueStep[];
  problems: string[];
}

const short = (sha: string) => sha.slice(0, 7);

export const titleFor = (test: Pick<TestIdentity, 'name' | 'suite'>) => {
  const title = `Flaky test: ${test.name} (${test.suite})`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
};

/** An observation worth keeping in the issue: every default-branch run, and proof of flakiness from any branch. */
const recordable = (entry: TestHistoryEntry, event: EventInfo) =>
  event.isDefaultBranch || (entry.failures > 0 && entry.failures < entry.attempts);

/** Dice coefficient of the names' letter pairs (case and punctuation ignored): 1 for equal names. */
export function nameSimilarity(a: string, b: string): number {
  const pairs = (text: string) => {
    const clean = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const out = new Map<string, number>();
    for (let index = 0; index + 1 < clean.length; index++) {
      const pair = clean.slice(index, index + 2);
      out.set(pair, (out.get(pair) ?? 0) + 1);
    }
    return out;
  };
  const left = pairs(a);
  const right = pairs(b);
  let both = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const count of right.values()) total += count;
  for (const [pair, count] of left) both += Math.min(count, right.get(pair) ?? 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * both) / total;
}

interface TestWork {
  test: TestIdentity;
  entry?: FlakyEntry;
  observations: CurrentObservation[];
  issues: IssueRecord[];
  /** the issue's record moved here from a renamed test */
  renamedFrom?: { id: string; name: string; issue: IssueRecord };
}

/** Split a history into legs (variant → entries); entries without a variant form the '' leg. */
function byLeg(history: TestHistoryEntry[]): Map<string, TestHistoryEntry[]> {
  const legs = new Map<string, TestHistoryEntry[]>();
  for (const entry of history) legs.set(entry.variant ?? '', [...(legs.get(entry.variant ?? '') ?? []), entry]);
  return legs;
}

export function planIssues(input: IssuePlanInput): IssuePlan {
  const steps: IssueStep[] = [];
  const problems: string[] = [];
  const { event, config: flaky } = input;
  if (!flaky.issues) return { steps, problems };
  const labels = [...new Set([FLAKY_LABEL, ...flaky.labels])];
  const config = assessConfig(flaky, event);
  const infraRuns = infraRunsOf(input.baseline);

  // Each body is read once: the history block can be large.
  const parsedBodies = new Map<number, ParsedBody>();
  const parsedOf = (issue: IssueRecord | undefined): ParsedBody => {
    if (!issue) return {};
    let parsed = parsedBodies.get(issue.number);
    if (!parsed) parsedBodies.set(issue.number, (parsed = parseBody(issue.body)));
    return parsed;
  };
  const byTest = new Map<string, IssueRecord[]>();
  const byGroup = new Map<string, IssueRecord[]>();
  for (const issue of input.issues) {
    const parsed = parsedOf(issue);
    if (parsed.testId) byTest.set(parsed.testId, [...(byTest.get(parsed.testId) ?? []), issue]);
    else if (parsed.groupKey) byGroup.set(parsed.groupKey, [...(byGroup.get(parsed.groupKey) ?? []), issue]);
    if (parsed.problem && parsed.testId) problems.push(`flaky-test issue #${issue.number}: ${parsed.problem}; its history is ignored`);
  }

  // This run's tests by id (all legs).
  const ranNow = new Map<string, CurrentObservation[]>();
  for (const observations of input.current.values())
    for (const observation of observations) ranNow.set(observation.test.id, [...(ranNow.get(observation.test.id) ?? []), observation]);
  const suitesRan = input.ranSuites ?? new Set([...ranNow.values()].map((observations) => observations[0].test.suite));
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));

  const work = new Map<string, TestWork>();
  const add = (id: string) => {
    if (work.has(id)) return work.get(id) as TestWork;
    const observations = ranNow.get(id) ?? [];
    const entry = entries.get(id);
    const issues = byTest.get(id) ?? [];
    const picked = pickIssues(issues);
    const stored = parsedOf(picked.open ?? picked.closed).data;
    const test: TestIdentity = observations.at(-1)?.test ??
      (entry ? { id, suite: entry.suite, name: entry.name, file: entry.file, line: entry.line } : undefined) ?? {
        id,
        suite: stored?.suite ?? '',
        name: stored?.name ?? id,
        ...(stored?.file ? { file: stored.file } : {}),
        ...(stored?.line ? { line: stored.line } : {}),
      };
    const item: TestWork = { test, ...(entry ? { entry } : {}), observations, issues };
    work.set(id, item);
    return item;
  };
  for (const id of entries.keys()) add(id);

  // Open issues of tests that did not run: renamed (carry the issue over) or removed (close it).
  const claimed = new Set<string>();
  for (const [id, issues] of byTest) {
    const { open, duplicates, closed } = pickIssues(issues);
    for (const duplicate of duplicates)
      steps.push({
        kind: 'close',
        number: duplicate.number,
        comment: `Duplicate of #${open?.number} (created by a parallel run); closing in favour of the older issue.`,
        reason: 'not_planned',
        why: 'duplicate',
      });
    // A closed issue follows a rename too (edited, left closed), so the renamed test reopens it
    // when it flakes again instead of opening a second issue for the same test.
    const record = open ?? closed;
    if (!record) continue;
    if (ranNow.has(id)) {
      if (open) add(id);
      continue;
    }
    const data = parsedOf(record).data;
    const suite = data?.suite;
    if (!suite || !suitesRan.has(suite) || !event.isDefaultBranch) continue;
    const renamed = findRename(data, ranNow, byTest, input.baseline, claimed);
    if (renamed) {
      claimed.add(renamed.test.id);
      const item = add(renamed.test.id);
      item.renamedFrom = { id, name: data.name, issue: record };
      item.issues = [record, ...item.issues];
      continue;
    }
    if (!open) continue;
    const missing = runsMissing(id, data, input.baseline) + 1;
    if (missing >= REMOVED_AFTER_RUNS)
      steps.push({
        kind: 'close',
        number: open.number,
        testId: id,
        comment: `Closing: the test has not run in the last ${missing} default-branch runs of suite ${escapeText(suite, 'code')} (removed or renamed)${input.runUrl ? ` (${input.runUrl})` : ''}. testops reopens this issue if it runs and flakes again.`,
        reason: 'completed',
        why: 'removed',
      });
  }

  // Per test: the issue's longer history merged with the baseline and this run, leg by leg.
  interface Decided {
    item: TestWork;
    summary: FlakyEntry;
    legs: LegVerdict[];
    data: IssueData;
    flakedNow: boolean;
  }
  const decided: Decided[] = [];
  for (const item of work.values()) {
    const { test, observations } = item;
    const { open, closed } = pickIssues(item.issues);
    const record = open ?? closed;
    const stored = parsedOf(record).data;
    const storedHistory = stored?.history ?? [];
    // After a closing, history before it is settled: a reopened issue judges the test afresh.
    const sinceClosing = (history: TestHistoryEntry[]) =>
      !open && closed?.closedAt ? history.filter((entry) => Date.parse(entry.at) > Date.parse(closed.closedAt as string)) : history;
    const variants = new Set<string>([
      ...storedHistory.map((entry) => entry.variant ?? ''),
      ...observations.map((observation) => observation.test.variant ?? ''),
    ]);
    if (variants.size === 0) variants.add('');
    const now = observations.map((observation) => observation.entry);
    const histories: TestHistoryEntry[] = [];
    const legs: LegVerdict[] = [];
    const storedLegs = byLeg(sinceClosing(storedHistory));
    for (const variant of variants) {
      const key = historyKey(test.id, variant || undefined);
      const fromBaseline = baselineHistory(input.baseline, key, infraRuns).map((entry) => (variant ? { ...entry, variant } : entry));
      const leg = mergeHistories(
        storedLegs.get(variant) ?? [],
        sinceClosing(fromBaseline),
        now.filter((entry) => (entry.variant ?? '') === variant && recordable(entry, event)),
      ).slice(-HISTORY_KEEP);
      pushAll(histories, leg);
      legs.push({ test: { ...test, ...(variant ? { variant } : {}) }, assessment: assess(leg, config) });
    }
    const summary = summariseLegs(legs);
    // A nondeterministic repeat in this run is same-tree evidence the history may not carry.
    if (summary.state === 'stable' && item.entry?.state === 'flaky') {
      summary.state = 'flaky';
      summary.evidence = item.entry.evidence;
    }
    if (item.entry?.quarantined && summary.state === 'flaky') summary.quarantined = true;
    const history = mergeHistories(histories).slice(-HISTORY_KEEP * Math.max(1, variants.size));
    const lastFailure = [...history].reverse().find((entry) => entry.failures > 0 && !entry.infra);
    const data: IssueData = {
      v: 1,
      id: test.id,
      suite: test.suite,
      name: test.name,
      ...(test.file ? { file: test.file } : {}),
      ...(test.line ? { line: test.line } : {}),
      firstSeen: stored?.firstSeen ?? history.find((entry) => entry.failures > 0 && !entry.infra)?.at ?? input.now,
      lastSeen: lastFailure?.at ?? stored?.lastSeen ?? input.now,
      messages: dedupeMessages(
        observations.flatMap((observation) => observation.messages),
        stored?.messages ?? [],
      ),
      history,
      state: summary.state,
      ...(item.renamedFrom || stored?.renamedFrom
        ? { renamedFrom: [...new Set([...(stored?.renamedFrom ?? []), ...(item.renamedFrom ? [item.renamedFrom.name] : [])])] }
        : {}),
    };
    const flakedNow = now.some((entry) => !entry.infra && entry.failures > 0 && (entry.failures < entry.attempts || event.isDefaultBranch));
    decided.push({ item, summary, legs, data, flakedNow });
  }

  // Grouping: more than group-above new flaky tests of one suite in this run get one issue.
  const actionOf = (item: Decided) =>
    decide({
      state: item.summary.state,
      issues: item.item.issues,
      flakedNow: item.flakedNow,
      isDefaultBranch: event.isDefaultBranch,
      ...(input.mergeBaseAt ? { mergeBaseAt: input.mergeBaseAt } : {}),
    });
  const newBySuite = new Map<string, Decided[]>();
  for (const item of decided)
    if (actionOf(item).kind === 'create' && item.flakedNow)
      newBySuite.set(item.item.test.suite, [...(newBySuite.get(item.item.test.suite) ?? []), item]);
  const grouped = new Set<Decided>();
  for (const [suite, items] of newBySuite) {
    if (items.length <= flaky['group-above']) continue;
    for (const item of items) grouped.add(item);
    const key = `${suite}@${event.runId ?? event.headSha.slice(0, 12)}`;
    const runLabel = event.runId ? `run ${event.runId}` : `commit ${short(event.headSha)}`;
    const body = renderGroupBody({
      key,
      suite,
      runLabel,
      ...(input.runUrl ? { runUrl: input.runUrl } : {}),
      tests: items.map((item) => ({
        test: item.item.test,
        assessment: item.legs[0].assessment,
        message: item.data.messages[0],
      })),
      groupAbove: flaky['group-above'],
    });
    const existing = (byGroup.get(key) ?? []).find((issue) => issue.state === 'open');
    steps.push({
      kind: 'create-group',
      key,
      testIds: items.map((item) => item.item.test.id),
      title: `Flaky tests: ${items.length} in suite ${suite} flaked in ${runLabel}`,
      body,
      labels,
      ...(existing ? { existing: existing.number } : {}),
    });
  }

  for (const item of decided) {
    if (grouped.has(item)) continue;
    const { test } = item.item;
    const shown: Assessment = {
      ...worstLeg(item.legs, item.summary),
      evidence: item.summary.evidence,
      quarantined: item.summary.quarantined,
    };
    const body = () =>
      (input.render ?? renderBody)({
        test,
        assessment: shown,
        data: item.data,
        links: input.links,
        ...(item.summary.variants && item.summary.variants.length > 1 ? { variants: item.summary.variants } : {}),
      });
    const { open, closed } = pickIssues(item.item.issues);
    const missingLabels = (issue: IssueRecord) =>
      labels.filter((label) => !issue.labels.some((have) => have.toLowerCase() === label.toLowerCase()));

    if (item.item.renamedFrom) {
      const issue = item.item.renamedFrom.issue;
      const text = body();
      steps.push({
        kind: 'update',
        number: issue.number,
        testId: test.id,
        title: titleFor(test),
        body: text,
        comment: `The test was renamed: **${item.item.renamedFrom.name}** is now **${test.name}** (same file); this issue follows it.`,
        why: 'renamed',
      });
      continue;
    }

    const state = item.summary.state;
    if (open && (state === 'stable' || state === 'cleared')) {
      // Closing needs a run of the test on the default branch: a PR's clean run proves nothing about main.
      if (!event.isDefaultBranch || item.item.observations.length === 0) {
        steps.push({ kind: 'link', number: open.number, testId: test.id });
        continue;
      }
      const why =
        state === 'cleared'
          ? (item.summary.evidence[0] ?? 'stable long enough')
          : `no flakiness left in the ${item.data.history.length} runs this issue keeps`;
      steps.push({
        kind: 'close',
        number: open.number,
        testId: test.id,
        body: body(),
        comment: `Closing: ${why}${input.runUrl ? ` (${input.runUrl})` : ''}. testops reopens this issue if the test flakes again.`,
        reason: 'completed',
        why: 'stable',
      });
      continue;
    }
    if (open) {
      const text = body();
      const before = parsedOf(open).data?.state;
      const becameBroken = state === 'broken' && before !== 'broken';
      const extra = missingLabels(open);
      if (text !== open.body || extra.length > 0 || becameBroken)
        steps.push({
          kind: 'update',
          number: open.number,
          testId: test.id,
          ...(text !== open.body ? { body: text } : {}),
          ...(extra.length > 0 ? { addLabels: extra } : {}),
          ...(becameBroken
            ? {
                comment: `Broken${item.summary.brokenAt ? ` at ${short(item.summary.brokenAt)}` : ''}: ${item.summary.evidence[0] ?? 'it fails every attempt'}. ${item.summary.variants?.some((leg) => leg.quarantined) || before === 'flaky' ? 'A quarantine no longer excuses its failures. ' : ''}It needs a fix, not a retry.`,
              }
            : {}),
          why: becameBroken ? 'broken' : 'evidence',
        });
      else steps.push({ kind: 'link', number: open.number, testId: test.id });
      continue;
    }
    if (state !== 'flaky') {
      if (closed) steps.push({ kind: 'link', number: closed.number, testId: test.id });
      continue;
    }
    const action = actionOf(item);
    if (action.kind === 'create') steps.push({ kind: 'create', testId: test.id, title: titleFor(test), body: body(), labels });
    else if (action.kind === 'reopen')
      steps.push({
        kind: 'reopen',
        number: action.issue.number,
        testId: test.id,
        body: body(),
        comment: `Reopened: the test flaked again${input.runUrl ? ` in ${input.runUrl}` : ''} (${short(event.headSha)}, ${event.branch ?? 'unknown branch'}).`,
        ...(missingLabels(action.issue).length > 0 ? { addLabels: missingLabels(action.issue) } : {}),
      });
    else if (action.issue) steps.push({ kind: 'link', number: action.issue.number, testId: test.id });
  }
  return { steps, problems };
}

/** The assessment shown in the body: the leg that decided the verdict. */
function worstLeg(legs: LegVerdict[], summary: FlakyEntry): Assessment {
  return (legs.find((leg) => leg.assessment.state === summary.state) ?? legs[0]).assessment;
}

/**
 * A test that took over a missing test's place: same suite and file, not in the baseline (it is
 * new), no issue of its own, and a similar name or the same line.
 */
function findRename(
  data: IssueData,
  ranNow: Map<string, CurrentObservation[]>,
  byTest: Map<string, IssueRecord[]>,
  baseline: Baseline | null,
  claimed: Set<string>,
): CurrentObservation | undefined {
  let best: { observation: CurrentObservation; score: number } | undefined;
  for (const [id, observations] of ranNow) {
    const observation = observations[0];
    const test = observation.test;
    if (claimed.has(id) || byTest.has(id) || test.suite !== data.suite || !data.file || test.file !== data.file) continue;
    const known = observations.some((item) => baseline?.tests[historyKey(id, item.test.variant)]);
    if (known) continue;
    const similarity = nameSimilarity(test.name, data.name);
    const sameLine = data.line !== undefined && test.line === data.line;
    const score = Math.max(similarity, sameLine ? 1 : 0);
    if (score >= RENAME_SIMILARITY && (!best || score > best.score)) best = { observation, score };
  }
  return best?.observation;
}

/**
 * Default-branch runs of the test's suite since the test last ran, counted in the baseline (each
 * distinct run of any test of the suite after the test's last observation).
 */
function runsMissing(id: string, data: IssueData, baseline: Baseline | null): number {
  if (!baseline) return 0;
  let last = data.history.at(-1)?.at ?? '';
  const legs = new Set(['', ...data.history.map((entry) => entry.variant ?? '')]);
  for (const leg of legs) {
    const at = baseline.tests[historyKey(id, leg || undefined)]?.history.at(-1)?.at ?? '';
    if (at > last) last = at;
  }
  if (!last) return 0;
  const runs = new Set<string>();
  for (const test of Object.values(baseline.tests)) {
    if (test.suite !== data.suite) continue;
    for (const entry of test.history) if (entry.at > last) runs.add(observationKey(entry));
  }
  return runs.size;
}
