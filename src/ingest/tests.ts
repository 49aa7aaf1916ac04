/** Test-case bookkeeping shared by the JUnit and CTRF readers: identity, attempts, totals, merging. */
import type { Attempt, TestCase, TestStatus, TestTotals } from '../model.js';
import { testId } from '../util/id.js';

const SEVERITY: Record<TestStatus, number> = { skipped: 0, passed: 1, failed: 2, errored: 3 };

/** The worse of two statuses (errored > failed > passed > skipped). */
export function worse(a: TestStatus, b: TestStatus): TestStatus {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

const isFailure = (status: TestStatus) => status === 'failed' || status === 'errored';

/** Flaky: an attempt failed (or errored) and a later attempt passed. */
export function isFlaky(attempts: readonly Attempt[]): boolean {
  let failedBefore = false;
  for (const attempt of attempts) {
    if (isFailure(attempt.status)) failedBefore = true;
    else if (attempt.status === 'passed' && failedBefore) return true;
  }
  return false;
}

function sumDurations(attempts: readonly Attempt[]): number {
  let total = 0;
  for (const attempt of attempts) total += attempt.duration;
  return total;
}

export function testTotals(tests: TestCase[]): TestTotals {
  const totals: TestTotals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };
  for (const test of tests) {
    totals.tests++;
    totals[test.status]++;
    if (test.flaky) totals.flaky++;
    totals.attempts += test.attempts.length;
    totals.duration += test.duration;
  }
  // durations are sums of decimal seconds: round away float noise
  totals.duration = Math.round(totals.duration * 1e6) / 1e6;
  return totals;
}

/**
 * Collects tests of one report. A test seen again (same id) gets the new attempts appended: that
 * is how repeated <testcase> elements (pytest-rerunfailures, Playwright includeRetries) become
 * one test with several attempts.
 */
export class TestCollector {
  private readonly byId = new Map<string, TestCase>();
  /** shared attempt lists for the common case (one passed attempt): keeps 1 GB reports in memory */
  private readonly passedOnce = new Map<number, readonly Attempt[]>();

  constructor(private readonly suite: string) {}

  add(file: string | undefined, line: number | undefined, classname: string | undefined, name: string, attempts: Attempt[]): void {
    const id = testId(this.suite, file, classname, name);
    const existing = this.byId.get(id);
    if (existing) {
      const merged = existing.attempts.concat(attempts);
      existing.attempts = merged;
      existing.status = merged[merged.length - 1]!.status;
      existing.flaky = isFlaky(merged);
      existing.duration = sumDurations(merged);
      if (existing.line === undefined && line !== undefined) existing.line = line;
      return;
    }
    const last = attempts[attempts.length - 1]!;
    this.byId.set(id, {
      id,
      suite: this.suite,
      file,
      line,
      classname,
      name,
      status: last.status,
      attempts: attempts.length === 1 && last.status === 'passed' && last.message === undefined ? this.shared(last.duration) : attempts,
      flaky: attempts.length > 1 && isFlaky(attempts),
      duration: attempts.length === 1 ? last.duration : sumDurations(attempts),
    });
  }

  /** Attempt lists may be shared between tests: they are frozen, replace them rather than push. */
  private shared(duration: number): Attempt[] {
    let list = this.passedOnce.get(duration);
    if (!list) {
      list = Object.freeze([Object.freeze({ status: 'passed', duration } as Attempt)]);
      this.passedOnce.set(duration, list);
    }
    return list as Attempt[];
  }

  get size(): number {
    return this.byId.size;
  }

  tests(): TestCase[] {
    return [...this.byId.values()];
  }
}

/**
 * One TestCase per id across several reports (e.g. one per runner attempt): attempts are
 * concatenated in list order, the status is the last attempt's, flaky = a failure then a pass.
 */
export function mergeTestCases(lists: TestCase[][]): TestCase[] {
  const byId = new Map<string, TestCase>();
  for (const list of lists) {
    for (const test of list) {
      const existing = byId.get(test.id);
      if (!existing) {
        byId.set(test.id, { ...test, attempts: [...test.attempts] });
        continue;
      }
      existing.attempts = existing.attempts.concat(test.attempts);
      existing.status = existing.attempts[existing.attempts.length - 1]!.status;
      existing.flaky = isFlaky(existing.attempts);
      existing.duration = sumDurations(existing.attempts);
      existing.file ??= test.file;
      existing.line ??= test.line;
      if (test.nondeterministic) existing.nondeterministic = true;
    }
  }
  return [...byId.values()];
}

/**
 * Seconds from the time forms reports use: "1.5", "1,234.5" (thousands), "0,03" (decimal comma),
 * "1.7e-05". Empty/missing is 0; anything else is undefined (the caller reports it).
 */
export function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return 0;
  let value = text.trim();
  if (value === '') return 0;
  if (value.includes(',')) {
    // both separators, or several commas: commas group thousands; a single lone comma is a decimal comma
    if (value.includes('.') || value.split(',').length > 2) value = value.replace(/,/g, '');
    else value = value.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
