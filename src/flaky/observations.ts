/**
 * Turning runs into observations: one TestHistoryEntry per test per run (attempt of the
 * workflow), the same shape the baseline keeps, so the current run, earlier run attempts, the
 * baseline history and the history block of an issue all merge into one list.
 */
import type { Baseline, EventInfo, RunsFile, SuiteRun, TestCase, TestHistoryEntry } from '../model.js';
import { testIdOf, withVariant } from '../util/id.js';

/** Smallest suite for which "more than half failed" means infrastructure rather than the tests. */
export const INFRA_MIN_TESTS = 5;
/** A suite run where more than this share of its tests failed at least once is an infrastructure failure. */
export const INFRA_SHARE = 0.5;

const failedStatus = (status: string) => status === 'failed' || status === 'errored';

/** Attempts that actually ran (skips are not observations). */
export function countAttempts(test: TestCase): { attempts: number; failures: number } {
  let attempts = 0;
  let failures = 0;
  for (const attempt of test.attempts.length > 0 ? test.attempts : [{ status: test.status }]) {
    if (attempt.status === 'skipped') continue;
    attempts++;
    if (failedStatus(attempt.status)) failures++;
  }
  return { attempts, failures };
}

/**
 * Whether a suite run looks like an infrastructure failure: more than half of its (at least
 * INFRA_MIN_TESTS) tests failed at least once. Below that size a majority failing is
 * indistinguishable from real failures, so small suites are never excluded.
 */
export function isInfraSuite(suite: Pick<SuiteRun, 'tests'>): boolean {
  let ran = 0;
  let failed = 0;
  for (const test of suite.tests) {
    const { attempts, failures } = countAttempts(test);
    if (attempts === 0) continue;
    ran++;
    if (failures > 0) failed++;
  }
  return ran >= INFRA_MIN_TESTS && failed / ran > INFRA_SHARE;
}

/** Stable key of one run attempt of the workflow, used to merge histories without double counting. */
export function observationKey(entry: Pick<TestHistoryEntry, 'runId' | 'runAttempt' | 'commit' | 'at'>): string {
  return entry.runId ? `run:${entry.runId}:${entry.runAttempt ?? 1}` : `commit:${entry.commit}:${entry.at}`;
}

export interface TestIdentity {
  /** the test's id: one issue per id, whatever the matrix leg */
  id: string;
  suite: string;
  name: string;
  file?: string;
  line?: number;
  /** the matrix leg it ran on, when known */
  variant?: string;
}

/**
 * The key of one history: the test on one matrix leg. A test that always fails on Windows and
 * always passes on Linux is two steady histories, not one flaky one.
 */
export function historyKey(id: string, variant: string | undefined): string {
  return withVariant(id, variant);
}

/** The test's id without its leg (TestCase.id holds the variant): one issue per test, whatever the leg. */
export function issueIdOf(test: TestCase): string {
  return test.variant ? testIdOf({ ...test, variant: undefined }) : test.id;
}

export interface CurrentObservation {
  test: TestIdentity;
  entry: TestHistoryEntry;
  /** the failure texts of this run's failed attempts (for the issue body) */
  messages: string[];
  nondeterministic: boolean;
}

function firstMessage(test: TestCase): string | undefined {
  const failed = test.attempts.filter((attempt) => failedStatus(attempt.status));
  const text = failed.map((attempt) => attempt.message ?? attempt.stack?.split('\n')[0]).find(Boolean);
  return text ? text.slice(0, 300) : undefined;
}

/**
 * Which tests can have a verdict other than stable: those that, on some leg, failed an
 * attempt or differed across repeats in any of these runs, or have a history in the baseline.
 * Every other test only passed (or was skipped) on every leg with nothing recorded before: assess
 * calls each of its legs stable, so it need not be observed at all. At millions of tests that
 * observation (~1,500 bytes a test) was most of the report's memory. A kept test keeps every leg,
 * so its entry still lists the legs it is steady on.
 */
export function mayBeUnstable(runsFiles: readonly RunsFile[], baseline: Baseline | null): (test: TestCase) => boolean {
  // by test id (every leg of a kept test) and by history key: an earlier attempt's record
  // (src/pipeline/attempts.ts) drops the leg and keeps only the id that holds it, which is the key
  const ids = new Set<string>();
  const keys = new Set<string>();
  const past = baseline?.tests;
  for (const runs of runsFiles)
    for (const suite of runs.suites)
      for (const test of suite.tests) {
        const id = issueIdOf(test);
        const key = historyKey(id, test.variant);
        if (test.nondeterministic || countAttempts(test).failures > 0 || (past && Object.hasOwn(past, key))) {
          ids.add(id);
          keys.add(key);
        }
      }
  return (test) => {
    const id = issueIdOf(test);
    return ids.has(id) || keys.has(historyKey(id, test.variant));
  };
}

