/**
 * The verdict for one test (one variant) from its observations, oldest first: flaky, broken,
 * cleared or stable, the failure-rate estimate, quarantine, change points, and the evidence
 * sentences that explain it. Pure: the same function serves the report, the issue lifecycle and
 * the simulation.
 *
 * The evidence model (docs/flaky.md):
 * - Flakiness is shown only on the same code: a pass and a failure in one run (retries, repeats),
 *   on one tree (workflow re-runs, a PR's moving merge commit), or a short failure that went away
 *   with nothing the test reaches changed (the observation's `scope`).
 * - A run of consecutive runs that failed every attempt is a change point: the test is broken at
 *   the first of them, fixed at the next pass that came with a change. Neither counts as a flake,
 *   and the runs between them are left out of the rate.
 * - The rate is per run, from first attempts (a run whose first attempt failed), so retries are
 *   evidence, never extra trials: a retry after a failure shares the failure's state.
 * - Infrastructure runs are left out of the rate and of the flake evidence. One in which the test
 *   failed every attempt, retries included, still counts toward a breakage next to the test's own
 *   failing runs (at least BROKEN_MIN_RUNS − 1 of them), so a test that breaks during an outage is
 *   called broken on its 3rd failing run, and an outage alone never makes a breakage.
 */
import type { TestHistoryEntry } from '../model.js';
import { formatPct } from '../render/format.js';
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

export interface ChangePoint {
  /** commit of the first run that failed every attempt */
  brokenAt: string;
  brokenAtTime: string;
  /** runs that failed in a row */
  runs: number;
  /** commit of the first pass after it, when it came with a change to what the test reaches */
  fixedAt?: string;
  fixedAtTime?: string;
}

export interface Assessment {
  state: 'flaky' | 'broken' | 'stable' | 'cleared';
  /** share of runs whose first attempt failed (change-point runs and infrastructure runs left out) */
  rate: number;
  low: number;
  high: number;
  /** runs behind the rate */
  runs: number;
  /** all attempts and failed attempts of those runs (shown, not used for the rate) */
  attempts: number;
  failures: number;
  /** runs whose first attempt failed */
  failedRuns: number;
  quarantined: boolean;
  evidence: string[];
  /** some run in the history showed a pass and a failure on the same tree */
  sameTree: boolean;
  /** same-tree evidence, or a failure that went away with nothing the test reaches changed */
  sameCode: boolean;
  /** non-infrastructure runs since the last failed attempt */
  cleanStreak: number;
  /** breakages found in the history, oldest first */
  changePoints: ChangePoint[];
  /** the breakage the test is in now (state broken) */
  brokenAt?: string;
  /** where the latest breakage ended */
  fixedAt?: string;
}

/** A test is broken (not flaky) when it fails in at least this share of default-branch runs… */
export const BROKEN_SHARE = 0.95;
/** …over at least this many of them; also the shortest run of failures that is a change point. */
export const BROKEN_MIN_RUNS = 3;
/**
 * A run of failures is a change point only when it is this improbable as a run of flakes: the
 * upper bound of the test's rate of all-attempts-failed runs elsewhere, to the power of its length.
 */
export const BREAK_ALPHA = 0.01;
/** Quarantine needs this many runs behind the rate, so one early failure does not quarantine. */
export const QUARANTINE_MIN_RUNS = 20;
/** A quarantined test is released when its rate falls below this share of quarantine-at. */
export const RELEASE_SHARE = 0.75;
/** Evidence sentences kept per kind (the rest are counted). */
const MAX_EVIDENCE = 5;

const pct = (value: number) => formatPct(value * 100, value < 0.1 ? 1 : 0);
const short = (sha: string) => sha.slice(0, 7);
const runLabel = (entry: TestHistoryEntry) =>
  entry.runId
    ? `run ${entry.runId}${entry.runAttempt && entry.runAttempt > 1 ? ` attempt ${entry.runAttempt}` : ''}`
    : `commit ${short(entry.commit)}`;

const allFailed = (entry: TestHistoryEntry) => entry.failures > 0 && entry.failures >= entry.attempts;
const mixed = (entry: TestHistoryEntry) => entry.failures > 0 && entry.failures < entry.attempts;

