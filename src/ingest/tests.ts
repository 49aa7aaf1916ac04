/** Test-case bookkeeping shared by the JUnit and CTRF readers: identity, attempts, totals, merging. */
import type { Attempt, TestCase, TestStatus, TestTotals } from '../model.js';
import { CompactTests, compactList } from './test-list.js';
import {
  lastTestIdBucket,
  type TestIdPrefix,
  testIdBucket,
  testIdOf,
  testIdPrefix,
  testIdWithPrefix,
  withOccurrence,
  withVariant,
} from '../util/id.js';

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

/**
 * The outcome of a test from its attempts: the last attempt that ran. A skipped attempt after a run
 * (TestNG marks a retried invocation skipped; a later suite attempt may skip what it already ran)
 * says nothing about whether the test works, so it decides only when no attempt ran.
 */
export function finalStatus(attempts: readonly Attempt[]): TestStatus {
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]!.status !== 'skipped') return attempts[i]!.status;
  return 'skipped';
}

function sumDurations(attempts: readonly Attempt[]): number {
  let total = 0;
  for (const attempt of attempts) total += attempt.duration;
  return total;
}

export function testTotals(tests: readonly TestCase[]): TestTotals {
  return testTotalsOf([tests]);
}

/** The totals of several lists of tests (a run's suites) as of one list: no joined list is made. */
export function testTotalsOf(lists: readonly (readonly TestCase[])[]): TestTotals {
  const totals: TestTotals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, attempts: 0, duration: 0 };
  // counted in locals with a switch: a store keyed by the status string is a slow generic store
  let passed = 0;
  let failed = 0;
  let errored = 0;
  let skipped = 0;
  let flaky = 0;
  let attempts = 0;
  let duration = 0;
  let count = 0;
  for (const tests of lists) {
    count += tests.length;
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
  }
  totals.tests = count;
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
  suitePath: readonly string[] | undefined,
  variant: string | undefined,
  file: string | undefined,
  line: number | undefined,
  classname: string | undefined,
  name: string,
  status: TestStatus,
  attempts: Attempt[],
  flaky: boolean,
  duration: number,
): TestCase {
  return { id, suite, suitePath, variant, file, line, classname, name, status, attempts, flaky, duration };
}
// V8 gives a field that has only ever held numbers a 16-byte number box of its own in every
// object. One object of this shape with a non-number duration makes the field a plain reference,
// so tests of equal duration share one number (SharedPass[1]): 16 bytes less a test, ~100 MB at
// 6 million tests (measured with bench/ingest.ts).
testCase('', '', undefined, undefined, undefined, undefined, undefined, '', 'passed', [], false, null as unknown as number);

/** Low 25 bits of a de-dup table entry: the test's position + 1. */
const POSITION = (1 << 25) - 1;
const entryOf = (bucket: number, position: number) => ((bucket >>> 25) << 25) | position | 0;

export interface CollectorOptions {
  /**
   * A repeated identity inside the report is another run of the same test (TestNG writes each
   * invocation of a repeated or retried method as its own <testcase>), not a distinct test.
   */
  repeatsAreAttempts?: boolean;
  /** the matrix leg, part of every id (src/util/variant.ts) */
  variant?: string;
  /**
   * keep the tests that ran once and passed as compact rows (src/ingest/test-list.ts); by default
   * when a report is expected to hold more than COMPACT_FROM tests
   */
  compact?: boolean;
}

/** Expected tests from which a report's tests are kept compact (test-list.ts): about a 15 MB report. */
export const COMPACT_FROM = 100_000;

/**
 * Collects tests of one report (one attempt). Identity is suite + suite path + file + classname +
 * name: a case seen again with the same identity is a distinct test (equal parameterized names,
 * two `describe`s with one `it` name under one classname) and gets the next occurrence index —
 * unless the dialect says repeats are runs of one test (`repeatsAreAttempts`), when its attempts
 * are appended. Reruns a dialect marks inside one element (Surefire flaky/rerun elements) arrive
 * here as one entry with several attempts.
 *
 * Memory is what limits multi-GB reports (millions of tests), so the de-duplication index is an
 * open-addressing table of array positions in an Int32Array keyed by the id's first 32 bits
 * (4–8 bytes a test, against ~40 for a Map entry), and a test that passed once shares one frozen
 * attempt list with every other test of the same duration.
 */