/**
 * One observation per test in a RunsFile (those `keep` accepts, when given). `runAttempt` distinguishes workflow re-runs of the
 * same run id (they test the same tree).
 */
export function observe(
  runs: RunsFile,
  event: EventInfo,
  tree: string | undefined,
  runAttempt: number | undefined,
  scopes: Record<string, string> = {},
  keep?: (test: TestCase) => boolean,
  /** false: no `messages` and no entry `message` (only the issue bodies read them; the verdicts never do) */
  withMessages = true,
): CurrentObservation[] {
  const out: CurrentObservation[] = [];
  for (const suite of runs.suites) {
    const infra = isInfraSuite(suite);
    for (const test of suite.tests) {
      if (keep && !keep(test)) continue;
      const { attempts, failures } = countAttempts(test);
      if (attempts === 0) continue;
      const entry: TestHistoryEntry = {
        commit: event.headSha,
        ...(tree ? { tree } : {}),
        ...(scopes[suite.name] ? { scope: scopes[suite.name] } : {}),
        ...(test.variant ? { variant: test.variant } : {}),
        ...(event.runId ? { runId: event.runId } : {}),
        ...(runAttempt !== undefined ? { runAttempt } : {}),
        ...(event.branch ? { branch: event.branch } : {}),
        at: runs.finishedAt || runs.startedAt,
        status: test.status,
        attempts,
        failures,
        ...(infra ? { infra: true } : {}),
        ...(test.early ? { early: test.early } : {}),
      };
      const message = failures > 0 && withMessages ? firstMessage(test) : undefined;
      if (message) entry.message = message;
      const messages = (withMessages ? test.attempts : [])
        .filter((attempt) => failedStatus(attempt.status))
        // A JavaScript (and Python, JVM …) stack starts with the message: writing both showed it twice.
        .map((attempt) =>
          attempt.message && attempt.stack?.trimStart().startsWith(attempt.message.trim())
            ? attempt.stack
            : [attempt.message, attempt.stack].filter(Boolean).join('\n'),
        )
        .filter(Boolean);
      out.push({
        test: {
          id: issueIdOf(test),
          suite: test.suite || suite.name,
          name: test.name,
          file: test.file,
          line: test.line,
          ...(test.variant ? { variant: test.variant } : {}),
        },
        entry,
        messages,
        nondeterministic: test.nondeterministic === true,
      });
    }
  }
  return out;
}

/** Merge histories (oldest first), dropping observations already present under the same key. */
export function mergeHistories(...histories: TestHistoryEntry[][]): TestHistoryEntry[] {
  const byKey = new Map<string, TestHistoryEntry>();
  for (const history of histories)
    for (const entry of history) if (!byKey.has(observationKey(entry))) byKey.set(observationKey(entry), entry);
  return [...byKey.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : (a.runAttempt ?? 1) - (b.runAttempt ?? 1)));
}

/**
 * The runs of the baseline that were infrastructure failures, found again from the history itself
 * (per suite and run: more than half of at least INFRA_MIN_TESTS tests failed at least once). The
 * baseline writer's own flag may have been decided on final outcomes only, which misses a blip
 * that the retries survived; deriving it here makes the exclusion independent of the writer.
 */
export function infraRunsOf(baseline: Baseline | null): Set<string> {
  const counts = new Map<string, { ran: number; failed: number }>();
  for (const test of Object.values(baseline?.tests ?? {}))
    for (const entry of test.history) {
      if (entry.attempts <= 0) continue;
      const key = `${test.suite}\u0000${test.variant ?? ''}\u0000${observationKey(entry)}`;
      const count = counts.get(key) ?? { ran: 0, failed: 0 };
      count.ran++;
      if (entry.failures > 0) count.failed++;
      counts.set(key, count);
    }
  const infra = new Set<string>();
  for (const [key, count] of counts) if (count.ran >= INFRA_MIN_TESTS && count.failed / count.ran > INFRA_SHARE) infra.add(key);
  return infra;
}

/** A test's baseline history on one leg (key: historyKey) with infrastructure runs marked (see infraRunsOf). */
export function baselineHistory(baseline: Baseline | null, key: string, infraRuns: Set<string>): TestHistoryEntry[] {
  const test = baseline?.tests[key];
  if (!test) return [];
  return test.history.map((entry) => {
    const marked =
      !entry.infra && infraRuns.has(`${test.suite}\u0000${test.variant ?? ''}\u0000${observationKey(entry)}`)
        ? { ...entry, infra: true }
        : entry;
    return test.variant && !marked.variant ? { ...marked, variant: test.variant } : marked;
  });
}
