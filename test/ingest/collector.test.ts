/** Test ids and the collector's de-duplication, at the sizes where the hash table grows. */
import { describe, expect, it } from 'vitest';
import { TestCollector } from '../../src/ingest/tests.js';
import { lastTestIdBucket, testId, testIdBucket, testIdPrefix, testIdWithPrefix } from '../../src/util/id.js';

describe('testId', () => {
  it('is pinned: baselines and flaky issues are keyed by it, so a change of function must fail here', () => {
    // the value from a separate (Python) implementation of the algorithm in docs/formats.md
    expect(testId('unit', 'tests/test_a.py', 'tests.test_a.TestA', 'test_one')).toBe('45731542199d774e');
    expect(testId('', undefined, undefined, 'x')).toBe(testId('', '', '', 'x'));
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
    it(`merges repeats among 300,000 tests (list and table ${expected ? 'sized up front' : 'grown as they fill'})`, () => {
      const collector = new TestCollector('s', expected);
      for (let i = 0; i < 300_000; i++) collector.addPassed('f.py', i, `C${i % 50}`, `test_${i}`, (i % 10) / 100);
      // every 1000th test runs again and fails: one test with two attempts, status of the last
      for (let i = 0; i < 300_000; i += 1000) {
        collector.add('f.py', i, `C${i % 50}`, `test_${i}`, [{ status: 'failed', duration: 1, message: 'again' }]);
      }
      const tests = collector.tests();
      expect(tests).toHaveLength(300_000);
      expect(new Set(tests.map((test) => test.id)).size).toBe(300_000);
      const repeated = tests.filter((test) => test.attempts.length === 2);
      expect(repeated).toHaveLength(300);
      expect(repeated.every((test) => test.status === 'failed' && !test.flaky && test.attempts[0]!.status === 'passed')).toBe(true);
      expect(tests[1234]).toMatchObject({ name: 'test_1234', line: 1234, classname: 'C34', duration: 0.04, status: 'passed' });
    });
  }

  it('passed-once and skipped-once tests share frozen attempt lists; a repeat replaces, never mutates, them', () => {
    const collector = new TestCollector('s');
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
