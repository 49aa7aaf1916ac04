/** Test-case bookkeeping shared by the JUnit and CTRF readers: identity, attempts, totals, merging. */
import type { Attempt, TestCase, TestStatus, TestTotals } from '../model.js';
import { lastTestIdBucket, type TestIdPrefix, testIdBucket, testIdPrefix, testIdWithPrefix } from '../util/id.js';

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
  // counted in locals with a switch: a store keyed by the status string is a slow generic store
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  let flaky = 0;
  let attempts = 0;
  let duration = 0;
  for (const test of tests) {
    switch (test.status) {
      case 'passed':
        passed++;
        break;
      case 'failed':
        failed++;
        break;
      case 'errored':
        errored++;
        break;
      case 'skipped':
        skipped++;
        break;
    }
    if (test.flaky) flaky++;
    attempts += test.attempts.length;
    duration += test.duration;
  }
  totals.tests = tests.length;
  totals.passed = passed;
  totals.failed = failed;
  totals.errored = errored;
  totals.skipped = skipped;
  totals.flaky = flaky;
  totals.attempts = attempts;
  totals.duration = duration;
  // durations are sums of decimal seconds: round away float noise
  totals.duration = Math.round(totals.duration * 1e6) / 1e6;
  return totals;
}

/** How many recent hash prefixes the collector keeps. */
const PREFIX_RING = 16;

/** A passed-once attempt list, and its duration kept as a shared number (see testCase). */
type SharedPass = [Attempt[], number];

/** The TestCase of a test that passed once (millions of them in a big report). */
function testCase(
  id: string,
  suite: string,
  file: string | undefined,
  line: number | undefined,
  classname: string | undefined,
  name: string,
  status: TestStatus,
  attempts: Attempt[],
  flaky: boolean,
  duration: number,
): TestCase {
  return { id, suite, file, line, classname, name, status, attempts, flaky, duration };
}
// V8 gives a field that has only ever held numbers a 16-byte number box of its own in every
// object. One object of this shape with a non-number duration makes the field a plain reference,
// so tests of equal duration share one number (SharedPass[1]): 16 bytes less a test, ~100 MB at
// 6 million tests (measured with bench/ingest.ts).
testCase('', '', undefined, undefined, undefined, '', 'passed', [], false, null as unknown as number);

/** Low 25 bits of a de-dup table entry: the test's position + 1. */
const POSITION = (1 << 25) - 1;
const entryOf = (id: string, position: number) => ((testIdBucket(id) >>> 25) << 25) | position | 0;

/**
 * Collects tests of one report. A test seen again (same id) gets the new attempts appended: that
 * is how repeated <testcase> elements (pytest-rerunfailures, Playwright includeRetries) become
 * one test with several attempts.
 *
 * Memory is what limits multi-GB reports (millions of tests), so the de-duplication index is an
 * open-addressing table of array positions in an Int32Array keyed by the id's first 32 bits
 * (4–8 bytes a test, against ~40 for a Map entry), and a test that passed once shares one frozen
 * attempt list with every other test of the same duration.
 */
export class TestCollector {
  private list: TestCase[];
  private count = 0;
  /**
   * One Int32 a slot, slots found from the id's first 32 bits: the low 25 bits hold the position
   * in `list` + 1 (0 = empty), the high 7 bits the id's top bits, so most probes are settled
   * without reading the test (a cache miss). 4 bytes a slot: at 6 million tests the table is
   * 64 MB, and growing it briefly holds two.
   */
  private table = new Int32Array(1024);
  /** the id bucket `find` computed last, for `insert` */
  private bucket = 0;
  /** per duration: the shared attempt list of a test that passed once, and the duration as stored */
  private readonly passedOnce = new Map<number, SharedPass>();
  /** per skip reason ('' for none), per duration: the shared attempt list of a test skipped once */
  private readonly skippedOnce = new Map<string, Map<number, Attempt[]>>();
  private sharedSkips = 0;

