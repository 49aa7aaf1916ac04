/**
 * The verdict for one test from its observations (oldest first): flaky, broken, cleared or
 * stable, the failure-rate estimate, quarantine, and the evidence sentences that explain it.
 * Pure: the same function serves the report, the issue lifecycle and the simulation.
 */
import type { TestHistoryEntry } from '../model.js';
import { wilson } from './estimate.js';

export interface AssessConfig {
  /** fractions 0–1 */
  flakyAt: number;
  quarantineAt: number;
  clearBelow: number;
  stableRuns: number;
  confidence: number;
  defaultBranch?: string;
}

export interface Assessment {
  state: 'flaky' | 'broken' | 'stable' | 'cleared';
  rate: number;
  low: number;
  high: number;
  /** non-infrastructure runs observed */
  runs: number;
  attempts: number;
  failures: number;
  quarantined: boolean;
  evidence: string[];
  /** whether some run in the history showed pass and fail on the same tree */
  sameTree: boolean;
  /** non-infrastructure runs since the last failed attempt */
  cleanStreak: number;
}

/** A test is broken (not flaky) when it fails in at least this share of default-branch runs… */
export const BROKEN_SHARE = 0.95;
/** …over at least this many of them. */
export const BROKEN_MIN_RUNS = 3;
/** Quarantine needs this many runs behind the rate, so one early failure does not quarantine. */
export const QUARANTINE_MIN_RUNS = 20;
/** A quarantined test is released when its rate falls below this share of quarantine-at. */
export const RELEASE_SHARE = 0.75;
/** Evidence sentences kept per kind (the rest are counted). */
const MAX_EVIDENCE = 5;

const pct = (value: number) => {
  const p = value * 100;
  return `${p < 10 && p !== 0 && p !== Math.round(p) ? p.toFixed(1) : Math.round(p)}%`;
};
const short = (sha: string) => sha.slice(0, 7);
const runLabel = (entry: TestHistoryEntry) =>
  entry.runId
    ? `run ${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` attempt ${entry.runAttempt}` : ''}`
    : `commit ${short(entry.commit)}`;

