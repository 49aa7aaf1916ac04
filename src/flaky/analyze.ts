/**
 * analyzeFlakiness: the current run (and earlier attempts of the same workflow run) merged with
 * the baseline history, one verdict per test that ran. Pure.
 */
import type { FlakyConfig } from '../config/schema.js';
import type { Baseline, EventInfo, FlakyEntry, RunsFile, TestCase, TestHistoryEntry } from '../model.js';
import { type AssessConfig, type Assessment, assess } from './assess.js';
import {
  baselineHistory,
  type CurrentObservation,
  historyKey,
  infraRunsOf,
  mayBeUnstable,
  mergeHistories,
  observe,
  type TestIdentity,
} from './observations.js';

export interface AnalyzeInput {
  runs: RunsFile;
  baseline: Baseline | null;
  config: FlakyConfig;
  event: EventInfo;
  /** git tree id of HEAD: the same content under another commit (PR merge commits move) */
  tree?: string;
  /** suite name → fingerprint of what its tests reach (src/flaky/scope.ts) */
  scopes?: Record<string, string>;
  /** RunsFiles of earlier attempts of this workflow run (run_attempt 1 … n-1), oldest first */
  previousAttempts?: RunsFile[];
}

export function assessConfig(config: FlakyConfig, event: Pick<EventInfo, 'defaultBranch'>): AssessConfig {
  return {
    flakyAt: config['flaky-at'] / 100,
    quarantineAt: config['quarantine-at'] / 100,
    clearBelow: config['clear-below'] / 100,
    stableRuns: config['stable-runs'],
    confidence: config.confidence,
    defaultBranch: event.defaultBranch,
  };
}

/** The current run's observations, earlier run attempts included, grouped by history key (test and leg). */
export function currentObservations(
  input: Omit<AnalyzeInput, 'baseline' | 'config'>,
  keep?: (test: TestCase) => boolean,
  withMessages = true,
): Map<string, CurrentObservation[]> {
  const previous = input.previousAttempts ?? [];
  const attempt = input.event.runAttempt ?? previous.length + 1;
  const byKey = new Map<string, CurrentObservation[]>();
  const all = [
    ...previous.map((runs, index) =>
      observe(runs, input.event, input.tree, attempt - previous.length + index, input.scopes, keep, withMessages),
    ),
    observe(input.runs, input.event, input.tree, attempt, input.scopes, keep, withMessages),
  ];
  for (const observations of all)
    for (const observation of observations) {
      const key = historyKey(observation.test.id, observation.test.variant);
      const list = byKey.get(key);
      if (list) list.push(observation);
      else byKey.set(key, [observation]);
    }
  return byKey;
}

/** One leg's verdict. */
export interface LegVerdict {
  test: TestIdentity;
  assessment: Assessment;
}

const stateOrder: Record<FlakyEntry['state'], number> = { flaky: 0, broken: 1, cleared: 2, stable: 3 };
const short = (sha: string) => sha.slice(0, 7);

/**
 * One entry per test from the verdicts of its legs. A test broken on some legs and steady on the
 * others is a platform failure ("fails on windows-latest only, on every run since a1b2c3d"), never a
 * flake; a flaky leg makes the test flaky, and the entry lists every leg.
 */
export function summariseLegs(legs: LegVerdict[]): FlakyEntry {
  const sorted = [...legs].sort((a, b) => stateOrder[a.assessment.state] - stateOrder[b.assessment.state]);
  const worst = sorted[0];
  const { test, assessment } = worst;
  const named = legs.filter((leg) => leg.test.variant);
  const entry: FlakyEntry = {
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...(test.file ? { file: test.file } : {}),
    ...(test.line ? { line: test.line } : {}),
    rate: assessment.rate,
    low: assessment.low,
    high: assessment.high,
    runs: assessment.runs,
    // a quarantine excuses the test only while no leg is broken
    quarantined: legs.some((leg) => leg.assessment.quarantined) && !legs.some((leg) => leg.assessment.state === 'broken'),
    state: assessment.state,
    evidence: [...assessment.evidence],
    ...(assessment.brokenAt ? { brokenAt: assessment.brokenAt } : {}),
    ...(assessment.fixedAt ? { fixedAt: assessment.fixedAt } : {}),
  };
  if (named.length > 0)
    entry.variants = named
      .map((leg) => ({
        variant: leg.test.variant as string,
        state: leg.assessment.state,
        rate: leg.assessment.rate,
        runs: leg.assessment.runs,
        quarantined: leg.assessment.quarantined,
        ...(leg.assessment.brokenAt ? { brokenAt: leg.assessment.brokenAt } : {}),
      }))
      .sort((a, b) => a.variant.localeCompare(b.variant));
  if (named.length > 1) {
    const broken = named.filter((leg) => leg.assessment.state === 'broken');
    const steady = named.filter((leg) => leg.assessment.state === 'stable' || leg.assessment.state === 'cleared');
    const legList = (items: LegVerdict[]) => items.map((leg) => leg.test.variant).join(', ');
    if (entry.state === 'broken' && broken.length + steady.length === named.length && steady.length > 0)
      entry.evidence.unshift(
        `fails on ${legList(broken)} only, on every run since ${short(broken[0].assessment.brokenAt ?? '')}, and passes on ${legList(steady)}: a platform failure, not a flake`,
      );
    else if (entry.state === 'flaky') {
      const flaky = named.filter((leg) => leg.assessment.state === 'flaky');
      if (flaky.length < named.length) entry.evidence.unshift(`flaky on ${legList(flaky)}; steady on the other legs`);
    }
  }
  return entry;
}