export class TestCollector {
  private list: TestCase[];
  /** the compact store the tests go to instead of `list`, for big reports */
  private readonly store: CompactTests | undefined;
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
  /** per identity seen more than once: the next occurrence index to try (keeps n repeats linear) */
  private readonly nextOccurrence = new Map<string, number>();
  /** see CollectorOptions; a reader may set it once it knows the dialect */
  repeatsAreAttempts: boolean;
  private readonly variant: string | undefined;

  /**
   * @param expectedTests a guess at the number of tests (from the file size): a list that grows by
   * copying leaves its old copies for a full GC — ~100 MB at 6 million tests, at the peak.
   */
  constructor(
    private readonly suite: string,
    expectedTests = 0,
    options: CollectorOptions = {},
  ) {
    this.repeatsAreAttempts = options.repeatsAreAttempts ?? false;
    this.variant = options.variant || undefined;
    const compact = options.compact ?? expectedTests > COMPACT_FROM;
    this.store = compact ? new CompactTests(suite, this.variant, Math.min(Math.max(expectedTests, 1024), POSITION)) : undefined;
    this.list =
      expectedTests > 100_000 && !compact
        ? new Array<TestCase>(Math.min(expectedTests, POSITION)).fill(undefined as unknown as TestCase)
        : [];
    // the de-dup table too: no rehashing as it fills (a power of two, no smaller than the guess)
    if (expectedTests > 100_000) this.table = new Int32Array(2 ** Math.ceil(Math.log2(Math.min(expectedTests, POSITION))));
  }

  /**
   * The last few (suite path, file, classname) hash prefixes: a report lists a class's tests
   * together, or interleaves a handful of classes. A small ring, not a map: it makes no garbage.
   */
  private readonly prefixes: Array<{
    suitePath: readonly string[] | undefined;
    file: string | undefined;
    classname: string | undefined;
    prefix: TestIdPrefix;
  }> = [];
  private nextPrefix = 0;