  /**
   * @param expectedTests a guess at the number of tests (from the file size): a list that grows by
   * copying leaves its old copies for a full GC — ~100 MB at 6 million tests, at the peak.
   */
  constructor(
    private readonly suite: string,
    expectedTests = 0,
  ) {
    this.list =
      expectedTests > 100_000 ? new Array<TestCase>(Math.min(expectedTests, POSITION)).fill(undefined as unknown as TestCase) : [];
    // the de-dup table too: no rehashing as it fills (a power of two, no smaller than the guess)
    if (expectedTests > 100_000) this.table = new Int32Array(2 ** Math.ceil(Math.log2(Math.min(expectedTests, POSITION))));
  }

  /**
   * The last few (file, classname) hash prefixes: a report lists a class's tests together, or
   * interleaves a handful of classes. A small ring, not a map: it makes no garbage.
   */
  private readonly prefixes: Array<{ file: string | undefined; classname: string | undefined; prefix: TestIdPrefix }> = [];
  private nextPrefix = 0;

  private id(file: string | undefined, classname: string | undefined, name: string): string {
    for (const cached of this.prefixes) {
      if (cached.classname === classname && cached.file === file) return testIdWithPrefix(cached.prefix, name);
    }
    const prefix = testIdPrefix(this.suite, file, classname);
    this.prefixes[this.nextPrefix] = { file, classname, prefix };
    this.nextPrefix = (this.nextPrefix + 1) % PREFIX_RING;
    return testIdWithPrefix(prefix, name);
  }