/** Two observations of the same code as far as the test can tell: one commit, one tree, or one scope. */
export function sameCodeAs(a: TestHistoryEntry, b: TestHistoryEntry): boolean {
  return a.commit === b.commit || (a.tree !== undefined && a.tree === b.tree) || (a.scope !== undefined && a.scope === b.scope);
}

/** Whether what the test reaches is known to differ between two observations (a possible fix). */
export function changedBetween(a: TestHistoryEntry, b: TestHistoryEntry): boolean {
  if (sameCodeAs(a, b)) return false;
  return a.scope !== undefined && b.scope !== undefined;
}

interface Streak {
  start: number;
  end: number;
}

/** Maximal runs of consecutive observations that failed every attempt (indices into the list given). */
function failureStreaks(valid: TestHistoryEntry[]): Streak[] {
  const streaks: Streak[] = [];
  for (let index = 0; index < valid.length; index++) {
    if (!allFailed(valid[index])) continue;
    const start = index;
    while (index + 1 < valid.length && allFailed(valid[index + 1])) index++;
    streaks.push({ start, end: index + 1 });
  }
  return streaks;
}

export function assess(history: TestHistoryEntry[], config: AssessConfig): Assessment {
  const infraRuns = history.filter((entry) => entry.infra).length;
  const valid = history.filter((entry) => !entry.infra && entry.attempts > 0);
  const level = `${Math.round(config.confidence * 100)}%`;
  const evidence: string[] = [];
  const alternations: string[] = [];

  // Change points: a run of all-attempts-failed runs that flakes at this test's rate would hardly
  // give. Its runs are a breakage, not a flake, and are left out of the rate. An infrastructure run
  // in which the test failed every attempt (a blip's failures pass on retry) belongs to the run of
  // failures it sits in, so a test that breaks during a blip is broken from that run; the run of
  // failures still needs BROKEN_MIN_RUNS − 1 runs of the test's own, so an outage never makes one.
  const breakable = history.filter((entry) => entry.attempts > 0 && (!entry.infra || allFailed(entry)));
  const streaks = failureStreaks(valid);
  const totalHard = valid.filter(allFailed).length;
  const changePoints: ChangePoint[] = [];
  const inBreakage = new Set<TestHistoryEntry>();
  let ongoing: ChangePoint | undefined;
  for (const streak of failureStreaks(breakable)) {
    const members = breakable.slice(streak.start, streak.end);
    const own = members.filter((entry) => !entry.infra);
    // only infrastructure runs: left out, as before
    if (own.length === 0) continue;
    const length = members.length;
    const first = members[0];
    const next = breakable[streak.end] as TestHistoryEntry | undefined;
    const outsideRuns = valid.length - own.length;
    const hardElsewhere = wilson(totalHard - own.length, outsideRuns, 0.95).high;
    // An ongoing run of BROKEN_MIN_RUNS failures is a breakage now, whatever the test's past (a
    // quarantine must not excuse it); an ended one counts as one only if flakes would hardly give it.
    const improbable = length >= BROKEN_MIN_RUNS && own.length >= BROKEN_MIN_RUNS - 1 && (!next || hardElsewhere ** length < BREAK_ALPHA);
    // Flake evidence comes from the test's own runs only.
    const ownFirst = own[0];
    const wentAwayUnchanged = next !== undefined && sameCodeAs(ownFirst, next) && sameCodeAs(own[own.length - 1], next);
    if (next && wentAwayUnchanged) {
      // It failed and passed again with nothing it reaches changed: the failure was not the code's.
      alternations.push(
        `failed ${own.length === 1 ? `in ${runLabel(ownFirst)}` : `${own.length} runs in a row from ${runLabel(ownFirst)}`} (${short(ownFirst.commit)}) and passed again in ${runLabel(next)} (${short(next.commit)}) with nothing it reaches changed`,
      );
      continue;
    }
    if (!improbable) continue;
    const point: ChangePoint = {
      brokenAt: first.commit,
      brokenAtTime: first.at,
      runs: length,
      ...(next ? { fixedAt: next.commit, fixedAtTime: next.at } : {}),
    };
    changePoints.push(point);
    for (const entry of members) inBreakage.add(entry);
    if (!next) ongoing = point;
  }

  const rated = valid.filter((entry) => !inBreakage.has(entry));
  let attempts = 0;
  let failures = 0;
  let failedRuns = 0;
  for (const entry of rated) {
    attempts += entry.attempts;
    failures += entry.failures;
    // Retries follow a failure, so a run with a failed attempt is a run whose first attempt failed.
    if (entry.failures > 0) failedRuns++;
  }
  const estimate = wilson(failedRuns, rated.length, config.confidence);

  // Same-tree evidence: a pass and a failure of the same content, within one run (retry, repeat)
  // or across runs (workflow re-runs, or the same tree under another commit).
  const withinRun = rated.filter(mixed);
  const groups = new Map<string, TestHistoryEntry[]>();
  for (const entry of rated) {
    const key = entry.tree ?? entry.commit;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const acrossRuns = [...groups.entries()].filter(
    ([, entries]) => entries.length > 1 && entries.some(allFailed) && entries.some((entry) => entry.failures === 0) && !entries.some(mixed),
  );
  const sameTree = withinRun.length > 0 || acrossRuns.length > 0;
  const sameCode = sameTree || alternations.length > 0;
  for (const entry of withinRun.slice(-MAX_EVIDENCE).reverse())
    evidence.push(
      entry.early && entry.early.failed > 0 && entry.early.failed < entry.early.runs
        ? // early flake detection: the changed test file ran several times in this run
          `${rated.length === 1 ? 'new test' : 'changed test'} failed ${entry.early.failed} of ${entry.early.runs} repeats in ${runLabel(entry)} (${short(entry.commit)})`
        : `failed ${entry.failures} of ${entry.attempts} attempts and ${entry.status === 'passed' ? 'then passed' : 'passed in another'} in ${runLabel(entry)} (${short(entry.commit)})`,
    );
  if (withinRun.length > MAX_EVIDENCE) evidence.push(`… and ${withinRun.length - MAX_EVIDENCE} more runs that failed and passed`);
  for (const [tree, entries] of acrossRuns.slice(-MAX_EVIDENCE))
    evidence.push(
      `passed and failed on the same tree ${short(tree)} across ${entries.length} runs (${entries.map((entry) => `${runLabel(entry)}: ${entry.failures > 0 ? 'failed' : 'passed'}`).join(', ')})`,
    );
  for (const sentence of alternations.slice(-MAX_EVIDENCE).reverse()) evidence.push(sentence);
  if (alternations.length > MAX_EVIDENCE)
    evidence.push(`… and ${alternations.length - MAX_EVIDENCE} more failures that went away by themselves`);

  // The interval alone flags a test whose scattered failures (no breakage) are frequent.
  const boundFlag = estimate.low > config.flakyAt && failedRuns < rated.length && failedRuns > 0;
  const rateSentence = `failure rate ${pct(estimate.rate)} of runs (first attempts; ${level} Wilson interval ${pct(estimate.low)}–${pct(estimate.high)}) over ${rated.length} runs`;
  if (boundFlag) evidence.push(`${rateSentence}: the lower bound is above flaky-at ${pct(config.flakyAt)} and the test also passes`);

  for (const point of changePoints.slice(-MAX_EVIDENCE))
    evidence.push(
      point.fixedAt
        ? `broken at ${short(point.brokenAt)} (failed every attempt in ${point.runs} runs in a row), fixed at ${short(point.fixedAt)}: a breakage, not a flake`
        : `broken at ${short(point.brokenAt)}: failed every attempt in ${point.runs} runs in a row since`,
    );

  let cleanStreak = 0;
  let cleanAttempts = 0;
  for (let index = valid.length - 1; index >= 0 && valid[index].failures === 0; index--) {
    cleanStreak++;
    cleanAttempts += valid[index].attempts;
  }
  if (infraRuns > 0) {
    const counted = history.filter((entry) => entry.infra && inBreakage.has(entry)).length;
    evidence.push(
      `${infraRuns} infrastructure run${infraRuns === 1 ? '' : 's'} (more than half of the suite failed) excluded${counted > 0 ? ` from the rate; ${counted} in which it failed every attempt counted toward the breakage` : ''}`,
    );
  }

  const lastFix = changePoints.at(-1)?.fixedAt;
  const base = {
    rate: estimate.rate,
    low: estimate.low,
    high: estimate.high,
    runs: rated.length,
    attempts,
    failures,
    failedRuns,
    sameTree,
    sameCode,
    cleanStreak,
    changePoints,
    ...(lastFix ? { fixedAt: lastFix } : {}),
  };

  // Broken wins over flaky: a test that fails every attempt since a change point needs a fix, not
  // a retry — and a quarantine no longer excuses it.
  if (ongoing) {
    evidence.unshift(`broken, not flaky: failed every attempt in the last ${ongoing.runs} runs, since ${short(ongoing.brokenAt)}`);
    return { ...base, state: 'broken', quarantined: false, evidence, brokenAt: ongoing.brokenAt };
  }
  const onDefault = valid.filter((entry) => entry.branch === undefined || entry.branch === config.defaultBranch);
  const failedOnDefault = onDefault.filter((entry) => entry.status === 'failed' || entry.status === 'errored').length;
  if (onDefault.length >= BROKEN_MIN_RUNS && failedOnDefault / onDefault.length >= BROKEN_SHARE && allFailed(valid[valid.length - 1])) {
    const since = streaks.at(-1) ? valid[(streaks.at(-1) as Streak).start] : valid[0];
    evidence.unshift(
      `broken, not flaky: failed ${failedOnDefault} of ${onDefault.length} default-branch runs (≥ ${pct(BROKEN_SHARE)}), every attempt since ${short(since.commit)}`,
    );
    return { ...base, state: 'broken', quarantined: false, evidence, brokenAt: since.commit };
  }

  if (!sameCode && !boundFlag) return { ...base, state: 'stable', quarantined: false, evidence };

  // Hysteresis: once flagged, a test stays flaky until a long clean streak. The streak clears it
  // when stable-runs of it came after a change to what the test reaches (a possible fix), or when
  // its own interval is tight.
  const streakUpper = wilson(0, cleanAttempts, config.confidence).high;
  const streakStart = valid.length - cleanStreak;
  let changeAt = -1;
  for (let index = Math.max(1, streakStart); index < valid.length && changeAt < 0; index++)
    if (changedBetween(valid[index - 1], valid[index])) changeAt = index;
  const sinceChange = changeAt < 0 ? 0 : valid.length - changeAt;
  const fixedByChange = cleanStreak > 0 && sinceChange >= config.stableRuns;
  if (cleanStreak >= config.stableRuns && (fixedByChange || streakUpper < config.clearBelow)) {
    evidence.unshift(
      fixedByChange
        ? `cleared: ${sinceChange} clean runs since ${short(valid[changeAt].commit)} changed what it reaches (stable-runs ${config.stableRuns})`
        : `cleared: ${cleanStreak} clean runs since the last failure (stable-runs ${config.stableRuns}); upper bound ${pct(streakUpper)} < clear-below ${pct(config.clearBelow)}`,
    );
    return { ...base, state: 'cleared', quarantined: false, evidence };
  }

  // Quarantine, with hysteresis: walking the history, a test is quarantined once the rate over
  // the runs so far (at least QUARANTINE_MIN_RUNS) reaches quarantine-at, and released only when
  // it falls below RELEASE_SHARE of it, so a test near the threshold does not flap. Needs proof
  // of flakiness on one tree.
  let quarantined = false;
  if (sameTree) {
    let prefixRuns = 0;
    let prefixFailed = 0;
    for (const entry of rated) {
      prefixRuns++;
      if (entry.failures > 0) prefixFailed++;
      if (prefixRuns < QUARANTINE_MIN_RUNS) continue;
      const rate = prefixFailed / prefixRuns;
      quarantined = quarantined ? rate >= config.quarantineAt * RELEASE_SHARE : rate >= config.quarantineAt;
    }
    if (quarantined)
      evidence.unshift(
        `quarantined: failure rate ${pct(estimate.rate)} of ${rated.length} runs (quarantined at ${pct(config.quarantineAt)}, released below ${pct(config.quarantineAt * RELEASE_SHARE)}); its failures are reported, not fatal`,
      );
  }
  if (!boundFlag) evidence.push(rateSentence);
  if (cleanStreak > 0)
    evidence.push(
      `${cleanStreak} clean run${cleanStreak === 1 ? '' : 's'} since the last failure (needs ${config.stableRuns}, after a change to what it reaches or with an upper bound below ${pct(config.clearBelow)}, to clear)`,
    );
  return { ...base, state: 'flaky', quarantined, evidence };
}
