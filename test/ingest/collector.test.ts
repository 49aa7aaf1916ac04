/** Test ids and the collector's de-duplication, at the sizes where the hash table grows. */
import { describe, expect, it } from 'vitest';
import { TestCollector } from '../../src/ingest/tests.js';
import {
  lastTestIdBucket,
  testId,
  testIdBucket,
  testIdOf,
  testIdPrefix,
  testIdWithPrefix,
  withOccurrence,
  withVariant,
} from '../../src/util/id.js';

const PINNED = { suitePath: '7eff1953fca46e49', occurrence: '403da4f2245a282b', variant: 'c5aaf13efebc9a07' };

describe('testId', () => {
  it('is pinned: baselines and flaky issues are keyed by it, so a change of function must fail here', () => {
    // the value from a separate (Python) implementation of the algorithm in docs/formats.md
    expect(testId('unit', 'tests/test_a.py', 'tests.test_a.TestA', 'test_one')).toBe('45731542199d774e');
    expect(testId('', undefined, undefined, 'x')).toBe(testId('', '', '', 'x'));
  });

  it('suite path, occurrence and variant extend the id; without them it is the id testops always gave', () => {
    const base = testId('unit', 'tests/test_a.py', 'tests.test_a.TestA', 'test_one');
    expect(testId('unit', 'tests/test_a.py', 'tests.test_a.TestA', 'test_one', [])).toBe(base);
    expect(testIdOf({ suite: 'unit', file: 'tests/test_a.py', classname: 'tests.test_a.TestA', name: 'test_one' })).toBe(base);
    const variants = [
      testId('unit', 'f', 'C', 'n', ['a', 'b']),
      testId('unit', 'f', 'C', 'n', ['a b']),
      testId('unit', 'f', 'C', 'n', ['ab']),
      testId('unit', 'f', 'C', 'n', ['a']),
      withOccurrence(testId('unit', 'f', 'C', 'n'), 1),
      withOccurrence(testId('unit', 'f', 'C', 'n'), 2),
      withVariant(testId('unit', 'f', 'C', 'n'), 'test · node=20'),
      withVariant(testId('unit', 'f', 'C', 'n'), 'test · node=22'),
      testId('unit', 'f', 'C', 'n'),
    ];
    expect(new Set(variants).size).toBe(variants.length);
    // pinned, as testId is: a separate implementation of docs/formats.md gives these
    expect(testId('unit', 'f', 'C', 'n', ['alpha'])).toBe(PINNED.suitePath);
    expect(withOccurrence(testId('unit', 'f', 'C', 'n'), 1)).toBe(PINNED.occurrence);
    expect(withVariant(testId('unit', 'f', 'C', 'n'), 'test · node=20')).toBe(PINNED.variant);
  });

  it('keeps the parts apart and is 16 lowercase hex characters', () => {
    const ids = [testId('a', 'bc', 'd', 'e'), testId('ab', 'c', 'd', 'e'), testId('a', 'b', 'cd', 'e'), testId('a', 'b', 'c', 'de')];
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(testId('s', 'f', 'c', '日本語')).not.toBe(testId('s', 'f', 'c', '日本誤'));
  });

  it('the prefix form and the bucket agree with the plain form', () => {
    const prefix = testIdPrefix('suite', 'file.ts', 'Class');
    for (const name of ['a', 'test with a long name [param-3]', '']) {
      const id = testIdWithPrefix(prefix, name);
      expect(id).toBe(testId('suite', 'file.ts', 'Class', name));
      expect(lastTestIdBucket()).toBe(testIdBucket(id));
      expect(testIdBucket(id)).toBe(Number.parseInt(id.slice(0, 8), 16));
    }
  });

  it('no collisions among 500,000 similar names, and the buckets spread evenly', () => {
    const ids = new Set<string>();
    const buckets = new Array<number>(256).fill(0);
    const n = 500_000;
    for (let i = 0; i < n; i++) {
      const id = testId('unit', `tests/pkg${i % 97}/test_m${i % 1000}.py`, `pkg.m${i % 1000}.TestClass${i % 13}`, `test_${i}[p-${i % 7}]`);
      ids.add(id);
      buckets[testIdBucket(id) >>> 24]!++;
    }
    expect(ids.size).toBe(n);
    // each of 256 top-byte buckets expects ~1953; a poor hash would pile up far beyond ±15%
    for (const count of buckets) expect(Math.abs(count - n / 256)).toBeLessThan((n / 256) * 0.15);
  });
});