  /** The position of the test with this id, or the free slot where it goes (as -slot - 1). */
  private find(id: string, bucket = testIdBucket(id)): number {
    const table = this.table;
    const mask = table.length - 1;
    this.bucket = bucket;
    const tag = bucket >>> 25;
    for (let slot = bucket & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot]!;
      if (entry === 0) return -slot - 1;
      if (entry >>> 25 === tag && this.list[(entry & POSITION) - 1]!.id === id) return (entry & POSITION) - 1;
    }
  }

  /** Adds a test at the free slot `find` returned. */
  private insert(slot: number, test: TestCase): void {
    if (this.count >= POSITION) throw new Error(`more than ${POSITION} tests in one report`);
    if (this.count < this.list.length) this.list[this.count] = test;
    else this.list.push(test);
    this.count++;
    this.table[slot] = ((this.bucket >>> 25) << 25) | this.count;
    // grow at 80% full: with 4-byte slots a probe run stays within a cache line or two, and a
    // 6-million-test report fits 2^23 slots (32 MB) instead of 2^24
    if (this.count * 5 > this.table.length * 4) {
      const table = new Int32Array(this.table.length * 2);
      const mask = table.length - 1;
      for (let i = 0; i < this.count; i++) {
        const id = this.list[i]!.id;
        let at = testIdBucket(id) & mask;
        while (table[at] !== 0) at = (at + 1) & mask;
        table[at] = entryOf(id, i + 1);
      }
      this.table = table;
    }
  }

  /** Adds one report entry; returns the test it went to (a new one, or the earlier one it repeats). */
  add(file: string | undefined, line: number | undefined, classname: string | undefined, name: string, attempts: Attempt[]): TestCase {
    const id = this.id(file, classname, name);
    const found = this.find(id, lastTestIdBucket());
    if (found >= 0) {
      const existing = this.list[found]!;
      const merged = existing.attempts.concat(attempts);
      existing.attempts = merged;
      existing.status = merged[merged.length - 1]!.status;
      existing.flaky = isFlaky(merged);
      existing.duration = sumDurations(merged);
      if (existing.line === undefined && line !== undefined) existing.line = line;
      return existing;
    }
    const last = attempts[attempts.length - 1]!;
    const single = attempts.length === 1 && last.status === 'passed' && last.message === undefined;
    if (attempts.length === 1 && last.status === 'skipped' && !last.stack && !last.output && !last.type && last.run === undefined) {
      attempts = this.sharedSkip(last.duration, last.message);
    }
    const test: TestCase = {
      id,
      suite: this.suite,
      file,
      line,
      classname,
      name,
      status: last.status,
      attempts: single ? this.shared(last.duration)[0] : attempts,
      flaky: attempts.length > 1 && isFlaky(attempts),
      duration: attempts.length === 1 ? last.duration : sumDurations(attempts),
    };
    this.insert(-found - 1, test);
    return test;
  }

  /** The common case, without building an attempt: one run that passed in `duration` seconds. */
  addPassed(file: string | undefined, line: number | undefined, classname: string | undefined, name: string, duration: number): void {
    const id = this.id(file, classname, name);
    const found = this.find(id, lastTestIdBucket());
    if (found >= 0) {
      this.add(file, line, classname, name, [{ status: 'passed', duration }]);
      return;
    }
    const shared = this.shared(duration);
    this.insert(-found - 1, testCase(id, this.suite, file, line, classname, name, 'passed', shared[0], false, shared[1]));
  }

  /** One frozen list per (duration, reason) for tests skipped once: skip reasons repeat. */
  private sharedSkip(duration: number, message: string | undefined): Attempt[] {
    // two map levels: a combined string key meant formatting the duration for every skipped test
    let byDuration = this.skippedOnce.get(message ?? '');
    let list = byDuration?.get(duration);
    if (!list) {
      const attempt: Attempt = message === undefined ? { status: 'skipped', duration } : { status: 'skipped', duration, message };
      list = Object.freeze([Object.freeze(attempt)]) as Attempt[];
      if (this.sharedSkips < 100_000) {
        if (!byDuration) this.skippedOnce.set(message ?? '', (byDuration = new Map()));
        byDuration.set(duration, list);
        this.sharedSkips++;
      }
    }
    return list;
  }

  /** Attempt lists may be shared between tests: they are frozen, replace them rather than push. */
  private shared(duration: number): SharedPass {
    let shared = this.passedOnce.get(duration);
    if (!shared) {
      shared = [Object.freeze([Object.freeze({ status: 'passed', duration } as Attempt)]) as Attempt[], duration];
      // bounded: times written with many digits hardly repeat, and each entry costs ~200 bytes
      if (this.passedOnce.size < 100_000) this.passedOnce.set(duration, shared);
    }
    return shared;
  }

  get size(): number {
    return this.count;
  }

  /** The tests in first-seen order (the collector's own list: read it once, at the end). */
  tests(): TestCase[] {
    this.list.length = this.count;
    return this.list;
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

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Digits with at most one dot — what nearly every report writes — read without Number()'s string
 * parsing; NaN for anything else. Up to 15 digits the mantissa and the power of ten are exact
 * doubles, so their quotient is the correctly rounded value: the same number Number(text) gives.
 */
function plainDecimal(text: string): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) fraction = 0;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  if (digits > 15) return Number(text);
  return fraction > 0 ? mantissa / POWERS_OF_TEN[fraction]! : mantissa;
}

/**
 * Seconds from the time forms reports use: "1.5", "1,234.5" (thousands), "0,03" (decimal comma),
 * "1.7e-05". Empty/missing is 0; anything else is undefined (the caller reports it).
 */
export function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return 0;
  const plain = plainDecimal(text);
  if (!Number.isNaN(plain)) return plain;
  let value = text.trim();
  if (value === '') return 0;
  if (value.includes(',')) {
    // both separators, or several commas: commas group thousands (in threes); a single lone comma
    // between digits is a decimal comma; any other comma is not a number
    if (/^\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?$/.test(value) && (value.includes('.') || value.split(',').length > 2)) {
      value = value.replace(/,/g, '');
    } else if (/^\d+,\d+$/.test(value)) value = value.replace(',', '.');
    else return undefined;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}
