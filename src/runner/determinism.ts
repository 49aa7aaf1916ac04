/**
 * The determinism check of `repeat: N`: the same suite, the same seed, N times. A test whose
 * outcome differs between repeats (or that is missing from some) is non-deterministic.
 */
import type { Determinism, TestCase, TestStatus } from '../model.js';

/** One repeat's outcome per test id (the first attempt of that repeat, before retries). */
export type RepeatOutcomes = Map<string, TestStatus>;

export interface DeterminismResult {
  figure: Determinism;
  /** ids of the tests whose outcome differed */
  nondeterministic: Set<string>;
}

export function measureDeterminism(repeats: readonly RepeatOutcomes[]): DeterminismResult {
  const ids = new Set(repeats.flatMap((outcomes) => [...outcomes.keys()]));
  const nondeterministic = new Set<string>();
  for (const id of ids) {
    const seen = new Set(repeats.map((outcomes) => outcomes.get(id) ?? 'absent'));
    if (seen.size > 1) nondeterministic.add(id);
  }
  const total = ids.size;
  const identical = total - nondeterministic.size;
  return {
    figure: { repeats: repeats.length, identical, total, ratio: total === 0 ? 1 : identical / total },
    nondeterministic,
  };
}

/** Outcomes of one attempt's tests, by id; a test listed twice keeps its worst outcome. */
export function outcomesOf(tests: readonly TestCase[]): RepeatOutcomes {
  const rank: Record<TestStatus, number> = { skipped: 0, passed: 1, failed: 2, errored: 3 };
  const outcomes: RepeatOutcomes = new Map();
  for (const test of tests) {
    const status = test.attempts[0]?.status ?? test.status;
    const previous = outcomes.get(test.id);
    if (!previous || rank[status] > rank[previous]) outcomes.set(test.id, status);
  }
  return outcomes;
}
