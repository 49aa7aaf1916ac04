/**
 * analyzeFlakiness: the current run (and earlier attempts of the same workflow run) merged with
 * the baseline history, one verdict per test that ran. Pure.
 */
import type { FlakyConfig } from '../config/schema.js';
import type { Baseline, EventInfo, FlakyEntry, RunsFile, TestHistoryEntry } from '../model.js';
import { type AssessConfig, type Assessment, assess } from './assess.js';
import { baselineHistory, type CurrentObservation, infraRunsOf, mergeHistories, observe, type TestIdentity } from './observations.js';

export interface AnalyzeInput {
  runs: RunsFile;
  baseline: Baseline | null;
  config: FlakyConfig;
  event: EventInfo;
  /** git tree id of HEAD: the same content under another commit (PR merge commits move) */
  tree?: string;
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

/** The current run's observations, earlier run attempts included, grouped by test id. */
export function currentObservations(input: Omit<AnalyzeInput, 'baseline' | 'config'>): Map<string, CurrentObservation[]> {
  const previous = input.previousAttempts ?? [];
  const attempt = input.event.runAttempt ?? previous.length + 1;
  const byTest = new Map<string, CurrentObservation[]>();
  const all = [
    ...previous.map((runs, index) => observe(runs, input.event, input.tree, attempt - previous.length + index)),
    observe(input.runs, input.event, input.tree, attempt),
  ];
  for (const observations of all)
    for (const observation of observations) byTest.set(observation.test.id, [...(byTest.get(observation.test.id) ?? []), observation]);
  return byTest;
}

export function toEntry(test: TestIdentity, assessment: Assessment): FlakyEntry {
  return {
    id: test.id,
    suite: test.suite,
    name: test.name,
    ...(test.file ? { file: test.file } : {}),
    ...(test.line ? { line: test.line } : {}),
    rate: assessment.rate,
    low: assessment.low,
    high: assessment.high,
    runs: assessment.runs,
    quarantined: assessment.quarantined,
    state: assessment.state,
    evidence: assessment.evidence,
  };
}

const stateOrder: Record<FlakyEntry['state'], number> = { flaky: 0, broken: 1, cleared: 2, stable: 3 };

/**
 * One FlakyEntry per test that ran and is flaky, broken or cleared (stable tests are left out),
 * flaky first, then by rate.
 */
export function analyzeFlakiness(input: AnalyzeInput): FlakyEntry[] {
  const config = assessConfig(input.config, input.event);
  const entries: FlakyEntry[] = [];
  const infraRuns = infraRunsOf(input.baseline);
  for (const [id, observations] of currentObservations(input)) {
    const past: TestHistoryEntry[] = baselineHistory(input.baseline, id, infraRuns);
    const history = mergeHistories(
      past,
      observations.map((observation) => observation.entry),
    );
    const assessment = assess(history, config);
    if (observations.some((observation) => observation.nondeterministic) && assessment.state === 'stable') {
      // A repeat with the same seed gave another outcome: same-tree evidence the attempts alone may not show.
      assessment.state = 'flaky';
      assessment.evidence.unshift('outcome differed across repeats with the same seed');
    }
    if (assessment.state === 'stable') continue;
    entries.push(toEntry(observations[observations.length - 1].test, assessment));
  }
  return entries.sort((a, b) => stateOrder[a.state] - stateOrder[b.state] || b.rate - a.rate || a.id.localeCompare(b.id));
}