  private id(suitePath: readonly string[] | undefined, file: string | undefined, classname: string | undefined, name: string): string {
    let id: string | undefined;
    for (const cached of this.prefixes) {
      if (cached.classname === classname && cached.file === file && cached.suitePath === suitePath) {
        id = testIdWithPrefix(cached.prefix, name);
        break;
      }
    }
    if (id === undefined) {
      const prefix = testIdPrefix(this.suite, file, classname, suitePath);
      this.prefixes[this.nextPrefix] = { suitePath, file, classname, prefix };
      this.nextPrefix = (this.nextPrefix + 1) % PREFIX_RING;
      id = testIdWithPrefix(prefix, name);
    }
    // lastTestIdBucket stays the final id's: withVariant ends with the same hash step
    return this.variant === undefined ? id : withVariant(id, this.variant);
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
      if (entry >>> 25 === tag && this.sameId((entry & POSITION) - 1, id)) return (entry & POSITION) - 1;
    }
  }

  private sameId(at: number, id: string): boolean {
    return this.store ? this.store.hasId(at, id) : this.list[at]!.id === id;
  }

  /** The test at `at`, as an object kept in the list (a compact one becomes an object). */
  private own(at: number): TestCase {
    return this.store ? this.store.own(at) : this.list[at]!;
  }

  /** Adds a test at the free slot `find` returned (`test` undefined: the compact row just pushed). */
  private insert(slot: number, test: TestCase | undefined): void {
    if (this.count >= POSITION) throw new Error(`more than ${POSITION} tests in one report`);
    if (this.store) {
      if (test) this.store.entries.push(test);
    } else if (this.count < this.list.length) this.list[this.count] = test!;
    else this.list.push(test!);
    this.count++;
    this.table[slot] = ((this.bucket >>> 25) << 25) | this.count;
    // grow at 80% full: with 4-byte slots a probe run stays within a cache line or two, and a
    // 6-million-test report fits 2^23 slots (32 MB) instead of 2^24
    if (this.count * 5 > this.table.length * 4) {
      const table = new Int32Array(this.table.length * 2);
      const mask = table.length - 1;
      for (let i = 0; i < this.count; i++) {
        const bucket = this.store ? this.store.bucketAt(i) : testIdBucket(this.list[i]!.id);
        let at = bucket & mask;
        while (table[at] !== 0) at = (at + 1) & mask;
        table[at] = entryOf(bucket, i + 1);
      }
      this.table = table;
    }
  }

  /**
   * A repeated identity as a distinct test: the id of the next free occurrence, and the free slot
   * for it (as find returns it). The occurrence is the id's own index, so a test keeps its id
   * across suite attempts as long as the report lists the repeats in the same order.
   */
  private nextFree(id: string): { id: string; occurrence: number; slot: number } {
    let occurrence = this.nextOccurrence.get(id) ?? 1;
    for (;;) {
      const candidate = withOccurrence(id, occurrence);
      const found = this.find(candidate);
      occurrence++;
      if (found < 0) {
        this.nextOccurrence.set(id, occurrence);
        return { id: candidate, occurrence: occurrence - 1, slot: -found - 1 };
      }
    }
  }

  /** Adds one report entry; returns the test it went to (a new one, or the earlier one it repeats). */
  add(
    file: string | undefined,
    line: number | undefined,
    classname: string | undefined,
    name: string,
    attempts: Attempt[],
    suitePath?: readonly string[],
  ): TestCase {
    let id = this.id(suitePath, file, classname, name);
    let found = this.find(id, lastTestIdBucket());
    let occurrence = 0;
    if (found >= 0) {
      if (this.repeatsAreAttempts) {
        const existing = this.own(found);
        const merged = existing.attempts.concat(attempts);
        existing.attempts = merged;
        existing.status = finalStatus(merged);
        existing.flaky = isFlaky(merged);
        existing.duration = sumDurations(merged);
        if (existing.line === undefined && line !== undefined) existing.line = line;
        return existing;
      }
      const free = this.nextFree(id);
      id = free.id;
      occurrence = free.occurrence;
      found = -free.slot - 1;
    }
    const last = attempts[attempts.length - 1]!;
    const single = attempts.length === 1 && last.status === 'passed' && last.message === undefined;
    if (attempts.length === 1 && last.status === 'skipped' && !last.stack && !last.output && !last.type && last.run === undefined) {
      attempts = this.sharedSkip(last.duration, last.message);
    }
    const test = testCase(
      id,
      this.suite,
      suitePath,
      this.variant,
      file,
      line,
      classname,
      name,
      attempts.length === 1 ? last.status : finalStatus(attempts),
      single ? this.shared(last.duration)[0] : attempts,
      attempts.length > 1 && isFlaky(attempts),
      attempts.length === 1 ? last.duration : sumDurations(attempts),
    );
    if (occurrence > 0) test.occurrence = occurrence;
    this.insert(-found - 1, test);
    return test;
  }

  /** The common case, without building an attempt: one run that passed in `duration` seconds. */
  addPassed(
    file: string | undefined,
    line: number | undefined,
    classname: string | undefined,
    name: string,
    duration: number,
    suitePath?: readonly string[],
  ): void {
    const id = this.id(suitePath, file, classname, name);
    const found = this.find(id, lastTestIdBucket());
    if (found >= 0) {
      this.add(file, line, classname, name, [{ status: 'passed', duration }], suitePath);
      return;
    }
    if (this.store && CompactTests.fits(line)) {
      this.store.pushPassed(id, suitePath, file, line, classname, name, duration);
      this.insert(-found - 1, undefined);
      return;
    }
    const shared = this.shared(duration);
    this.insert(
      -found - 1,
      testCase(id, this.suite, suitePath, this.variant, file, line, classname, name, 'passed', shared[0], false, shared[1]),
    );
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
    if (this.store) return compactList(this.store);
    this.list.length = this.count;
    return this.list;
  }
}

/**
 * One TestCase per id across several lists, one list per suite attempt (retries, repeats, a re-run
 * of the workflow): a test's attempts are concatenated in list order, its status is finalStatus,
 * flaky = a failure then a pass. Inside one list an id seen again (the same identity in two report
 * files of one attempt) is a distinct test, given the next occurrence index, as the collector does
 * inside one report.
 */
export function mergeTestCases(lists: TestCase[][]): TestCase[] {
  const byId = new Map<string, TestCase>();
  for (const list of lists) {
    const inThisList = new Set<string>();
    /** per repeated id: the next occurrence to try */
    const next = new Map<string, number>();
    for (const original of list) {
      let test = original;
      if (inThisList.has(test.id)) {
        let occurrence = next.get(test.id) ?? (test.occurrence ?? 0) + 1;
        let id: string;
        do id = testIdOf({ ...test, occurrence: occurrence++ });
        while (inThisList.has(id));
        next.set(test.id, occurrence);
        test = { ...test, id, occurrence: occurrence - 1 };
      }
      inThisList.add(test.id);
      const existing = byId.get(test.id);
      if (!existing) {
        byId.set(test.id, { ...test, attempts: [...test.attempts] });
        continue;
      }
      existing.attempts = existing.attempts.concat(test.attempts);
      existing.status = finalStatus(existing.attempts);
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
