import { describe, expect, it } from 'vitest';
import { cleanAttemptsToClear, normalQuantile, wilson } from '../../src/flaky/estimate.js';

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
  it('refuses a probability outside (0, 1) with the value in the message', () => {
    expect(() => normalQuantile(1)).toThrow(/strictly between 0 and 1, got 1/);
  });
});

describe('wilson', () => {
  it('gives the textbook interval for 5 of 10 and 0 of 10 at 95%', () => {
    const half = wilson(5, 10, 0.95);
    expect(half.rate).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
    const none = wilson(0, 10, 0.95);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
  });
  it('narrows with more trials and widens with more confidence', () => {
    expect(wilson(10, 100, 0.95).high - wilson(10, 100, 0.95).low).toBeLessThan(wilson(1, 10, 0.95).high - wilson(1, 10, 0.95).low);
    expect(wilson(10, 100, 0.99).high).toBeGreaterThan(wilson(10, 100, 0.9).high);
  });
  it('says nothing is known about a test with no attempts', () => {
    expect(wilson(0, 0, 0.95)).toEqual({ rate: 0, low: 0, high: 1 });
  });
  it('counts the clean attempts the upper bound needs to fall below the clearing rate', () => {
    const needed = cleanAttemptsToClear(0.05, 0.95);
    expect(wilson(0, needed, 0.95).high).toBeLessThan(0.05);
    expect(wilson(0, needed - 1, 0.95).high).toBeGreaterThanOrEqual(0.05);
    expect(needed).toBe(73);
  });
});
