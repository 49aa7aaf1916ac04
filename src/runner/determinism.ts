/**
 * The determinism check of `repeat: N`: the same suite, the same seed, N times. Outcomes are
 * compared per test and per repeat: a test whose first outcome differs between repeats (or that
 * is missing from some) is non-deterministic, and its final status is the worst it had — never
 * "passed after a retry" because the last repeat happened to pass.
 */
import { ownTest } from '../ingest/test-list.js';
import type { Attempt, Determinism, TestCase, TestStatus } from '../model.js';

/** One repeat's outcome per test id (the first attempt of that repeat, before retries). */
export type RepeatOutcomes = Map<string, TestStatus>;

export interface DeterminismResult {
  figure: Determinism;
  /** ids of the tests whose outcome differed */
  nondeterministic: Set<string>;
}

export function measureDeterminism(repeats: readonly RepeatOutcomes[]): DeterminismResult {
  const ids = new Set<string>();
  for (const outcomes of repeats) for (const id of outcomes.keys()) ids.add(id);
  const nondeterministic = new Set<string>();
  for (const id of ids) {
    const first = repeats[0]?.get(id) ?? 'absent';
    if (repeats.some((outcomes) => (outcomes.get(id) ?? 'absent') !== first)) nondeterministic.add(id);
  }
  const total = ids.size;
  const identical = total - nondeterministic.size;
  return {
    figure: { repeats: repeats.length, identical, total, ratio: total === 0 ? 1 : identical / total },
    nondeterministic,
  };
}

const RANK: Record<TestStatus, number> = { skipped: 0, passed: 1, failed: 2, errored: 3 };

/** Outcomes of one attempt's tests, by id; a test listed twice keeps its worst outcome. */
export function outcomesOf(tests: readonly TestCase[]): RepeatOutcomes {
  const outcomes: RepeatOutcomes = new Map();
  for (const test of tests) {
    const status = test.attempts[0]?.status ?? test.status;
    const previous = outcomes.get(test.id);
    if (!previous || RANK[status] > RANK[previous]) outcomes.set(test.id, status);
  }
  return outcomes;
}

/**
 * The final status of each test over all repeats (tests merged over every attempt, each attempt
 * tagged with its runner attempt `run`; `repeatOf` maps that to its repeat):
 * - a non-deterministic test takes the worst status it had in any attempt and is not flaky;
 * - otherwise a test that ended failed in any repeat is failed, whatever the last repeat said.
 */
export function settleRepeats(tests: TestCase[], nondeterministic: ReadonlySet<string>, repeatOf: (run: number) => number): void {
  for (let at = 0; at < tests.length; at++) {
    const test = tests[at] as TestCase;
    if (nondeterministic.has(test.id)) {
      // changed in place: taken with ownTest, so a compact list keeps the change
      const own = ownTest(tests, at);
      own.nondeterministic = true;
      own.flaky = false;
      own.status = worst(own.attempts);
      continue;
    }
    // The last attempt of each repeat is that repeat's final word.
    const finals = new Map<number, TestStatus>();
    for (const attempt of test.attempts) finals.set(repeatOf(attempt.run ?? 0), attempt.status);
    const failing = [...finals.values()].filter((status) => status === 'failed' || status === 'errored');
    if (failing.length > 0) ownTest(tests, at).status = failing.includes('errored') ? 'errored' : 'failed';
  }
}

function worst(attempts: readonly Attempt[]): TestStatus {
  let status: TestStatus = 'skipped';
  for (const attempt of attempts) if (RANK[attempt.status] > RANK[status]) status = attempt.status;
  return status;
}