/** Each leg of each test that ran (those `keep` accepts), assessed on its own history, one at a time. */
function* legVerdicts(
  input: AnalyzeInput,
  keep?: (testId: string) => boolean,
  current: Map<string, CurrentObservation[]> = currentObservations(input),
): Generator<LegVerdict> {
  const config = assessConfig(input.config, input.event);
  const infraRuns = infraRunsOf(input.baseline);
  for (const [key, observations] of current) {
    const test = (observations.at(-1) as CurrentObservation).test;
    if (keep && !keep(test.id)) continue;
    const past: TestHistoryEntry[] = baselineHistory(input.baseline, key, infraRuns);
    const history = mergeHistories(
      past,
      observations.map((observation) => observation.entry),
    );
    const assessment = assess(history, config);
    if (observations.some((observation) => observation.nondeterministic) && assessment.state === 'stable') {
      // A repeat with the same seed gave another outcome: same-tree evidence the attempts alone may not show.
      assessment.state = 'flaky';
      assessment.sameCode = true;
      assessment.evidence.unshift('outcome differed across repeats with the same seed');
    }
    yield { test, assessment };
  }
}

/**
 * Every leg of every test that ran, assessed on its own history (this run, earlier attempts of it,
 * and the baseline), keyed by test id; `keep` picks the tests.
 */
export function assessLegs(input: AnalyzeInput, keep?: (testId: string) => boolean): Map<string, LegVerdict[]> {
  const byTest = new Map<string, LegVerdict[]>();
  for (const verdict of legVerdicts(input, keep)) {
    const legs = byTest.get(verdict.test.id);
    if (legs) legs.push(verdict);
    else byTest.set(verdict.test.id, [verdict]);
  }
  return byTest;
}

/**
 * The ids (with their leg) whose failures a quarantine excuses: each quarantined leg of a test, and
 * none of a test that is broken on some leg.
 */
export function quarantinedIds(entries: readonly FlakyEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (!entry.quarantined) continue;
    if (!entry.variants || entry.variants.length === 0) ids.add(entry.id);
    else for (const leg of entry.variants) if (leg.quarantined) ids.add(historyKey(entry.id, leg.variant));
  }
  return ids;
}

/**
 * One FlakyEntry per test that ran and is flaky, broken or cleared on some leg (stable tests are
 * left out), flaky first, then by rate.
 */
export function analyzeFlakiness(input: AnalyzeInput): FlakyEntry[] {
  // Two passes, so the verdicts of millions of stable tests are never all held at once: the first
  // finds the tests with some leg that is not stable, the second assesses those again, every leg.
  // Tests that only passed and have no past are stable without being observed (mayBeUnstable).
  // the verdicts never read the failure texts (the issue bodies do, src/flaky/sync.ts): not copied here
  const current = currentObservations(input, mayBeUnstable([...(input.previousAttempts ?? []), input.runs], input.baseline), false);
  const notStable = new Set<string>();
  for (const verdict of legVerdicts(input, undefined, current)) if (verdict.assessment.state !== 'stable') notStable.add(verdict.test.id);
  const byTest = new Map<string, LegVerdict[]>();
  for (const verdict of legVerdicts(input, (id) => notStable.has(id), current)) {
    const legs = byTest.get(verdict.test.id);
    if (legs) legs.push(verdict);
    else byTest.set(verdict.test.id, [verdict]);
  }
  const entries: FlakyEntry[] = [];
  for (const legs of byTest.values()) {
    const entry = summariseLegs(legs);
    if (entry.state !== 'stable') entries.push(entry);
  }
  return entries.sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || b.rate - a.rate || a.id.localeCompare(b.id));
}