describe('TestCollector', () => {
  for (const expected of [0, 250_000]) {
    it(`repeats among 300,000 tests (list and table ${expected ? 'sized up front' : 'grown as they fill'})`, () => {
      const distinct = new TestCollector('s', expected);
      const attempts = new TestCollector('s', expected, { repeatsAreAttempts: true });
      for (const collector of [distinct, attempts]) {
        for (let i = 0; i < 300_000; i++) collector.addPassed('f.py', i, `C${i % 50}`, `test_${i}`, (i % 10) / 100);
        // every 1000th identity is listed again, failing
        for (let i = 0; i < 300_000; i += 1000) {
          collector.add('f.py', i, `C${i % 50}`, `test_${i}`, [{ status: 'failed', duration: 1, message: 'again' }]);
        }
      }
      // by default a repeat is a distinct test: 300 more, each with the next occurrence index
      const tests = distinct.tests();
      expect(tests).toHaveLength(300_300);
      expect(new Set(tests.map((test) => test.id)).size).toBe(300_300);
      const second = tests.slice(300_000);
      expect(second.every((test) => test.occurrence === 1 && test.status === 'failed' && test.attempts.length === 1)).toBe(true);
      expect(second[5]!.id).toBe(testIdOf({ suite: 's', file: 'f.py', classname: 'C0', name: 'test_5000', occurrence: 1 }));
      expect(tests[1234]).toMatchObject({ name: 'test_1234', line: 1234, classname: 'C34', duration: 0.04, status: 'passed' });
      // where the dialect says repeats are runs (TestNG): one test with two attempts, status of the last
      const merged = attempts.tests();
      expect(merged).toHaveLength(300_000);
      const repeated = merged.filter((test) => test.attempts.length === 2);
      expect(repeated).toHaveLength(300);
      expect(repeated.every((test) => test.status === 'failed' && !test.flaky && test.attempts[0]!.status === 'passed')).toBe(true);
    });
  }

  it('a million repeats of one identity take linear time (occurrences are not searched from 1)', () => {
    const collector = new TestCollector('s');
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) collector.addPassed('f.py', 1, 'C', 'same', 0);
    const small = performance.now() - started;
    const more = new TestCollector('s');
    const again = performance.now();
    for (let i = 0; i < 200_000; i++) more.addPassed('f.py', 1, 'C', 'same', 0);
    const large = performance.now() - again;
    expect(more.tests().at(-1)!.occurrence).toBe(199_999);
    // 10x the repeats: well under 100x the time (quadratic would be ~100x)
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });

  it('a variant is part of every id', () => {
    const plain = new TestCollector('s');
    const leg = new TestCollector('s', 0, { variant: 'test · node=20' });
    plain.addPassed('f.ts', 1, 'C', 'a', 0);
    leg.addPassed('f.ts', 1, 'C', 'a', 0);
    const [a] = plain.tests();
    const [b] = leg.tests();
    expect(b!.variant).toBe('test · node=20');
    expect(b!.id).not.toBe(a!.id);
    expect(b!.id).toBe(withVariant(a!.id, 'test · node=20'));
    expect(b!.id).toBe(testIdOf(b!));
  });

  it('passed-once and skipped-once tests share frozen attempt lists; a repeat replaces, never mutates, them', () => {
    const collector = new TestCollector('s', 0, { repeatsAreAttempts: true });
    collector.addPassed(undefined, undefined, 'C', 'a', 0.5);
    collector.addPassed(undefined, undefined, 'C', 'b', 0.5);
    collector.add(undefined, undefined, 'C', 'c', [{ status: 'skipped', duration: 0, message: 'needs GPU' }]);
    collector.add(undefined, undefined, 'C', 'd', [{ status: 'skipped', duration: 0, message: 'needs GPU' }]);
    const [a, b, c, d] = collector.tests();
    expect(a!.attempts).toBe(b!.attempts);
    expect(c!.attempts).toBe(d!.attempts);
    expect(Object.isFrozen(a!.attempts) && Object.isFrozen(c!.attempts[0])).toBe(true);
    collector.add(undefined, undefined, 'C', 'a', [{ status: 'failed', duration: 1 }]);
    expect(a!.attempts.map((attempt) => attempt.status)).toEqual(['passed', 'failed']);
    // a skipped repeat does not undo a run: TestNG marks retried invocations skipped
    collector.add(undefined, undefined, 'C', 'a', [{ status: 'skipped', duration: 0 }]);
    expect(a!.status).toBe('failed');
    expect(b!.attempts).toEqual([{ status: 'passed', duration: 0.5 }]);
  });

  it('more distinct durations than are shared (100,000): every test keeps its own exact duration', () => {
    const collector = new TestCollector('s');
    const n = 100_500;
    for (let i = 0; i < n; i++) collector.addPassed(undefined, undefined, 'C', `t${i}`, i / 1_000_000);
    const tests = collector.tests();
    expect(tests.every((test, i) => test.duration === i / 1_000_000 && test.attempts[0]!.duration === i / 1_000_000)).toBe(true);
    // past the bound, equal durations no longer share a list, but still read the same
    collector.addPassed(undefined, undefined, 'C', 'late', 0.1005);
    expect(collector.tests().at(-1)!.attempts).toEqual([{ status: 'passed', duration: 0.1005 }]);
  });
});