export function assess(history: TestHistoryEntry[], config: AssessConfig): Assessment {
  const infraRuns = history.filter((entry) => entry.infra).length;
  const valid = history.filter((entry) => !entry.infra && entry.attempts > 0);
  let attempts = 0;
  let failures = 0;
  for (const entry of valid) {
    attempts += entry.attempts;
    failures += entry.failures;
  }
  const estimate = wilson(failures, attempts, config.confidence);
  const level = `${Math.round(config.confidence * 100)}%`;
  const evidence: string[] = [];

  // Same-tree evidence: a pass and a failure of the same content, within one run (retry) or
  // across runs (workflow re-runs, repeats, or the same tree under another commit).
  const withinRun = valid.filter((entry) => entry.failures > 0 && entry.failures < entry.attempts);
  const groups = new Map<string, TestHistoryEntry[]>();
  for (const entry of valid) {
    const key = entry.tree ?? entry.commit;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const acrossRuns = [...groups.entries()].filter(
    ([, entries]) =>
      entries.length > 1 &&
      entries.some((entry) => entry.failures === entry.attempts) &&
      entries.some((entry) => entry.failures === 0) &&
      !entries.some((entry) => entry.failures > 0 && entry.failures < entry.attempts),
  );
  const sameTree = withinRun.length > 0 || acrossRuns.length > 0;
  for (const entry of withinRun.slice(-MAX_EVIDENCE).reverse())
    evidence.push(
      `failed ${entry.failures} of ${entry.attempts} attempts and ${entry.status === 'passed' ? 'then passed' : 'passed in another'} in ${runLabel(entry)} (${short(entry.commit)})`,
    );
  if (withinRun.length > MAX_EVIDENCE) evidence.push(`… and ${withinRun.length - MAX_EVIDENCE} more runs that failed and passed`);
  for (const [tree, entries] of acrossRuns.slice(-MAX_EVIDENCE))
    evidence.push(
      `passed and failed on the same tree ${short(tree)} across ${entries.length} runs (${entries.map((entry) => `${runLabel(entry)}: ${entry.failures > 0 ? 'failed' : 'passed'}`).join(', ')})`,
    );

  const passes = attempts - failures;
  const boundFlag = estimate.low > config.flakyAt && passes > 0;
  if (boundFlag)
    evidence.push(
      `failure rate ${pct(estimate.rate)} (${level} interval ${pct(estimate.low)}–${pct(estimate.high)}) over ${valid.length} runs: the lower bound is above flaky-at ${pct(config.flakyAt)} and the test also passes`,
    );

  let cleanStreak = 0;
  let cleanAttempts = 0;
  for (let index = valid.length - 1; index >= 0 && valid[index].failures === 0; index--) {
    cleanStreak++;
    cleanAttempts += valid[index].attempts;
  }
  if (infraRuns > 0)
    evidence.push(`${infraRuns} infrastructure run${infraRuns === 1 ? '' : 's'} (more than half of the suite failed) excluded`);

  const base = {
    rate: estimate.rate,
    low: estimate.low,
    high: estimate.high,
    runs: valid.length,
    attempts,
    failures,
    sameTree,
    cleanStreak,
  };

  // Broken wins over flaky: a test that (almost) always fails on the default branch needs a fix, not a retry.
  const onDefault = valid.filter((entry) => entry.branch === undefined || entry.branch === config.defaultBranch);
  const failedOnDefault = onDefault.filter((entry) => entry.status === 'failed' || entry.status === 'errored').length;
  if (onDefault.length >= BROKEN_MIN_RUNS && failedOnDefault / onDefault.length >= BROKEN_SHARE) {
    evidence.unshift(`broken, not flaky: failed ${failedOnDefault} of ${onDefault.length} default-branch runs (≥ ${pct(BROKEN_SHARE)})`);
    return { ...base, state: 'broken', quarantined: false, evidence };
  }

  if (!sameTree && !boundFlag) return { ...base, state: 'stable', quarantined: false, evidence };

  // Hysteresis: once flagged, a test stays flaky until a long clean streak whose own interval is tight.
  const streakUpper = wilson(0, cleanAttempts, config.confidence).high;
  if (cleanStreak >= config.stableRuns && streakUpper < config.clearBelow) {
    evidence.unshift(
      `cleared: ${cleanStreak} clean runs since the last failure (stable-runs ${config.stableRuns}); upper bound ${pct(streakUpper)} < clear-below ${pct(config.clearBelow)}`,
    );
    return { ...base, state: 'cleared', quarantined: false, evidence };
  }

  // Quarantine, with hysteresis: walking the history, a test is quarantined once the rate over
  // the runs so far (at least QUARANTINE_MIN_RUNS) reaches quarantine-at, and released only when
  // it falls below RELEASE_SHARE of it, so a test near the threshold does not flap. Needs proof
  // of flakiness on one tree.
  let quarantined = false;
  if (sameTree) {
    let prefixAttempts = 0;
    let prefixFailures = 0;
    for (const [index, entry] of valid.entries()) {
      prefixAttempts += entry.attempts;
      prefixFailures += entry.failures;
      if (index + 1 < QUARANTINE_MIN_RUNS) continue;
      const rate = prefixFailures / prefixAttempts;
      quarantined = quarantined ? rate >= config.quarantineAt * RELEASE_SHARE : rate >= config.quarantineAt;
    }
    if (quarantined)
      evidence.unshift(
        `quarantined: failure rate ${pct(estimate.rate)} over ${valid.length} runs (quarantined at ${pct(config.quarantineAt)}, released below ${pct(config.quarantineAt * RELEASE_SHARE)}); its failures are reported, not fatal`,
      );
  }
  if (!boundFlag)
    evidence.push(
      `failure rate ${pct(estimate.rate)} (${level} interval ${pct(estimate.low)}–${pct(estimate.high)}) over ${valid.length} runs`,
    );
  if (cleanStreak > 0)
    evidence.push(
      `${cleanStreak} clean run${cleanStreak === 1 ? '' : 's'} since the last failure (needs ${config.stableRuns} and an upper bound below ${pct(config.clearBelow)} to clear)`,
    );
  return { ...base, state: 'flaky', quarantined, evidence };
}
